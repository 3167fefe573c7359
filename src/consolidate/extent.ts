/**
 * How much a consolidation covers, in words. Its own module, with no value imports of the collector, so
 * the task pane can say it without loading the checker and framework data with its first script.
 */
import { monthName } from '../monthly/month';
import { counted, notFilledIn } from '../words';
import type { Programme } from './programme';

/** “29 returns from 10 sites, March 2008 to May 2008”: the same words on the sheet, in the pane and on the command line. */
export function programmeExtent(programme: Programme): string {
  const { returns, months } = programme;
  const sites = new Set(programme.latest.map((r) => r.site)).size;
  const span =
    months.length === 0
      ? 'no months'
      : months.length === 1
        ? monthName(months[0])
        : `${monthName(months[0])} to ${monthName(months[months.length - 1])}`;
  return `${counted(returns.length, 'return')} from ${counted(sites, 'site')}, ${span}`;
}

/**
 * What else the consolidation did, beyond the extent: months not filled in yet, copies of a return sent
 * again, versions replaced by a newer one. The pane and the command line say the same.
 */
export function programmeNotes(programme: Programme): string[] {
  const notes: string[] = [];
  if (programme.notFilled > 0) notes.push(`${notFilledIn(programme.notFilled)}, so not counted.`);
  if (programme.identicalCopies > 0)
    notes.push(
      `${counted(programme.identicalCopies, 'copy', 'copies')} of a return given again unchanged, counted once.`,
    );
  const replaced = programme.replaced.reduce((n, r) => n + r.replaced.length, 0);
  if (replaced > 0)
    notes.push(`${counted(replaced, 'earlier version')} replaced by a newer version of the same site and month.`);
  return notes;
}

/** Why a consolidation included no return at all, in plain words; null when it included some. */
export function nothingIncludedReason(programme: Programme): string | null {
  if (programme.returns.length > 0) return null;
  const left = programme.notIncluded.length;
  if (programme.notFilled > 0 && left === 0)
    return `Nothing was consolidated: no month is filled in yet (${notFilledIn(programme.notFilled)}).`;
  if (left > 0) return 'Nothing was consolidated: none of the returns given could be included.';
  return 'Nothing was consolidated: no monthly return was given.';
}
