/**
 * A site sends the same workbook every month, each copy holding every month so far, and sometimes sends a
 * month again with a correction. So one site and month often comes more than once. Copies with the same
 * content count once. Of different versions the newest counts, and the others are listed as replaced,
 * naming both files: never both dropped, never one silently preferred.
 *
 * Newest means, in this order: the later "Date submitted" typed on the form; then the file saved later (its
 * modification time); then the file whose name sorts later ("north-2008-06.xlsx" after "north-2008-05.xlsx");
 * then, within one workbook, the sheet further right.
 */
import { compareDates, formatDate } from '../check/monthly/read-return';
import { Month, monthName } from '../monthly/month';
import type { NotIncluded, SiteMonthReturn } from './collect';
import { fileName } from '../words';

/** A site and month given in more than one version: the one counted, and the versions it replaced. */
export interface Replacement {
  site: string;
  month: Month;
  counted: { source: string; sheet: string };
  replaced: { source: string; sheet: string }[];
}

export interface Picked {
  counted: SiteMonthReturn;
  /** Other copies with exactly the counted one's content. */
  copies: number;
  replacement?: Replacement;
  /** One entry for each older version, saying which one replaced it. */
  notIncluded: NotIncluded[];
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Why `newer` counts instead of `older`, in words; null when neither is newer (they are the same place). */
function newerBecause(newer: SiteMonthReturn, older: SiteMonthReturn): string | null {
  if (newer.submitted && older.submitted && compareDates(newer.submitted, older.submitted) !== 0)
    return `it was submitted on ${formatDate(newer.submitted)}, this one on ${formatDate(older.submitted)}`;
  if (newer.modified !== undefined && older.modified !== undefined && newer.modified !== older.modified)
    return 'its file was saved later';
  if (newer.source !== older.source) return 'neither date tells them apart, and its file name comes later';
  return newer.position !== older.position ? 'it comes later in the workbook' : null;
}

/** Positive when `a` is the newer version. */
function compareVersions(a: SiteMonthReturn, b: SiteMonthReturn): number {
  if (a.submitted && b.submitted && compareDates(a.submitted, b.submitted) !== 0)
    return compareDates(a.submitted, b.submitted);
  if (a.modified !== undefined && b.modified !== undefined && a.modified !== b.modified) return a.modified - b.modified;
  return compareText(a.source, b.source) || a.position - b.position;
}

/** A return's file, without the folders of the machine that read it (as the File column shows it), and sheet. */
const where = (r: SiteMonthReturn) => `${fileName(r.source)}, sheet "${r.sheet}"`;

/** The version of one site and month that counts, from every return given for it. */
export function pickNewest(group: SiteMonthReturn[]): Picked {
  const counted = group.reduce((best, r) => (compareVersions(r, best) > 0 ? r : best));
  const others = group.filter((r) => r !== counted);
  // Files are read in parallel: list by where they came from, not by which read finished first.
  const older = others
    .filter((r) => r.content !== counted.content)
    .sort((a, b) => compareText(a.source, b.source) || compareText(a.sheet, b.sheet));
  const picked: Picked = { counted, copies: others.length - older.length, notIncluded: [] };
  if (older.length === 0) return picked;
  picked.replacement = {
    site: counted.site,
    month: counted.month,
    counted: { source: counted.source, sheet: counted.sheet },
    replaced: older.map((r) => ({ source: r.source, sheet: r.sheet })),
  };
  picked.notIncluded = older.map((r) => ({
    source: r.source,
    sheet: r.sheet,
    kind: 'replaced',
    reason:
      `Replaced by a newer version: ${counted.site}, ${monthName(counted.month)} is counted from ${where(counted)} ` +
      `(${newerBecause(counted, r) ?? 'the same return'}), not from ${where(r)}.`,
  }));
  return picked;
}
