/**
 * The one text measurer: how wide text is, and how many lines and points it takes wrapped in a column,
 * with Calibri's real character widths (Carlito's, which are the same: carlito-widths.json, made by
 * scripts/carlito-widths.py). Neither Excel nor LibreOffice re-measures rows when opening a file, so a row
 * without a height prints its text cut off.
 *
 * Columns are measured as Excel draws them, which is narrower than LibreOffice: a width of w characters
 * is 7w pixels at 96 dpi, of which about 5 go to the cell's margins and grid line. Text that fits Excel's
 * column fits LibreOffice's.
 *
 * No row is made taller than Excel's 409 pt. Text the toolkit lays out itself is split over rows before
 * it gets there (ksf-outline-sheet.ts); a single cell holding more (a long explanation someone typed)
 * keeps all its text, shows the first 27 lines or so, and shows the rest in the formula bar.
 */
import widths from './carlito-widths.json';
import { CellValue, MAX_ROW_HEIGHT } from './model';

export const POINTS_PER_LINE = 15;
const DEFAULT_FONT_SIZE = 11;
/** Excel's pixels per unit of column width (Calibri 11's digit width) and per cell margins; 0.75 pt a pixel. */
const PIXELS_PER_WIDTH = 7;
const MARGIN_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;
/** A character Carlito lacks (✓, ★) comes from another font: count it a full em wide. */
const UNKNOWN_WIDTH = 1000;

export interface TextStyle {
  bold?: boolean;
  /** Points; default 11. */
  fontSize?: number;
}

const ADVANCES: Record<'regular' | 'bold', Record<string, number>> = widths;

/** Width of `text` on one line, in points. */
export function textWidth(text: string, style: TextStyle = {}): number {
  const advances = ADVANCES[style.bold ? 'bold' : 'regular'];
  let thousandths = 0;
  for (const ch of text) thousandths += advances[ch] ?? UNKNOWN_WIDTH;
  return (thousandths * (style.fontSize ?? DEFAULT_FONT_SIZE)) / 1000;
}

/** Points of text a column `width` characters wide holds on one line. */
export function columnTextPoints(width: number): number {
  return Math.max(1, (width * PIXELS_PER_WIDTH - MARGIN_PIXELS) * POINTS_PER_PIXEL);
}

/** The column width (in characters) that shows `text` on one line, rounded up to a half. */
export function widthFor(text: string, style: TextStyle = {}): number {
  const longest = Math.max(0, ...text.split('\n').map((line) => textWidth(line, style)));
  return Math.ceil(((longest / POINTS_PER_PIXEL + MARGIN_PIXELS) / PIXELS_PER_WIDTH) * 2) / 2;
}

/**
 * Lines already counted, by style, column width and text: the framework's texts are the same in every outline
 * and report, and counting them again was half the time of building one (measured). Emptied when it gets
 * large, so the texts people type never make it grow without bound.
 */
const counted = new Map<string, Map<string, number>>();
let countedTexts = 0;
const MAX_COUNTED = 50_000;

/** Lines `text` takes in a column `width` characters wide, breaking at spaces as a spreadsheet does. */
export function wrappedLines(text: string, width: number, style: TextStyle = {}): number {
  const key = `${style.bold ? 'bold' : 'regular'} ${style.fontSize ?? DEFAULT_FONT_SIZE} ${width}`;
  let texts = counted.get(key);
  if (!texts) counted.set(key, (texts = new Map()));
  let lines = texts.get(text);
  if (lines === undefined) {
    if (countedTexts >= MAX_COUNTED) {
      counted.clear();
      counted.set(key, texts);
      texts.clear();
      countedTexts = 0;
    }
    lines = countLines(text, width, style);
    texts.set(text, lines);
    countedTexts++;
  }
  return lines;
}

function countLines(text: string, width: number, style: TextStyle): number {
  const room = columnTextPoints(width);
  const space = textWidth(' ', style);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const size = textWidth(word, style);
      if (used > 0 && used + space + size <= room) {
        used += space + size;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than the line breaks wherever it must.
      const parts = Math.max(1, Math.ceil(size / room));
      lines += parts - 1;
      used = size - (parts - 1) * room;
    }
  }
  return lines;
}

/** Height of one line of text in points: 15 for 11 pt, larger type has taller lines. */
export function lineHeight(style: TextStyle = {}): number {
  const height = (style.fontSize ?? DEFAULT_FONT_SIZE) * 1.35;
  // Up to 11 pt (nearly every cell) the line is 15 pt, found without Math, a global that jest looks up slowly.
  return height <= POINTS_PER_LINE ? POINTS_PER_LINE : Math.ceil(height);
}

/** Points `text` needs wrapped in a column `width` wide. Not capped. */
export function textHeight(text: string, width: number, style: TextStyle = {}): number {
  return wrappedLines(text, width, style) * lineHeight(style);
}

/** A height Excel accepts: at most 409 pt. */
export function rowPoints(points: number): number {
  return Math.min(points, MAX_ROW_HEIGHT);
}

/**
 * Height in points for a row whose cells have these values and widths; undefined when one line fits.
 * `style` applies to every cell (bold or not), or per cell: bold or not, or its own text style (a cell in
 * smaller type takes fewer lines).
 */
export function rowHeight(
  values: CellValue[],
  widths: number[],
  style: boolean | (boolean | TextStyle | undefined)[] = false,
): number | undefined {
  const styleOf = (i: number): TextStyle => {
    const s = Array.isArray(style) ? style[i] : style;
    return typeof s === 'object' ? s : { bold: s === true };
  };
  const height = Math.max(
    POINTS_PER_LINE,
    ...values.map((v, i) =>
      v === null || v === undefined || v === '' ? POINTS_PER_LINE : textHeight(String(v), widths[i] ?? 10, styleOf(i)),
    ),
  );
  return height > POINTS_PER_LINE ? rowPoints(height) : undefined;
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
