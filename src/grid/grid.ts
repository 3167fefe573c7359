/**
 * A host-neutral snapshot of a workbook's cells, read by either adapter (exceljs or Office.js).
 * Parsers and rules see only this, so checking never depends on which host read the file.
 */

/** Cell kinds: number, string, boolean, date, error, or empty. */
export type GridKind = 'n' | 's' | 'b' | 'd' | 'e' | 'empty';

export interface GridCell {
  kind: GridKind;
  /** Numbers as numbers; dates as ISO "YYYY-MM-DD" (or with time); errors as their text, e.g. "#REF!". */
  value: string | number | boolean | null;
  /** The formula without its leading "=", when the cell holds one. */
  formula?: string;
  /** A hyperlink target, when the cell carries one. */
  hyperlink?: string;
  /** True for cells left editable under sheet protection: the inputs of a generated form. */
  unlocked?: boolean;
}

export interface GridSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Cells by A1 address; empty cells are absent. */
  cells: Record<string, GridCell>;
  /** Merged ranges, e.g. "B4:D4". */
  merges: string[];
}

export interface GridName {
  name: string;
  /** Sheet the name refers to; null when it does not resolve to one range on one sheet. */
  sheet: string | null;
  range: string | null;
  /** Sheet that scopes the name; null for a workbook-level name. */
  scope: string | null;
}

export interface WorkbookGrid {
  sheets: GridSheet[];
  names: GridName[];
}

export function cellAt(sheet: GridSheet, address: string): GridCell | undefined {
  return sheet.cells[address];
}
