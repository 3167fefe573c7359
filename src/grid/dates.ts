/** Excel stores dates as day numbers shown through a date format; the grid carries them as ISO text. */

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
