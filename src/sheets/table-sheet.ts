/**
 * The layout every reference sheet shares: a title, a source line, then an Excel table with a frozen,
 * filterable header, wrapped text and A4 print setup that repeats the header on every page. The title and
 * the source line run across the table's width, wrapped, so a long line never widens the printed page.
 */
import { CellValue, SheetSpec, StyledRange } from './model';
import { rangeAddress } from './a1';
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
}

export function buildTableSheet(input: TableSheetInput): SheetSpec {
  const lastCol = input.header.length - 1;
  const lastRow = HEADER_ROW + Math.max(input.rows.length, 1);
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
    merges: [rangeAddress(0, 0, 0, lastCol), rangeAddress(1, 0, 1, lastCol)],
    rowHeights: {
      ...sourceHeight(input.source, input.widths),
      ...headerAndBodyHeights(input.header, body, input.widths),
    },
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    table: { name: input.tableName, range: rangeAddress(HEADER_ROW, 0, lastRow, lastCol), style: 'TableStyleLight9' },
    validations: [],
    print: {
      orientation: input.orientation,
      fitToWidth: true,
      titleRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}`,
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
