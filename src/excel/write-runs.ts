/**
 * A sheet's writes grouped so Office.js sends one action where one per row, column or cell would send many:
 * rows of equal height next to each other as one "5:9" range, columns of equal width as one "B:D", formulas
 * in consecutive cells of a column as one `formulas` array, and one-row merges of the same columns in
 * consecutive rows as one merge across. Excel ends up with the same heights, widths, formulas and merged
 * cells; each action costs Excel time and request bytes (twenty workers' outlines set 3,356 row heights one
 * row at a time, 2,176 runs now). Settings that are the same on ranges apart (a style, a height, a
 * validation) go to all of them at once, as one RangeAreas (areaGroups). render.ts queues these runs and
 * payload-estimate.ts counts them.
 */
import { CellStyle, ColumnSpec, SheetSpec, StyledRange, Validation } from '../sheets/model';
import { Bounds, columnLetter, overlaps, parseCell, parseRange, rangeAddress } from '../sheets/a1';

/** Rows `from`..`to` (1-based, as Excel numbers them) of one height. */
export interface HeightRun {
  from: number;
  to: number;
  height: number;
}

/** Consecutive rows of the same height, in row order. */
export function rowHeightRuns(rowHeights: SheetSpec['rowHeights']): HeightRun[] {
  const rows = Object.entries(rowHeights ?? {})
    .map(([row, height]) => ({ row: Number(row) + 1, height }))
    .sort((a, b) => a.row - b.row);
  const runs: HeightRun[] = [];
  for (const { row, height } of rows) {
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1 && last.height === height) last.to = row;
    else runs.push({ from: row, to: row, height });
  }
  return runs;
}

/** Columns of one width, as an address ("B:D"). */
export interface WidthRun {
  address: string;
  width: number;
}

/** Consecutive columns of the same width, in column order. */
export function columnWidthRuns(columns: ColumnSpec[]): WidthRun[] {
  const runs: { from: number; to: number; width: number }[] = [];
  columns.forEach(({ width }, col) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.to = col;
    else runs.push({ from: col, to: col, width });
  });
  return runs.map(({ from, to, width }) => ({ address: `${columnLetter(from)}:${columnLetter(to)}`, width }));
}

/** Formulas for a column of cells: `address` "G53:G57", one row of `formulas` per cell. */
export interface FormulaBlock {
  address: string;
  formulas: string[][];
}

/**
 * The spec's formulas, each run of cells one below the other (in the spec's order) as one block, so a cell
 * written twice keeps its last formula as before.
 */
export function formulaBlocks(formulas: SheetSpec['formulas']): FormulaBlock[] {
  const blocks: { col: number; row: number; lastRow: number; first: string; formulas: string[][] }[] = [];
  for (const { cell, formula } of formulas ?? []) {
    const { row, col } = parseCell(cell);
    const last = blocks[blocks.length - 1];
    if (last && last.col === col && last.lastRow === row - 1) {
      last.lastRow = row;
      last.formulas.push([formula]);
    } else blocks.push({ col, row, lastRow: row, first: cell, formulas: [[formula]] });
  }
  return blocks.map((b) => ({
    address:
      b.row === b.lastRow ? b.first : `${columnLetter(b.col)}${b.row + 1}:${columnLetter(b.col)}${b.lastRow + 1}`,
    formulas: b.formulas,
  }));
}

const CELL_RANGE = /^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i;

/** A merge to queue: `across` merges each row of `address` on its own (Range.merge(true)). */
export interface MergeBlock {
  address: string;
  across: boolean;
}

/**
 * The spec's merges, each run of one-row merges over the same columns in consecutive rows as one merge
 * across: Excel makes the same merged cells, one per row.
 */
export function mergeBlocks(merges: string[]): MergeBlock[] {
  const blocks: { address: string; rect: ReturnType<typeof parseRange> | null }[] = [];
  for (const address of merges) {
    // Only cell ranges ("A4:B4") join; whole rows or columns stay as they are.
    const rect = CELL_RANGE.test(address) ? parseRange(address) : null;
    const oneRow = rect !== null && rect.row === rect.lastRow && rect.lastCol > rect.col;
    const last = blocks[blocks.length - 1]?.rect;
    if (oneRow && last && last.col === rect.col && last.lastCol === rect.lastCol && last.lastRow === rect.row - 1) {
      last.lastRow = rect.row;
    } else blocks.push({ address, rect: oneRow ? rect : null });
  }
  return blocks.map(({ address, rect }) =>
    rect && rect.lastRow > rect.row
      ? { address: rangeAddress(rect.row, rect.col, rect.lastRow, rect.lastCol), across: true }
      : { address, across: false },
  );
}

