import { contrastRatio, relativeLuminance } from '../../src/sheets/contrast';

test('WCAG contrast: the published reference points', () => {
  expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5);
  expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5);
  // WebAIM's checker: #767676 on white is 4.54:1, the lightest grey that passes; #777777 fails at 4.48:1.
  expect(contrastRatio('767676', 'FFFFFF')).toBeCloseTo(4.54, 2);
  expect(contrastRatio('FFFFFF', '777777')).toBeCloseTo(4.48, 2);
  expect(relativeLuminance('FF0000')).toBeCloseTo(0.2126, 4);
  expect(() => relativeLuminance('red')).toThrow(/Not a colour/);
});
