/**
 * The one text measurer: row heights for wrapped text, by wrapping words the way a spreadsheet does.
 * Neither Excel nor LibreOffice re-measures rows when opening a file, so a row without a height prints
 * its text cut off. Narrow columns lose much of each line to word breaks, which a characters-per-width
 * ratio misses. No font metrics here: the ratios are averages of English text in Calibri/Carlito.
 *
 * No row is made taller than Excel's 409 pt. Text the toolkit lays out itself is split over rows before
 * it gets there (ksf-outline-sheet.ts); a single cell holding more (a long explanation someone typed)
 * keeps all its text, shows the first 27 lines or so, and shows the rest in the formula bar.
 */
import { CellValue, MAX_ROW_HEIGHT } from './model';

export const POINTS_PER_LINE = 15;
/** Characters of average 11 pt text per unit of column width (the width of a "0"). */
const CHARS_PER_WIDTH = 1.2;
/** Bold text is about an eighth wider. */
const BOLD_WIDTH = 0.875;
const DEFAULT_FONT_SIZE = 11;

export interface TextStyle {
  bold?: boolean;
  /** Points; default 11. */
  fontSize?: number;
}

/** Lines `text` takes in a column `width` characters wide. */
export function wrappedLines(text: string, width: number, style: TextStyle = {}): number {
  const size = style.fontSize ?? DEFAULT_FONT_SIZE;
  const scale = (DEFAULT_FONT_SIZE / size) * (style.bold ? BOLD_WIDTH : 1);
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH * scale));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else if (used === 0) {
        // A word longer than the line breaks wherever it must.
        lines += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      } else {
        lines++;
        used = Math.min(word.length, perLine);
        lines += Math.ceil(word.length / perLine) - 1;
      }
    }
  }
  return lines;
}

/** Points `text` needs wrapped in a column `width` wide: larger type has taller lines. Not capped. */
export function textHeight(text: string, width: number, style: TextStyle = {}): number {
  const lineHeight = Math.max(POINTS_PER_LINE, Math.ceil((style.fontSize ?? DEFAULT_FONT_SIZE) * 1.35));
  return wrappedLines(text, width, style) * lineHeight;
}

/** A height Excel accepts: at most 409 pt. */
export function rowPoints(points: number): number {
  return Math.min(points, MAX_ROW_HEIGHT);
}

/**
 * Height in points for a row whose cells have these values and widths; undefined when one line fits.
 * `bold` applies to every cell, or per cell.
 */
export function rowHeight(
  values: CellValue[],
  widths: number[],
  bold: boolean | boolean[] = false,
): number | undefined {
  const isBold = (i: number) => (Array.isArray(bold) ? bold[i] === true : bold);
  const lines = Math.max(
    1,
    ...values.map((v, i) =>
      v === null || v === undefined || v === '' ? 1 : wrappedLines(String(v), widths[i] ?? 10, { bold: isBold(i) }),
    ),
  );
  return lines > 1 ? rowPoints(lines * POINTS_PER_LINE) : undefined;
}

/** Heights for rows of wrapped text starting at sheet row `firstRow`: only the rows that need more than one line. */
export function wrappedRowHeights(rows: CellValue[][], widths: number[], firstRow: number): Record<number, number> {
  const heights: Record<number, number> = {};
  rows.forEach((row, i) => {
    const height = rowHeight(row, widths);
    if (height) heights[firstRow + i] = height;
  });
  return heights;
}

/**
 * A column width that shows the longest of `texts` on one line, between `min` and `max` (beyond `max` it
 * wraps). Counted at a zero's width a character, not the average: names are short and digit-heavy
 * ("north-2008-03.xlsx › 2008-03"), and a width too small wraps every row onto two lines.
 */
export function fittingWidth(texts: string[], min: number, max: number, style: TextStyle = {}): number {
  const size = style.fontSize ?? DEFAULT_FONT_SIZE;
  const longest = Math.max(0, ...texts.map((t) => t.length));
  const needed = Math.ceil((longest * size) / DEFAULT_FONT_SIZE / (style.bold ? BOLD_WIDTH : 1)) + 2;
  return Math.min(max, Math.max(min, needed));
}