/** Row heights, each height once for all the runs of rows that have it ("3:3,5:9"). */
export function heightGroups(rowHeights: SheetSpec['rowHeights']): AreaGroup<number>[] {
  const runs = rowHeightRuns(rowHeights).map(({ from, to, height }) => ({ address: `${from}:${to}`, value: height }));
  return areaGroups(runs, String);
}

/** Column widths, each width once for all the runs of columns that have it ("A:A,C:D"). */
export function widthGroups(columns: ColumnSpec[]): AreaGroup<number>[] {
  return areaGroups(
    columnWidthRuns(columns).map(({ address, width }) => ({ address, value: width })),
    String,
  );
}

/** The style properties set one by one (a border and a number format are set differently: styleGroups). */
export const STYLE_KEYS = [
  'bold',
  'italic',
  'fontSize',
  'fontColor',
  'fill',
  'wrap',
  'horizontal',
  'vertical',
  'locked',
] as const;

/**
 * The spec's styles, each style once for the ranges that have it. A bordered range stays alone (its inside
 * edges depend on its shape: render.ts's borderEdges), and so does a number format, which Office.js takes
 * as one entry per cell of a Range, not of a RangeAreas.
 */
export function styleGroups(styles: StyledRange[]): AreaGroup<CellStyle>[] {
  return areaGroups(
    styles.map(({ range, style }) => ({ address: range, value: style })),
    (style) =>
      style.border || style.numberFormat !== undefined ? undefined : JSON.stringify(STYLE_KEYS.map((k) => style[k])),
  );
}

/** The spec's validations, each rule once for the ranges that have it (the group's value keeps its first range). */
export function validationGroups(validations: Validation[]): AreaGroup<Validation>[] {
  return areaGroups(
    validations.map((v) => ({ address: v.range, value: v })),
    (v) => JSON.stringify({ ...v, range: undefined }),
  );
}

/** One setting for several ranges of a sheet, which Office.js sets at once on their RangeAreas ("A1:B2,D4:E5"). */
export interface AreaGroup<T> {
  addresses: string[];
  value: T;
}

/**
 * The longest RangeAreas address a group gets. Excel documents no limit, but refuses some addresses of about
 * 8,200 characters with hundreds of areas (OfficeDev/office-js#5198); this stays far below that.
 */
export const MAX_AREAS_ADDRESS = 1000;

/**
 * `items` in groups of the same key, each set at once, with the same outcome as setting the items one by one
 * in order: an item joins the group of its key only if no item set after that group overlaps it (a later
 * setting of the same cells must stay later). An item whose key is undefined stays alone; so does one whose
 * address is not a plain range (only "A1", "A1:B2", "3:5" and "B:D" are compared).
 */
export function areaGroups<T>(
  items: { address: string; value: T }[],
  key: (value: T) => string | undefined,
): AreaGroup<T>[] {
  const groups: (AreaGroup<T> & { rects: (Bounds | null)[]; length: number })[] = [];
  const openGroup = new Map<string, number>();
  for (const { address, value } of items) {
    const rect = areaBounds(address);
    const k = rect ? key(value) : undefined;
    const at = k === undefined ? undefined : openGroup.get(k);
    if (at !== undefined && joins(groups, at, rect!, address)) {
      const group = groups[at];
      group.addresses.push(address);
      group.rects.push(rect);
      group.length += address.length + 1;
      continue;
    }
    if (k !== undefined) openGroup.set(k, groups.length);
    groups.push({ addresses: [address], value, rects: [rect], length: address.length });
  }
  return groups.map(({ addresses, value }) => ({ addresses, value }));
}

function joins(
  groups: { rects: (Bounds | null)[]; length: number }[],
  at: number,
  rect: Bounds,
  address: string,
): boolean {
  if (groups[at].length + 1 + address.length > MAX_AREAS_ADDRESS) return false;
  for (let g = at + 1; g < groups.length; g++) {
    for (const other of groups[g].rects) if (!other || overlaps(other, rect)) return false;
  }
  return true;
}

const WHOLE_ROWS = /^\$?(\d+):\$?(\d+)$/;
const WHOLE_COLUMNS = /^\$?([A-Z]+):\$?([A-Z]+)$/i;
const NO_END = Number.MAX_SAFE_INTEGER;

/** The cells of "A1", "A1:B2", "3:5" or "B:D", 0-based; null for anything else. */
function areaBounds(address: string): Bounds | null {
  if (CELL_RANGE.test(address)) return parseRange(address);
  const rows = WHOLE_ROWS.exec(address);
  if (rows) return { row: Number(rows[1]) - 1, lastRow: Number(rows[2]) - 1, col: 0, lastCol: NO_END };
  const columns = WHOLE_COLUMNS.exec(address);
  if (columns) {
    const from = parseCell(`${columns[1]}1`).col;
    const to = parseCell(`${columns[2]}1`).col;
    return { row: 0, lastRow: NO_END, col: from, lastCol: to };
  }
  return null;
}
