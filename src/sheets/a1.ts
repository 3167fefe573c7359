/** A1-style addresses for 0-based row and column indexes. */

/** The first columns' letters, made once: readers and checkers name cells by address thousands of times a file. */
const FIRST_LETTERS: string[] = [];
const CACHED_COLUMNS = 256;

export function columnLetter(col: number): string {
  // The cache is read first, before `Number`: under jest a global is looked up through the test's vm context
  // (about 0.2 µs each), which made this line the Office.js tests' hottest (profiled).
  const known = FIRST_LETTERS[col];
  if (known !== undefined) return known;
  const letters = lettersOf(col);
  if (col >= 0 && col < CACHED_COLUMNS && Number.isInteger(col)) FIRST_LETTERS[col] = letters;
  return letters;
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(row: number, col: number, lastRow: number, lastCol: number): string {
  return `${cellAddress(row, col)}:${cellAddress(lastRow, lastCol)}`;
}

/** A range's first and last row and column, 0-based. */
export interface Bounds {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

/** Whether two ranges share a cell. */
export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;
}

/** Parse "B3" or "B3:D9" into 0-based bounds. */
export function parseRange(address: string): Bounds {
  const [first, last = first] = address.split(':');
  const a = parseCell(first);
  const b = parseCell(last);
  return { row: a.row, col: a.col, lastRow: b.row, lastCol: b.col };
}

export function parseCell(address: string): { row: number; col: number } {
  const plain = plainCell(address);
  if (plain) return plain;
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/**
 * "B7" as a reader writes it (capitals, no $, no leading zero) without a regular expression: the common case of
 * parseCell, which checking a return calls thousands of times. Null for anything else, which parseCell then reads.
 */
function plainCell(address: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  for (let c = address.charCodeAt(0); c >= 65 && c <= 90; c = address.charCodeAt(++i)) col = col * 26 + c - 64;
  if (i === 0 || i > 3 || i === address.length || address.charCodeAt(i) === 48) return null;
  let row = 0;
  for (let j = i; j < address.length; j++) {
    const c = address.charCodeAt(j);
    if (c < 48 || c > 57) return null;
    row = row * 10 + c - 48;
  }
  return address.length - i > 9 ? null : { row: row - 1, col: col - 1 };
}
