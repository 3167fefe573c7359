/**
 * Row heights for wrapped text, by wrapping words the way a spreadsheet does. Neither Excel nor
 * LibreOffice re-measures rows when opening a file, so a row without a height prints its text cut off.
 * Narrow columns lose much of each line to word breaks, which a characters-per-width ratio misses.
 */
import { CellValue } from './model';

const POINTS_PER_LINE = 15;
/** Characters of average text per unit of column width (the width of a "0"), regular and bold. */
const CHARS_PER_WIDTH = 1.2;
const BOLD_CHARS_PER_WIDTH = 1.05;

/** Lines `text` takes in a column `width` characters wide. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? BOLD_CHARS_PER_WIDTH : CHARS_PER_WIDTH)));
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
      v === null || v === undefined || v === '' ? 1 : wrappedLines(String(v), widths[i] ?? 10, isBold(i)),
    ),
  );
  return lines > 1 ? lines * POINTS_PER_LINE : undefined;
}
