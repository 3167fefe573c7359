/**
 * The layout every reference sheet shares: a title, a source line, then an Excel table with a frozen,
 * filterable header, wrapped text and A4 print setup that repeats the header on every page. The title and
 * the source line run across the table's width, wrapped, so a long line never widens the printed page.
 */
import { CellValue, SheetSpec, StyledRange } from './model';
import { columnLetter, rangeAddress } from './a1';
import { rowHeight, wrappedRowHeights } from './wrap-height';

export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
export const COLOURS = {
  title: '005EB8',
  headerFill: '005EB8',
  headerFont: 'FFFFFF',
  areaFill: 'C9DDF2',
  sectionFill: 'E8F0F9',
  markFill: 'D5E8D4',
  mutedFont: '6B6B6B',
};

export interface TableSheetInput {
  name: string;
  tableName: string;
  title: string;
  source: string;
  header: string[];
  rows: CellValue[][];
  /** Column widths in characters, one per header column. */
  widths: number[];
  orientation: 'portrait' | 'landscape';
  /** Extra styles, addressed in sheet coordinates (use dataRange to compute them). */
  styles?: StyledRange[];
  /**
   * For a table too wide for a page (a column per worker): how many first columns say what each row is.
   * The sheet then prints across pages at WIDE_SCALE, those columns repeated at the left of each, and the
   * title and source line fit within them, so every page shows them whole.
   */
  rowHeadings?: number;
}

/** The print scale of a table too wide for a page: legible (11 pt prints as 9.35 pt) and above 80%. */
export const WIDE_SCALE = 85;

export function buildTableSheet(input: TableSheetInput): SheetSpec {
  const lastCol = input.header.length - 1;
  const lastRow = HEADER_ROW + Math.max(input.rows.length, 1);
  const headings = input.rowHeadings;
  const topCol = headings ? headings - 1 : lastCol;
  const body = input.rows.length > 0 ? input.rows : [input.header.map(() => null)];
  return {
    name: input.name,
    rows: [[input.title], [input.source], input.header, ...body],
    columns: input.widths.map((width) => ({ width })),
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 14, fontColor: COLOURS.title } },
      { range: 'A2', style: { italic: true, wrap: true, vertical: 'top' } },
      {
        range: rangeAddress(HEADER_ROW, 0, lastRow, lastCol),
        style: { wrap: true, vertical: 'top', border: true },
      },
      {
        range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, lastCol),
        style: { bold: true, fill: COLOURS.headerFill, fontColor: COLOURS.headerFont },
      },
      ...(input.styles ?? []),
    ],
    merges: [rangeAddress(0, 0, 0, topCol), rangeAddress(1, 0, 1, topCol)],
    rowHeights: {
      ...sourceHeight(input.source, input.widths.slice(0, topCol + 1)),
      ...headerAndBodyHeights(input.header, body, input.widths),
    },
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    table: { name: input.tableName, range: rangeAddress(HEADER_ROW, 0, lastRow, lastCol), style: 'TableStyleLight9' },
    validations: [],
    print: {
      orientation: input.orientation,
      fitToWidth: !headings,
      titleRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}`,
      ...(headings && { titleColumns: `A:${columnLetter(topCol)}`, scale: WIDE_SCALE }),
      header: input.title,
    },
  };
}

/** The header is bold, so it is measured bold: a wrapped heading is never clipped. */
function headerAndBodyHeights(header: string[], body: CellValue[][], widths: number[]): Record<number, number> {
  const heights = wrappedRowHeights(body, widths, FIRST_DATA_ROW);
  const headerHeight = rowHeight(header, widths, true);
  if (headerHeight) heights[HEADER_ROW] = headerHeight;
  return heights;
}

function sourceHeight(source: string, widths: number[]): Record<number, number> {
  const height = rowHeight([source], [widths.reduce((a, b) => a + b, 0)]);
  return height ? { 1: height } : {};
}

/** The sheet range of data row `index` (0-based within the table body), across `columns` columns. */
export function dataRowRange(index: number, firstCol: number, lastCol: number): string {
  return rangeAddress(FIRST_DATA_ROW + index, firstCol, FIRST_DATA_ROW + index, lastCol);
}
