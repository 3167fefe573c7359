/**
 * Excel's Accessibility Checker rules, for every document kind (issue 15, point 7): text contrast of at
 * least 4.5:1 on every styled cell, conditional-format colours included; meaningful sheet names; tables
 * with header rows; colour never the only signal (every coloured cell carries its number or word).
 */
import { cellAddress, parseRange } from '../../src/sheets/a1';
import { MIN_TEXT_CONTRAST, contrastRatio } from '../../src/sheets/contrast';
import { CellStyle, SheetSpec } from '../../src/sheets/model';
import { DOCUMENTS } from '../helpers/documents';

/** Excel's "automatic" text and no fill. */
const DEFAULT_FONT = '000000';
const DEFAULT_FILL = 'FFFFFF';

function* cellsOf(range: string): Generator<string> {
  const b = parseRange(range);
  for (let r = b.row; r <= b.lastRow; r++) for (let c = b.col; c <= b.lastCol; c++) yield cellAddress(r, c);
}

/** Each styled cell's own font and fill, later styles winning as the adapters apply them. */
function cellColours(sheet: SheetSpec): Map<string, { font: string; fill: string }> {
  const styles = new Map<string, CellStyle>();
  for (const { range, style } of sheet.styles)
    for (const cell of cellsOf(range)) styles.set(cell, { ...styles.get(cell), ...style });
  return new Map(
    [...styles].map(([cell, s]) => [cell, { font: s.fontColor ?? DEFAULT_FONT, fill: s.fill ?? DEFAULT_FILL }]),
  );
}

/** Every text/background pair a reader can meet on the sheet, with where it is. */
function colourPairs(sheet: SheetSpec): { where: string; font: string; fill: string }[] {
  const own = cellColours(sheet);
  const pairs = [...own].map(([cell, c]) => ({ where: `${sheet.name}!${cell}`, ...c }));
  for (const format of sheet.conditionalFormats ?? []) {
    const first = cellsOf(format.range).next().value as string;
    const font = own.get(first)?.font ?? DEFAULT_FONT;
    const where = `${sheet.name}!${format.range} (${format.kind})`;
    if (format.kind === 'over') pairs.push({ where, font: format.fontColor, fill: format.fill });
    else if (format.kind === 'dataBar') pairs.push({ where, font, fill: format.color });
    else
      for (const point of [format.min, format.mid, format.max].filter((p) => p !== undefined))
        pairs.push({ where, font, fill: point.color });
  }
  return pairs;
}

/** Cells that show something: a value, a formula's result or a link. */
function shownCells(sheet: SheetSpec): Set<string> {
  const shown = new Set<string>();
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') shown.add(cellAddress(r, c));
    }),
  );
  for (const f of sheet.formulas ?? []) shown.add(f.cell);
  for (const l of sheet.links ?? []) shown.add(l.cell);
  return shown;
}

describe.each(DOCUMENTS)('$kind meets the Accessibility Checker rules', ({ spec }) => {
  test('every styled cell and every conditional colour has text contrast of at least 4.5:1', () => {
    const pairs = spec.sheets.flatMap(colourPairs);
    expect(pairs.length).toBeGreaterThan(0);
    const poor = pairs
      .map((p) => ({ ...p, ratio: Math.round(contrastRatio(p.font, p.fill) * 100) / 100 }))
      .filter((p) => p.ratio < MIN_TEXT_CONTRAST);
    expect(poor.slice(0, 5)).toEqual([]);
  });

  test('sheet names say what the sheet holds', () => {
    for (const sheet of spec.sheets) {
      expect(sheet.name).not.toMatch(/^(Sheet|Chart)\s*\d*$/i);
      expect(sheet.name.trim().length).toBeGreaterThan(2);
    }
  });

  test('every table has a header row with a heading over each column', () => {
    const tables = spec.sheets.filter((s) => s.table);
    for (const sheet of tables) {
      const b = parseRange(sheet.table!.range);
      const header = sheet.rows[b.row] ?? [];
      for (let c = b.col; c <= b.lastCol; c++) expect(String(header[c] ?? '').trim()).not.toBe('');
    }
  });

  test('colour is never the only signal: every coloured or shaded cell shows its number or word', () => {
    for (const sheet of spec.sheets) {
      const shown = shownCells(sheet);
      // Conditional colours draw on values: each cell they cover shows one (or is an empty table row).
      for (const format of sheet.conditionalFormats ?? []) {
        const cells = [...cellsOf(format.range)];
        expect(cells.filter((c) => shown.has(c)).length).toBeGreaterThan(0);
      }
      // A fill (a severity, a heading band, a computed value) always sits on a row that says something in words
      // or numbers; the yellow input cells wait for the user's entry.
      for (const { range, style } of sheet.styles) {
        if (!style.fill || style.locked === false) continue;
        const b = parseRange(range);
        for (let r = b.row; r <= b.lastRow; r++) {
          const rowShows = [...shown].some((cell) => parseRange(cell).row === r);
          if (!rowShows) throw new Error(`${sheet.name}: row ${r + 1} is filled ${style.fill} with nothing to read.`);
        }
      }
    }
  });
});
