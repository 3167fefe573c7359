/**
 * Generators of the text people type or paste into names, site names and notes, with what breaks
 * spreadsheets over-represented: a leading = + - @ (formula triggers), tabs, line breaks and other
 * control characters, emoji (surrogate pairs, joiners), right-to-left text and marks, the characters
 * Excel forbids in sheet names, apostrophes, "History", Excel's own `_xHHHH_` escapes, and lengths
 * past Excel's 31-character sheet-name limit.
 */
import fc from 'fast-check';

const AWKWARD = [
  '=',
  '+',
  '-',
  '@',
  "'",
  '"',
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '  ',
  '\u00a0',
  '\u0000',
  '\u0001',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '😀',
  '👩‍👩‍👧',
  '🇬🇧',
  'é',
  'ß',
  'İ',
  'K',
  'שלום',
  'مرحبا',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u2066',
  '[',
  ']',
  ':',
  '*',
  '?',
  '/',
  '\\',
  'History',
  'history',
  '_x0041_',
  '_x0041_x0042_',
  '_x000B_',
  '=SUM(A1:A9)',
  '=HYPERLINK("http://x.test","y")',
  '@SUM(1)',
  '+1',
  '-1',
  '1e5',
  'TRUE',
  '#N/A',
];

/** Every code point but the surrogate halves, in order: fast-check's 'binary' string unit. */
const SURROGATES = 0xe000 - 0xd800;
const codePoints = 0x110000 - SURROGATES;

/**
 * fast-check's `unit: 'binary'` as its own code builds it (mapToConstant over [0, 0xD7FF] and [0xE000,
 * 0x10FFFF], fast-check 4), so the same seed gives the same texts, but with the way back from a character to
 * its index worked out rather than looked up: fast-check's lookup is a Map of all 1.1 million characters,
 * which fc.string builds as it is made (to split "__proto__" and the like into units), 1.7 s of CPU and
 * 110 MB in every test file that loads this module.
 */
const binaryUnit: fc.Arbitrary<string> = fc.nat({ max: codePoints - 1 }).map(
  (index) => String.fromCodePoint(index < 0xd800 ? index : index + SURROGATES),
  (value) => {
    const point = typeof value === 'string' ? value.codePointAt(0) : undefined;
    if (point === undefined || String.fromCodePoint(point) !== value || (point >= 0xd800 && point < 0xe000))
      throw new Error('Not one code point outside the surrogate halves');
    return point < 0xd800 ? point : point - SURROGATES;
  },
);

/** Text with no surrogate halves on their own: what a keyboard or a paste can give. */
export const typedText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '=', '+', '-', '@', '\t', "'", ' '),
    fc.array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 6 }),
        fc.string({ unit: binaryUnit, maxLength: 4 }),
        fc.constantFrom(...AWKWARD),
      ),
      {
        maxLength: 12,
      },
    ),
  )
  .map(([start, parts]) => start + parts.join(''));

/** Long text: past the 31-character limit. */
export const longText: fc.Arbitrary<string> = fc
  .tuple(typedText, fc.string({ unit: 'grapheme', minLength: 31, maxLength: 60 }), typedText)
  .map((parts) => parts.join(''));

/** Any typed text, long or short. */
export const userText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: typedText },
  { weight: 1, arbitrary: longText },
);

/** Also half a surrogate pair, U+FFFE and U+FFFF: what a program that cuts strings carelessly can hand over. */
export const anyText: fc.Arbitrary<string> = fc
  .tuple(userText, fc.constantFrom('', '\ud800', '\udc00', '\ufffe', '\uffff', '\ud83d'), userText)
  .map((parts) => parts.join(''));

/** Text with something visible in it: what a name must have to be used. */
export const nameText: fc.Arbitrary<string> = userText.filter((t) => /[\p{L}\p{N}]/u.test(t));
