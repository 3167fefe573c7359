/**
 * What the Team view says, free of the DOM and of Office so it is unit-tested: making the team sheets
 * from this workbook or from picked files, and the "as of" date it was given.
 */
import type { TeamResult } from '../excel/team';
import { DayDate, formatDate, parseDateText, spelledDate } from '../grid/dates';
import { counted } from '../words';
import type { InsertOutcome } from './insert-flow';
import { Message, listNames } from './messages';
import { chartLines, notIncludedLines } from './summary-messages';

export const MAKING_TEAM: Message = {
  tone: 'info',
  title: 'Making the team sheets…',
  lines: ['The toolkit is reading every worker’s KSF outline and role profile. Please keep this workbook open.'],
};

export const READING_TEAM_FILES: Message = {
  tone: 'info',
  title: 'Reading the chosen workbooks…',
  lines: ['Each file is read on its own; one that cannot be read is listed, and the others go on.'],
};

export const NO_TEAM_FILES_PICKED: Message = {
  tone: 'error',
  title: 'No files chosen',
  lines: ['Choose one or more workers’ workbooks (.xlsx files) first, then choose Team sheets from chosen files.'],
};

export const CANCELLED_TEAM_READING: Message = {
  tone: 'info',
  title: 'No team sheets were made',
  lines: ['You cancelled while the workbooks were being read. This workbook was not changed.'],
};

/** The "as of" date as typed (UK order, or 2026-12-06), as ISO; or what to fix. */
export function readAsOf(text: string): { ok: true; iso: string; date: DayDate } | { ok: false; problem: string } {
  if (!text.trim()) return { ok: false, problem: 'Type the date reviews are counted from, like 06/12/2026.' };
  const date = parseDateText(text);
  if (!date) return { ok: false, problem: `“${text.trim()}” is not a date. Type it like 06/12/2026.` };
  const iso = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return { ok: true, iso, date };
}

/** Today, as the as-of field shows it at first. */
export function todayText(now = new Date()): string {
  return formatDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

export function teamMessage(outcome: InsertOutcome, result: TeamResult | null): Message {
  if (outcome.kind === 'cancelled' || !result) {
    return {
      tone: 'info',
      title: 'Nothing was changed',
      lines: ['The team sheets the toolkit made earlier are still there, as they were.'],
    };
  }
  const { team } = result;
  const t = team.totals;
  const asOf = readAsOf(team.asOf);
  const who = team.team ? `${counted(t.workers, 'worker')} in the team “${team.team}”` : counted(t.workers, 'worker');
  const lines = [
    `${who}, as of ${asOf.ok ? spelledDate(asOf.date) : team.asOf}: ` +
      `${counted(t.reviewsOverdue, 'review')} overdue, ${t.reviewsDueSoon} due soon, ${t.unsigned} not signed; ` +
      `${counted(t.pdpOverdue, 'development-plan action')} overdue.`,
    `Added ${listNames(result.sheets)}.`,
  ];
  if (result.replaced.length > 0) lines.push(`Removed the earlier ${listNames(result.replaced)}.`);
  lines.push(...notIncludedLines(team.notIncluded));
  lines.push(...chartLines(result.charts));
  if (result.teams.length > 1 && !team.team) {
    lines.push(
      `Teams found: ${result.teams.join(', ')}. To see one team, choose it under Team and make the sheets again.`,
    );
  }
  const left = team.notIncluded.length > 0 || result.charts.skipped.length > 0;
  return { tone: left ? 'warning' : 'success', title: 'Team sheets made', lines };
}
