/**
 * A fingerprint of a generated sheet's labels (every cell but inputs and formulas), recorded at
 * generation so a later check can tell when locked text was edited: protection is not security.
 * Order-based rather than address-based, so inserted rows alone don't change it. FNV-1a is enough:
 * this detects edits; it is not a signature.
 */
import { CellValue, SheetSpec } from './model';
import { cellAddress, parseRange } from './a1';
import { isDateFormat, serialToIso } from '../grid/dates';

/**
 * Hash of label values in row-major order. Text that starts with "=" (a worker called "=1+1", kept as text)
 * is left out: Excel answers Office.js with such text as the cell's formula, so a check in the pane cannot
 * tell it from a formula, which is never a label.
 */
// Looked up once, not per character: under jest's sandbox every lookup of a global such as Math is slow,
// and this loop runs for every character of every label (7× faster there, measured).
const { imul } = Math;

export function labelHash(values: Iterable<CellValue>): string {
  let hash = 0x811c9dc5;
  for (const value of values) {
    if (typeof value === 'string' && value.startsWith('=')) continue;
    // 15 significant digits, as spreadsheet programs keep them: LibreOffice and openpyxl save 1.8333333333333333
    // as 1.83333333333333 or 1.833333333333333, and the label is the same.
    const shown = typeof value === 'number' ? Number(value.toPrecision(15)) : value;
    const text = `${typeof value}:${String(shown)}\u0000`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, '0');
}

/** Addresses covered by any of the ranges, e.g. input names or unlocked styles. */
export function addressesIn(ranges: string[]): Set<string> {
  const covered = new Set<string>();
  for (const range of ranges) {
    const b = parseRange(range);
    for (let r = b.row; r <= b.lastRow; r++) for (let c = b.col; c <= b.lastCol; c++) covered.add(cellAddress(r, c));
  }
  return covered;
}

/**
 * The labels of a sheet as the builder describes it: inputs are its unlocked cells. A day number under a
 * date format is hashed as the ISO date a reader will see.
 */
export function specLabelHash(sheet: SheetSpec): string {
  const inputs = addressesIn(sheet.styles.filter((s) => s.style.locked === false).map((s) => s.range));
  for (const f of sheet.formulas ?? []) inputs.add(f.cell);
  // Links are not labels: the xlsx writer makes them HYPERLINK formulas, the Office.js writer a hyperlink on
  // text; a reader skips both (gridLabelHash in src/check/documents.ts).
  for (const link of sheet.links ?? []) inputs.add(link.cell);
  const dates = addressesIn(
    sheet.styles.filter((s) => s.style.numberFormat && isDateFormat(s.style.numberFormat)).map((s) => s.range),
  );
  const labels: CellValue[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const address = cellAddress(r, c);
      if (value === null || value === '' || inputs.has(address)) return;
      labels.push(typeof value === 'number' && dates.has(address) ? serialToIso(value) : value);
    }),
  );
  return labelHash(labels);
}
