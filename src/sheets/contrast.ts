/**
 * WCAG 2 contrast between two colours, the measure Excel's Accessibility Checker and the public sector's
 * accessibility rules use: text needs at least 4.5:1 against what is behind it. One helper for every
 * document's test (and any builder that picks a text colour).
 */

/** The least contrast for normal-size text (WCAG 2.1, 1.4.3 AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** Relative luminance of "RRGGBB" (or "#RRGGBB"), 0 for black to 1 for white. */
export function relativeLuminance(hex: string): number {
  const value = hex.replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(value)) throw new Error(`Not a colour: "${hex}". Expected RRGGBB.`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(value.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio from 1 (same colour) to 21 (black on white), whichever colour is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
