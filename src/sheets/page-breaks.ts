/**
 * Page breaks that keep blocks of rows together: a block (an objective's heading, scale and inputs) that
 * would not fit in what is left of a page starts the next one, so no heading ends a page without what it
 * heads. Heights come from the one measurer (wrap-height.ts) via the rows' heights; a block taller than a
 * page is left to break where the spreadsheet program breaks it.
 */

/**
 * 0-based rows that start a page. `heights`: every row's height; `blocks`: rows that start a block (a
 * block runs to the next block or forced break); `forced`: rows that always start a page; `pageHeight`:
 * the points of rows a page holds (page-fit.ts).
 */
export function keepTogetherBreaks(
  heights: number[],
  blocks: number[],
  forced: number[],
  pageHeight: number,
): number[] {
  const ends = [...new Set([...blocks, ...forced, heights.length])].sort((a, b) => a - b);
  const starts = new Set(blocks);
  const always = new Set(forced);
  const breaks: number[] = [];
  let used = 0;
  for (let row = 0; row < heights.length; row++) {
    if (row > 0 && always.has(row)) {
      breaks.push(row);
      used = 0;
    } else if (used > 0 && starts.has(row)) {
      const end = ends.find((e) => e > row) ?? heights.length;
      const block = heights.slice(row, end).reduce((a, b) => a + b, 0);
      if (used + block > pageHeight) {
        breaks.push(row);
        used = 0;
      }
    }
    // Where a row does not fit, the program starts a page of its own accord.
    if (used + heights[row] > pageHeight) used = 0;
    used += heights[row];
  }
  return breaks;
}
