/**
 * Finds a list's header row under whatever sits above it: HR exports often start with a title row ("Staff
 * list – North locality") and a blank line. The header is the first row, among the first few, that names
 * every column the list needs.
 */
import { CellValue } from '../sheets/model';

/** How many rows with something in them may come before the header (titles, dates, notes). */
const ROWS_BEFORE_HEADER = 10;

/**
 * The index of the header row in `values`: the first row `isHeader` accepts, looking at the first rows with
 * anything in them; otherwise the first row with anything in it (its headings then name what is missing);
 * -1 when every row is blank.
 */
export function findHeaderRow(values: CellValue[][], isHeader: (headings: string[]) => boolean): number {
  const filled = values
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.some((v) => cellText(v) !== ''))
    .slice(0, ROWS_BEFORE_HEADER);
  if (filled.length === 0) return -1;
  return (filled.find(({ row }) => isHeader(row.map(headingKey))) ?? filled[0]).i;
}

/** A cell as trimmed text ('' for an empty cell). */
export function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** "Service Setting:" → "service setting". */
export function headingKey(heading: CellValue | undefined): string {
  return cellText(heading)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
