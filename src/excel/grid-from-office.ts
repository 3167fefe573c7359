/**
 * Turns what Office.js returns for a used range (values, formulas, number formats, hyperlinks) into
 * the host-neutral grid the checker reads, so Excel and the command line check the same things.
 */
import { GridCell, GridName, GridSheet, WorkbookGrid } from '../grid/grid';
import { cellAddress, parseCell } from '../sheets/a1';
import { isDateFormat, serialToIso } from '../grid/dates';
import { parseRangeName } from '../grid/range-name';

export { isDateFormat, serialToIso };

export interface OfficeSheetData {
  name: string;
  visibility: string;
  /** The used range's address, e.g. "Sheet1!A1:H40", or null for an empty sheet. */
  address: string | null;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: string[][];
  /** Hyperlink addresses per cell, "" when none. */
  hyperlinks: string[][];
  /** Per cell: false where the cell stays editable under protection. */
  locked: boolean[][];
}

export interface OfficeNameData {
  name: string;
  /** The name's formula, e.g. "='2008-03'!$C$9". */
  value: string;
  /** Sheet scoping the name, or null for workbook level. */
  scope: string | null;
}

export function gridFromOffice(sheets: OfficeSheetData[], names: OfficeNameData[]): WorkbookGrid {
  return { sheets: sheets.map(gridSheet), names: names.map(gridName) };
}

function gridSheet(data: OfficeSheetData): GridSheet {
  const cells: Record<string, GridCell> = {};
  const origin = data.address ? parseCell(data.address.split('!').pop()!.split(':')[0]) : { row: 0, col: 0 };
  data.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = data.formulas[r]?.[c];
      const cell = gridCell(
        value,
        typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined,
        data.numberFormat[r]?.[c] ?? 'General',
      );
      if (!cell) return;
      const link = data.hyperlinks[r]?.[c];
      if (link) cell.hyperlink = link;
      if (data.locked[r]?.[c] === false) cell.unlocked = true;
      cells[cellAddress(origin.row + r, origin.col + c)] = cell;
    }),
  );
  const state = data.visibility === 'Hidden' ? 'hidden' : data.visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
  // Office.js before ExcelApi 1.13 cannot list merged areas; the command line reports merges.
  return { name: data.name, state, cells, merges: [] };
}

function gridCell(value: unknown, formula: string | undefined, format: string): GridCell | null {
  const withFormula = (cell: GridCell): GridCell => (formula !== undefined ? { ...cell, formula } : cell);
  if (value === '' || value === null || value === undefined)
    return formula !== undefined ? { kind: 'empty', value: null, formula } : null;
  if (typeof value === 'number')
    return withFormula(isDateFormat(format) ? { kind: 'd', value: serialToIso(value) } : { kind: 'n', value });
  if (typeof value === 'boolean') return withFormula({ kind: 'b', value });
  const text = String(value);
  return withFormula(/^#[A-Z0-9/]+[!?]?$|^#N\/A$/.test(text) ? { kind: 'e', value: text } : { kind: 's', value: text });
}

function gridName(data: OfficeNameData): GridName {
  const parsed = parseRangeName(data.value);
  return { name: data.name, sheet: parsed?.sheet ?? null, range: parsed?.range ?? null, scope: data.scope };
}
