/**
 * Dates in cells: Excel stores them as day numbers shown through a date format, the grid carries them as
 * ISO text, and people also type them as text. Text is read the UK way, day first: "4/3/2008" is 4 March.
 * Shown to users in one format everywhere: 14/03/2008.
 */

/** A calendar day; `month` is 1–12. (The same shape as monthly/month.ts's CalendarDate.) */
export interface DayDate {
  year: number;
  month: number;
  day: number;
}

/** Excel's day 0 is 1899-12-30 in the 1900 date system (it counts a 29 February 1900 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A number format shows a date when it has d, m or y outside quotes and brackets (not "0.00" or "@"). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^General$/i.test(bare);
}

export function serialToIso(serial: number): string {
  const ms = EXCEL_EPOCH_MS + Math.round(serial * 86_400_000);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * Excel's serial day number → the day Excel shows for it (a date cell read without its date format); null
 * below 1. Excel counts a 29 February 1900 (day 60) that never was, so days 1–59 are one day later than the
 * epoch suggests: 3 is 3 January 1900.
 */
export function serialToDate(serial: number): DayDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const d = new Date(EXCEL_EPOCH_MS + (day < 60 ? day + 1 : day) * 86_400_000);
  return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 1–12 for a month's name or its first three letters or more ("Mar", "march"); 0 otherwise. */
export function monthIndex(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(w)) + 1;
}

/** The date, when it exists (no 31 February); years from 1900, as Excel's dates. */
export function validDate(year: number, month: number, day: number): DayDate | null {
  if (!Number.isInteger(year) || year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return { year, month, day };
}

/** "2008-04-01" or "2008-04-01T00:00:00" (the grid's dates) → a date. */
export function parseIsoDate(text: string): DayDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(text.trim());
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A two-digit year as people type it: "08" is 2008 (the programme's dates are all after 2000). */
const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/**
 * Dates typed as text, read the UK way: 4/3/2008, 4.3.08 and 04-03-2008 are 4 March 2008; also
 * 2008-03-04 and "4 March 2008" ("4th Mar 2008"). Null when the text is not a date that exists.
 */
export function parseDateText(text: string): DayDate | null {
  const t = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t);
  if (m) return validDate(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthIndex(m[2]);
    return month ? validDate(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/** "14/03/2008": the one way dates are shown, in messages, on sheets and on the command line. */
export function formatDate(d: DayDate): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** "4 March 2008": how a typed date was read, spelt out so day and month cannot be mistaken. */
export function spelledDate(d: DayDate): string {
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** Negative when a is earlier than b. */
export function compareDates(a: DayDate, b: DayDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The day a moment falls on in UTC, as the toolkit stamps its own times. */
export function utcDay(moment: Date): DayDate {
  return { year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() };
}
