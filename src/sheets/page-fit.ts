/**
 * How much of a sheet one printed A4 page holds when the sheet is fitted to the page width, so a builder
 * can keep a table on one page or start it on a new one. Excel and LibreOffice draw columns at different
 * widths (7 px against about 7.4 px a character), so the page is reckoned at Excel's larger zoom: fewer
 * rows fit, and what fits Excel's page fits LibreOffice's.
 */
import { PrintSetup } from './model';
import { lineHeight, POINTS_PER_LINE } from './wrap-height';

/** A4 in points, and the margins the adapters write: half an inch at the sides, three quarters top and bottom. */
const A4 = { short: 595.3, long: 841.9 };
const SIDE_MARGINS = 2 * 36;
const TOP_AND_BOTTOM_MARGINS = 2 * 54;
/** Excel draws a column w characters wide as 7w pixels, 0.75 pt each. */
const EXCEL_POINTS_PER_WIDTH = 7 * 0.75;

/** The zoom Excel prints a sheet with these column widths at, fitted to the page width (at most 100%). */
export function excelZoom(widths: number[], orientation: PrintSetup['orientation']): number {
  const page = orientation === 'landscape' ? A4.long : A4.short;
  const sheet = widths.reduce((a, b) => a + b, 0) * EXCEL_POINTS_PER_WIDTH;
  return Math.min(1, (page - SIDE_MARGINS) / sheet);
}

/** Points of row height one page holds at that zoom. */
export function pagePoints(widths: number[], orientation: PrintSetup['orientation']): number {
  const page = orientation === 'landscape' ? A4.short : A4.long;
  return Math.floor((page - TOP_AND_BOTTOM_MARGINS) / excelZoom(widths, orientation));
}

/**
 * The row heights in points that `pageStarts` reckons with for a sheet of `rowCount` rows: each row's set
 * height, else one line; the title in row 0 is 14 pt type, which table sheets leave to grow by itself.
 */
export function pagingHeights(rowCount: number, rowHeights: Record<number, number> = {}): number[] {
  return Array.from(
    { length: rowCount },
    (_, r) => rowHeights[r] ?? (r === 0 ? lineHeight({ fontSize: 14 }) : POINTS_PER_LINE),
  );
}

/**
 * Where a long table's pages start when the sheet breaks them itself, so Excel and LibreOffice (whose
 * pages hold more than this reckons) break in the same places: each page takes rows while they fit, less
 * the print-title rows repeated at its top, and ends before a run of headings rather than after one.
 * `heights` are the sheet's row heights in points from row 0; returns the 0-based rows that start pages.
 */
export function pageStarts(
  heights: number[],
  isHeading: (row: number) => boolean,
  room: number,
  titleRows: { first: number; last: number },
): number[] {
  const titles = heights.slice(titleRows.first, titleRows.last + 1).reduce((a, b) => a + b, 0);
  const starts: number[] = [];
  let pageStart = 0;
  let used = 0;
  for (let row = 0; row < heights.length; row++) {
    if (used + heights[row] > room && row > pageStart) {
      let start = row;
      while (start - 1 > pageStart && isHeading(start - 1)) start--;
      starts.push(start);
      pageStart = start;
      used = titles + heights.slice(start, row).reduce((a, b) => a + b, 0);
    }
    used += heights[row];
  }
  return starts;
}
