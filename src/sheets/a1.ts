/** A1-style addresses for 0-based row and column indexes. */

/** Letters already worked out, by column: addresses are made for every cell written or read. */
const letters: string[] = [];

export function columnLetter(col: number): string {
  let known = letters[col];
  if (known === undefined) known = letters[col] = lettersOf(col);
  return known;
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

/** Parse "B3" or "B3:D9" into 0-based bounds. */
export function parseRange(address: string): { row: number; col: number; lastRow: number; lastCol: number } {
  const [first, last = first] = address.split(':');
  const a = parseCell(first);
  const b = parseCell(last);
  return { row: a.row, col: a.col, lastRow: b.row, lastCol: b.col };
}

export function parseCell(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}
