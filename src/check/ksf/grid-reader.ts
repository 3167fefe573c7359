/**
 * Small helpers for reading a generated sheet from the host-neutral grid by its labels: cells by row and
 * column, text and dates as the user sees them, and rows found by their headings. Nothing here throws on
 * odd input; a value that cannot be read comes back as null.
 */
import { GridCell, GridSheet, WorkbookGrid } from '../../grid/grid';
import { DayDate, formatDate, parseDateText, parseIsoDate, serialToIso } from '../../grid/dates';
import { cellAddress, parseCell } from '../../sheets/a1';

export class SheetReader {
  private readonly byRow = new Map<number, Map<number, GridCell>>();
  readonly lastRow: number;

  constructor(readonly sheet: GridSheet) {
    let last = -1;
    for (const [address, cell] of Object.entries(sheet.cells)) {
      let at: { row: number; col: number };
      try {
        at = parseCell(address);
      } catch {
        continue;
      }
      let row = this.byRow.get(at.row);
      if (!row) this.byRow.set(at.row, (row = new Map()));
      row.set(at.col, cell);
      if (at.row > last) last = at.row;
    }
    this.lastRow = last;
  }

  get name(): string {
    return this.sheet.name;
  }

  cell(row: number, col: number): GridCell | undefined {
    return this.byRow.get(row)?.get(col);
  }

  /** The cell's value as trimmed text ("" when empty); numbers and dates as their plain text. */
  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    if (!cell || cell.kind === 'empty' || cell.value === null || cell.value === undefined) return '';
    return String(cell.value).trim();
  }

  isEmptyRow(row: number): boolean {
    const cells = this.byRow.get(row);
    if (!cells) return true;
    return [...cells.values()].every((c) => c.kind === 'empty' || c.value === null || String(c.value).trim() === '');
  }

  /** First row (from `from`) whose cell in `col` reads `label` (ignoring case and spaces at the ends). */
  findRow(col: number, label: string | RegExp, from = 0): number {
    for (let r = from; r <= this.lastRow; r++) if (matches(this.text(r, col), label)) return r;
    return -1;
  }

  /** First row whose cells include every heading; returns the row and each heading's column. */
  findHeader(headings: string[], from = 0): { row: number; cols: Record<string, number> } | null {
    for (let r = from; r <= this.lastRow; r++) {
      const cells = this.byRow.get(r);
      if (!cells) continue;
      const cols: Record<string, number> = {};
      for (const [c] of cells) {
        const t = this.text(r, c);
        const h = headings.find((x) => matches(t, x));
        if (h !== undefined && cols[h] === undefined) cols[h] = c;
      }
      if (headings.every((h) => cols[h] !== undefined)) return { row: r, cols };
    }
    return null;
  }

  address(row: number, col: number): string {
    return cellAddress(row, col);
  }
}

function matches(text: string, label: string | RegExp): boolean {
  return typeof label === 'string' ? text.toLowerCase() === label.toLowerCase() : label.test(text);
}

/** A value typed into a cell, with where it is. */
export interface Field<T> {
  value: T;
  /** A1 address; "" when the field was not found on the sheet. */
  cell: string;
  /** The cell's text as read, for messages. */
  raw: string;
}

/**
 * Reads a date as ISO "YYYY-MM-DD": a date cell, a day number, or typed text, read day first as
 * grid/dates.ts reads every typed date. Returns null for text that is not a date.
 */
export function cellDate(cell: GridCell | undefined): string | null {
  if (!cell || cell.kind === 'empty' || cell.value === null) return null;
  if (cell.kind === 'n' && typeof cell.value === 'number')
    return cell.value > 0 ? serialToIso(cell.value).slice(0, 10) : null;
  const text = String(cell.value).trim();
  const date = parseIsoDate(text.slice(0, 10)) ?? parseDateText(text);
  return date ? isoOf(date) : null;
}

function isoOf(d: DayDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** "Today" as ISO "YYYY-MM-DD" in local time, as a user reads a date. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2008-04-05" → "05/04/2008", as the sheets show dates (grid/dates.ts's one format). */
export function showDate(iso: string): string {
  const date = parseIsoDate(iso.slice(0, 10));
  return date ? formatDate(date) : iso;
}

/**
 * The other sheet of a worker's pair: the name the sheet itself records (its "Role profile" or
 * "KSF outline" field), else the builder's pairing of names ("Role - X" ↔ "KSF - X"), else the staff index.
 */
export function pairedSheet(
  grid: WorkbookGrid,
  sheet: string,
  recorded: string,
  prefixes: { own: string; other: string },
  indexSheet: string,
): GridSheet | null {
  const find = (name: string) =>
    name ? (grid.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() && s.name !== sheet) ?? null) : null;
  const byField = find(recorded);
  if (byField) return byField;
  if (sheet.startsWith(prefixes.own)) {
    const byName = find(prefixes.other + sheet.slice(prefixes.own.length));
    if (byName) return byName;
  }
  const index = grid.sheets.find((s) => s.name === indexSheet);
  if (!index) return null;
  const reader = new SheetReader(index);
  for (let r = 0; r <= reader.lastRow; r++) {
    for (let c = 0; c < 30; c++) {
      if (reader.text(r, c).toLowerCase() !== sheet.toLowerCase()) continue;
      for (const dc of [1, -1]) {
        const other = find(reader.text(r, c + dc));
        if (other) return other;
      }
    }
  }
  return null;
}
