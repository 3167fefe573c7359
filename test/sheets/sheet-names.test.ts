import { quoteSheetName, uniqueName, uniqueSheetName, validSheetName } from '../../src/sheets/sheet-names';

describe('validSheetName', () => {
  test.each([
    ['Competence Framework', 'Competence Framework'],
    ['a/b\\c?d*e[f]g:h', 'a-b-c-d-e-f-g-h'],
    ["'quoted'", 'quoted'],
    ['tab\there', 'tab here'],
    ['', 'Sheet'],
    ["''", 'Sheet'],
    ['x'.repeat(40), 'x'.repeat(31)],
  ])('%j → %j', (raw, expected) => {
    expect(validSheetName(raw)).toBe(expected);
  });

  test('never splits an emoji when truncating', () => {
    const name = validSheetName('a'.repeat(30) + '😀😀');
    expect(name).toBe('a'.repeat(30));
  });
});

describe('uniqueSheetName', () => {
  test('adds a number when the name is taken, ignoring case', () => {
    expect(uniqueSheetName('NOS', ['nos'])).toBe('NOS (2)');
    expect(uniqueSheetName('NOS', ['NOS', 'NOS (2)'])).toBe('NOS (3)');
  });

  test('keeps long names within 31 characters and distinct', () => {
    const long = 'Abcdefghijklmnopqrstuvwxyz abcdefgh';
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(first).toHaveLength(31);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).not.toBe(first);
    expect(second.endsWith(' (2)')).toBe(true);
  });
});

test('uniqueName numbers table and defined names', () => {
  expect(uniqueName('CoreTasks', ['coretasks', 'CoreTasks_2'])).toBe('CoreTasks_3');
});

test('quoteSheetName quotes anything but simple names', () => {
  expect(quoteSheetName('NOS')).toBe('NOS');
  expect(quoteSheetName('Ten ESC')).toBe("'Ten ESC'");
  expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
});
