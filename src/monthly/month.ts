/**
 * Report months ("2008-03"), the report's due date and Excel date serials. Plain calendar arithmetic on
 * year and month numbers: no Date objects, so no time zone can move a month or a due date.
 */
import { MONTH_NAMES } from '../grid/dates';

/** A calendar month; `month` is 1–12. */
export interface Month {
  year: number;
  month: number;
}

export interface CalendarDate extends Month {
  day: number;
}

/** The national form: "Due in by 5th each month", for the month before. */
export const DUE_DAY = 5;

/** "2008-03" → { year: 2008, month: 3 }; null for anything else (Excel dates start in 1900). */
export function parseMonth(text: string): Month | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1900 || month < 1 || month > 12) return null;
  return { year, month };
}

/** { year: 2008, month: 3 } → "2008-03": the month's sheet name. */
export function formatMonth(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, '0')}`;
}

/** "March 2008". */
export function monthName(m: Month): string {
  return `${MONTH_NAMES[m.month - 1]} ${m.year}`;
}

export function addMonths(m: Month, count: number): Month {
  const index = m.year * 12 + (m.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Negative when a is earlier than b. */
export function compareMonths(a: Month, b: Month): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

/** The report for `m` is due on the 5th of the following month. */
export function dueDate(m: Month): CalendarDate {
  return { ...addMonths(m, 1), day: DUE_DAY };
}

/**
 * Excel's serial number for a date (1 = 1 January 1900), as written into cells with a date format.
 * Counted from 30 December 1899 because Excel keeps Lotus's phantom 29 February 1900; right from March 1900.
 */
export function excelSerial(d: CalendarDate): number {
  return (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
