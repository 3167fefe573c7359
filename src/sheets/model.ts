/**
 * Host-neutral description of the sheets the toolkit generates.
 * Builders produce it; the Office.js adapter (src/excel) and the exceljs adapter (src/xlsx) render it.
 * Addresses are A1 references relative to the sheet; rows and columns in this model are 0-based.
 */

/** A typed cell value. Strings are always written as text, never as formulas. */
export type CellValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  fontSize?: number;
  /** Hex colour "RRGGBB". */
  fontColor?: string;
  /** Hex colour "RRGGBB" for a solid fill. */
  fill?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  /** Thin border on every edge of every cell in the range. */
  border?: boolean;
  numberFormat?: string;
  /** Unlocked cells stay editable when the sheet is protected. Default: locked. */
  locked?: boolean;
}

/** A style applied to a rectangular range, e.g. "A1:G1". */
export interface StyledRange {
  range: string;
  style: CellStyle;
}

export interface ColumnSpec {
  /** Width in characters of the default font (Excel's own column-width unit). */
  width: number;
}

export interface TableSpec {
  /** Table name: letters, digits and underscores, unique in the workbook. */
  name: string;
  /** Header row plus data rows, e.g. "A1:G80". */
  range: string;
  /** Built-in style name, e.g. "TableStyleLight9". */
  style: string;
}

export interface ListValidation {
  range: string;
  /** The allowed values, shown as a dropdown. */
  values: string[];
  prompt?: string;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page width; pages run down as needed. */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. "1:1". */
  titleRows?: string;
  /** Text centred in the page header. */
  header?: string;
}

export interface SheetSpec {
  name: string;
  /** Values row by row, starting at A1. Ragged rows are allowed; missing cells stay empty. */
  rows: CellValue[][];
  columns: ColumnSpec[];
  styles: StyledRange[];
  merges: string[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; columns: number };
  table?: TableSpec;
  validations: ListValidation[];
  /** Row heights in points, keyed by 0-based row index. */
  rowHeights?: Record<number, number>;
  print: PrintSetup;
  protect?: { password?: string };
  hidden?: boolean;
  tabColor?: string;
}

/** A workbook-level defined name pointing at a range on one of the sheets. */
export interface DefinedName {
  name: string;
  sheet: string;
  range: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  names: DefinedName[];
}
