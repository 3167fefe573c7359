/**
 * A native chart the Excel add-in draws on a sheet the toolkit made (the command line's exceljs cannot
 * write charts, so its sheets show the same numbers as in-cell bars). Host-neutral: which block of
 * which sheet it reads, what kind of chart, its title and its alt text, and where it goes. The Office.js
 * side is src/excel/charts.ts; the programme view's and the team view's charts are both described so.
 */
import { cellAddress, rangeAddress } from './a1';
import { CellValue } from './model';

export interface ChartPlan {
  /** The sheet's name as generated (a copy may carry " (2)"). */
  sheet: string;
  /** The chart's name, so a later run can replace the toolkit's own chart. */
  name: string;
  type: 'Line' | 'Pie' | 'BarStacked' | 'BarClustered' | 'ColumnClustered';
  title: string;
  /**
   * Alt text: what the chart shows, for someone who cannot see it (Excel's "Alt Text" description).
   * The numbers themselves are in the cells beside it.
   */
  description: string;
  /** The text in column A of the header row of the block the chart reads. */
  blockHeader: string;
  /** How many columns, from column A, the chart reads. */
  columns: number;
  /** At most this many data rows, from the top of the block (e.g. the ten most needed); default all. */
  maxRows?: number;
  /** The chart's top-left column. */
  anchorColumn: number;
}

export interface LocatedChart {
  /** The chart's data, header row included, e.g. "A3:B15". */
  source: string;
  /** Top-left and bottom-right cells of where it goes. */
  from: string;
  to: string;
}

const CHART_WIDTH_COLUMNS = 8;
const CHART_HEIGHT_ROWS = 18;

/**
 * Where a chart's data is on its sheet's rows (as generated, or as read back from Excel): the block whose
 * header row starts with `blockHeader`, down to the first row with nothing in column A (or `maxRows`).
 * Null when the sheet has no such block, or it has no data rows.
 */
export function locateChart(plan: ChartPlan, rows: CellValue[][]): LocatedChart | null {
  const headerRow = rows.findIndex((row) => String(row?.[0] ?? '').trim() === plan.blockHeader);
  if (headerRow < 0) return null;
  const lastAllowed = headerRow + (plan.maxRows ?? Infinity);
  let last = headerRow;
  while (last + 1 < rows.length && last < lastAllowed && String(rows[last + 1]?.[0] ?? '').trim() !== '') last++;
  if (last === headerRow) return null;
  return {
    source: rangeAddress(headerRow, 0, last, plan.columns - 1),
    from: cellAddress(headerRow, plan.anchorColumn),
    to: cellAddress(headerRow + CHART_HEIGHT_ROWS, plan.anchorColumn + CHART_WIDTH_COLUMNS),
  };
}
