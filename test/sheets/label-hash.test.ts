import { labelHash } from '../../src/sheets/label-hash';

describe('labelHash', () => {
  test('a number is the same label however many digits past the 15th a program saves', () => {
    // The toolkit writes 1.8333333333333333; LibreOffice saves 1.83333333333333, openpyxl 1.833333333333333.
    const written = labelHash(['Trends', 1.8333333333333333]);
    expect(labelHash(['Trends', 1.83333333333333])).toBe(written);
    expect(labelHash(['Trends', 1.833333333333333])).toBe(written);
  });

  test('an edited label or number still changes it', () => {
    const written = labelHash(['Trends', 1.8333333333333333]);
    expect(labelHash(['Trend', 1.8333333333333333])).not.toBe(written);
    expect(labelHash(['Trends', 1.8333])).not.toBe(written);
    expect(labelHash(['Trends', '1.8333333333333333'])).not.toBe(written);
  });
});
