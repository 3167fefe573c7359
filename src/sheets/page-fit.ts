/**
 * How much of a sheet one printed A4 page holds when the sheet is fitted to the page width, so a builder
 * can keep a table on one page or start it on a new one. Excel and LibreOffice draw columns at different
 * widths (7 px against about 7.4 px a character), so the page is reckoned at Excel's larger zoom: fewer
 * rows fit, and what fits Excel's page fits LibreOffice's.
 */
import { PrintSetup } from './model';

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
