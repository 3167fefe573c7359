/** The team sheets' shades keep text readable: dark text on each fill at 4.5:1 or more (WCAG AA). */
import { SHADES } from '../../src/sheets/team-sheets';

/** WCAG relative luminance of "RRGGBB". */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y);
  return (light + 0.05) / (dark + 0.05);
}

test.each(Object.entries(SHADES))('%s: text on its fill is at least 4.5:1', (_, shade) => {
  expect(contrast(shade.fill, shade.fontColor)).toBeGreaterThanOrEqual(4.5);
});

test('the contrast measure itself: black on white is 21:1, a pale grey on white fails', () => {
  expect(contrast('000000', 'FFFFFF')).toBeCloseTo(21, 5);
  expect(contrast('BBBBBB', 'FFFFFF')).toBeLessThan(4.5);
});
