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

interface ValidationBase {
  range: string;
  /** Input message shown when the cell is selected (Excel allows 255 characters). */
  prompt?: string;
  promptTitle?: string;
  /** Error shown when a typed value is refused. */
  error?: string;
}

/** A dropdown. Inline `values` must join to at most 255 characters; longer lists use `source`. */
export interface ListValidation extends ValidationBase {
  kind?: 'list';
  /** The allowed values, shown as a dropdown. */
  values: string[];
  /** Instead of inline values: an absolute reference to a range holding them, e.g. "'Lists'!$A$1:$A$4". */
  source?: string;
}

export interface WholeNumberValidation extends ValidationBase {
  kind: 'whole';
  min?: number;
  max?: number;
}

export interface DateValidation extends ValidationBase {
  kind: 'date';
}

export type Validation = ListValidation | WholeNumberValidation | DateValidation;

/** A formula the toolkit writes itself (never user text), e.g. "=SUM(B6:B8)". */
export interface FormulaCell {
  cell: string;
  formula: string;
}

/** A cell note (comment) explaining something on the sheet. */
export interface CellNote {
  cell: string;
  text: string;
}

/** A link from a cell to a cell on another (or the same) sheet in this workbook, or in another workbook. */
export interface InternalLink {
  cell: string;
  /** Another workbook, as a path relative to this one ("returns/north.xlsx"); default: this workbook. */
  file?: string;
  sheet: string;
  target: string;
  /** Shown text; defaults to the cell's value. */
  text?: string;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page width; pages run down as needed. */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. "1:1". */
  titleRows?: string;
  /**
   * Columns repeated at the left of every printed page, e.g. "A:B": a table too wide for one page prints
   * across pages (at `scale`, not fitted to the width), each page headed by what labels its rows.
   */
  titleColumns?: string;
  /** Percent the sheet prints at when it is not fitted to the page width. */
  scale?: number;
  /** Text centred in the page header. */
  header?: string;
}

/** Bars in each cell, longer for larger values; they start at zero and the largest value fills the cell. */
export interface DataBarFormat {
  kind: 'dataBar';
  range: string;
  /** Hex colour "RRGGBB". */
  color: string;
}

export interface ColorScalePoint {
  value: number;
  /** Hex colour "RRGGBB". */
  color: string;
}

/** Cells coloured by value between fixed points, e.g. a rating from 0 (red) through 1.5 (amber) to 3 (green). */
export interface ColorScaleFormat {
  kind: 'colorScale';
  range: string;
  min: ColorScalePoint;
  mid?: ColorScalePoint;
  max: ColorScalePoint;
}

/**
 * Cells holding a number above `value` (a share over 100%) get this fill and font. Text, and a formula's
 * empty "", is never flagged. Pair it with words on the sheet: colour is never the only signal.
 */
export interface OverFormat {
  kind: 'over';
  range: string;
  value: number;
  /** Hex colours "RRGGBB". */
  fill: string;
  fontColor: string;
}

/**
 * An OverFormat as a "between" rule, which both programs share: from just above `value` to the largest
 * number. Text compares above every number, so it fails the upper bound and is never flagged ("greater
 * than" would flag a formula's "").
 */
export function overBetween(format: OverFormat): [string, string] {
  return [String(format.value + Math.max(Math.abs(format.value), 1) * 1e-9), '1E+307'];
}

/** Formatting the spreadsheet program redraws from the cells' values, so it follows edits. */
export type ConditionalFormat = DataBarFormat | ColorScaleFormat | OverFormat;

/** Excel's tallest row, in points: Office.js refuses more, and Excel clips a taller row in a file. */
export const MAX_ROW_HEIGHT = 409;

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
  validations: Validation[];
  formulas?: FormulaCell[];
  conditionalFormats?: ConditionalFormat[];
  notes?: CellNote[];
  links?: InternalLink[];
  /** 0-based row indexes that start a new printed page. */
  pageBreaks?: number[];
  /** Row heights in points, keyed by 0-based row index; at most MAX_ROW_HEIGHT each. */
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
  /** Sheet-scoped names let every month's sheet carry the same field names. Default: workbook. */
  scope?: 'workbook' | 'sheet';
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  names: DefinedName[];
}
