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

  test('text starting with "=" is not a label: the pane reads it as a formula, the command line as text', () => {
    // A worker called "=1+1" on the staff index: Excel gives Office.js "=1+1" as the cell's formula.
    const written = labelHash(['Worker', '=1+1', 'Sam Lee']);
    expect(labelHash(['Worker', 'Sam Lee'])).toBe(written);
    expect(labelHash(['Worker', '+1', 'Sam Lee'])).not.toBe(written);
  });
});
