import { textSafeValue } from '../../src/excel/render';

test.each([
  ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
  ['+44 20 7946 0000', "'+44 20 7946 0000"],
  ['-5 days', "'-5 days"],
  ['@mention', "'@mention"],
  ['\tindented', "'\tindented"],
  ['\rcarriage', "'\rcarriage"],
  ["'quoted'", "''quoted'"],
])('text Excel would read as a formula or strip keeps a leading apostrophe: %j', (input, written) => {
  expect(textSafeValue(input)).toBe(written);
});

test.each(['1.10', '1.1.1', '007', '1e5', '50%', '1/2', '12:30', 'TRUE', 'false', '#N/A'])(
  'text Excel would turn into a number, date, boolean or error stays text: %j',
  (input) => {
    expect(textSafeValue(input)).toBe(`'${input}`);
  },
);

test.each(['Core tasks', '1.1 General', 'HSC35 Promote choice', 'a = b', 'x-ray', ' ', '', '• bullet'])(
  'ordinary text goes as is: %j',
  (input) => {
    expect(textSafeValue(input)).toBe(input);
  },
);

test('numbers and booleans go as is; null clears the cell', () => {
  expect(textSafeValue(-5)).toBe(-5);
  expect(textSafeValue(0)).toBe(0);
  expect(textSafeValue(true)).toBe(true);
  expect(textSafeValue(null)).toBe('');
});
