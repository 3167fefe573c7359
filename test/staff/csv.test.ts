import fc from 'fast-check';
import fs from 'fs';
import path from 'path';
import { CsvError, decodeCsv, parseCsv } from '../../src/staff/csv';

describe('parseCsv (RFC 4180)', () => {
  test.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"Lee, Sam",x', [['Lee, Sam', 'x']]],
    ['"say ""hi""",x', [['say "hi"', 'x']]],
    [
      '"two\r\nlines",x\r\ny,z',
      [
        ['two\r\nlines', 'x'],
        ['y', 'z'],
      ],
    ],
    ['a,,c', [['a', '', 'c']]],
    ['a,b\r\n\r\nc,d', [['a', 'b'], [''], ['c', 'd']]],
    ['\uFEFFName,Grade', [['Name', 'Grade']]],
    ['"=HYPERLINK(""x"")",+1', [['=HYPERLINK("x")', '+1']]],
    [
      'Name;Grade;Setting\r\n"Lee; Sam";senior;crisis',
      [
        ['Name', 'Grade', 'Setting'],
        ['Lee; Sam', 'senior', 'crisis'],
      ],
    ],
    ['', []],
  ])('%j', (text, records) => expect(parseCsv(text)).toEqual(records));

  test('a quote never closed, or text after a closing quote, is an error naming the row', () => {
    expect(() => parseCsv('a,b\r\n"open,c')).toThrow(
      new CsvError('Row 2: a field opens a quote that is never closed.', 2),
    );
    expect(() => parseCsv('a\r\n"x"y,z')).toThrow(/^Row 2: a field in quotes has more text after its closing quote/);
    expect(() => parseCsv('a\r\nb\r\n=HYPERLINK("x")')).toThrow(/^Row 3: a field has a quote in it but does not start/);
  });

  test('reads back whatever a spreadsheet program writes (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', '=', "'", 'é') });
    const quote = (v: string) => (/[",\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v);
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (table) => {
          const text = table.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
          expect(parseCsv(text)).toEqual(table);
        },
      ),
    );
  });
});

describe('decodeCsv', () => {
  test('UTF-8 is read as UTF-8, with nothing to say', () => {
    expect(decodeCsv(new TextEncoder().encode('Name\r\nSiobhán, Zoë’s'))).toEqual({ text: 'Name\r\nSiobhán, Zoë’s' });
  });

  test('a list LibreOffice saved as Windows-1252 is read as such, curly quotes too, and says so', () => {
    const bytes = fs.readFileSync(path.join(__dirname, '../corpus/real/lo-sites-1252.csv'));
    const { text, notice } = decodeCsv(bytes);
    expect(parseCsv(text).slice(2)).toEqual([
      ['Gwynedd Môn', 'Siobhán Kelly'],
      ['Cheshire & Wirral', ''],
      ['Zoë’s House', 'Zoë Adams'],
    ]);
    expect(notice).toMatch(/^The file is not saved as UTF-8, so it was read as Windows-1252/);
  });

  test('every Windows-1252 byte from 0x80 to 0x9F', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeCsv(bytes).text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });
});
