import { escapeForXml } from '../../src/xlsx/xml-characters';

test.each([
  ['plain text', 'plain text'],
  ['a\u000bb', 'a_x000B_b'],
  ['a\u007f', 'a_x007F_'],
  ['\ufffe\uffff', '_xFFFE__xFFFF_'],
  ['half \ud83d', 'half _xD83D_'],
  ['\ude00 half', '_xDE00_ half'],
  ['whole 😀', 'whole 😀'],
  ['tab\tline\nreturn\r', 'tab\tline\nreturn\r'],
  ['_x0041_ and _x00e9_', '_x005F_x0041_ and _x005F_x00e9_'],
  ['_x41_ and _xZZZZ_', '_x41_ and _xZZZZ_'],
  ['_x0041_x0042_', '_x005F_x0041_x005F_x0042_'],
])('%j is written as %j (as Excel writes it)', (text, written) => {
  expect(escapeForXml(text)).toBe(written);
});
