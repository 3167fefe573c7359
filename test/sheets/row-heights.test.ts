/**
 * Excel's tallest row is 409 points: a taller height is refused by Office.js and clipped by Excel when it
 * opens a file. Every sheet of every document kind the toolkit makes stays within it, in the host-neutral
 * description and in the .xlsx file the command line writes.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { MAX_ROW_HEIGHT, SheetSpec } from '../../src/sheets/model';
import { DOCUMENTS } from '../helpers/documents';

function tooTall(sheet: SheetSpec): { sheet: string; row: number; height: number }[] {
  return Object.entries(sheet.rowHeights ?? {})
    .filter(([, height]) => !(height >= 0 && height <= MAX_ROW_HEIGHT))
    .map(([row, height]) => ({ sheet: sheet.name, row: Number(row) + 1, height }));
}

describe.each(DOCUMENTS)('$kind: no row is taller than Excel allows (409 pt)', ({ spec, bytes }) => {
  test('in the sheet descriptions', () => {
    expect(spec.sheets.length).toBeGreaterThan(0);
    expect(spec.sheets.flatMap(tooTall)).toEqual([]);
  });

  test('in the .xlsx file the command line writes', async () => {
    const parts = unzipSync(await bytes());
    const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets.length).toBeGreaterThan(0);
    const heights = sheets.flatMap((p) =>
      [...strFromU8(parts[p]).matchAll(/<row [^>]*\bht="([^"]+)"/g)].map((m) => ({ part: p, height: Number(m[1]) })),
    );
    expect(heights.length).toBeGreaterThan(0);
    expect(heights.filter((h) => !(h.height >= 0 && h.height <= MAX_ROW_HEIGHT))).toEqual([]);
  });
});
