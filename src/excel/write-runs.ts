/**
 * A sheet's writes grouped so Office.js sends one action where one per row, column or cell would send many:
 * rows of equal height next to each other as one "5:9" range, columns of equal width as one "B:D", formulas
 * in consecutive cells of a column as one `formulas` array, and one-row merges of the same columns in
 * consecutive rows as one merge across. Excel ends up with the same heights, widths, formulas and merged
 * cells; each action costs Excel time and request bytes (twenty workers' outlines set 3,356 row heights one
 * row at a time, 2,176 runs now). render.ts queues these runs and payload-estimate.ts counts them.
 */
import { ColumnSpec, SheetSpec } from '../sheets/model';
import { columnLetter, parseCell, parseRange, rangeAddress } from '../sheets/a1';

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
