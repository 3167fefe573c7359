/**
 * What the Team view says, free of the DOM and of Office so it is unit-tested: making the team sheets
 * from this workbook or from picked files, and the "as of" date it was given.
 */
import type { TeamResult } from '../excel/team';
import { DayDate, formatDate, parseDateText, spelledDate } from '../grid/dates';
import { counted } from '../words';
import type { InsertOutcome } from './insert-flow';
import type { Message } from './messages';
import { SourceLabels, nothingChangedMessage, sheetsMadeMessage, sourceWords } from './summary-messages';

export const TEAM_LABELS: SourceLabels = {
  here: 'Team sheets from this workbook',
  hereNote: 'Uses the KSF outlines and role profiles the toolkit made in this workbook.',
  filesHeading: 'Workers’ files',
  filesLabel: 'Workers’ workbooks',
  filesHint: 'Choose the workbooks with the workers’ KSF outlines (.xlsx files). Hold Ctrl or Shift to choose several.',
  picked: 'Team sheets from chosen files',
  chartsNote: 'Adds charts to team sheets made earlier, for example by the command line, which cannot draw charts.',
};

export const TEAM_WORDS = sourceWords({
  working: {
    title: 'Making the team sheets…',
    doing: 'The toolkit is reading every worker’s KSF outline and role profile.',
  },
  files: 'workbooks',
  filesInFull: 'workers’ workbooks',
  picked: TEAM_LABELS.picked,
  failed: 'No team sheets were made',
});

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
  if (outcome.kind === 'cancelled' || !result) return nothingChangedMessage('team sheets');
  const { team } = result;
  const t = team.totals;
  const asOf = readAsOf(team.asOf);
  const who = team.team ? `${counted(t.workers, 'worker')} in the team “${team.team}”` : counted(t.workers, 'worker');
  const counts =
    `${who}, as of ${asOf.ok ? spelledDate(asOf.date) : team.asOf}: ` +
    `${counted(t.reviewsOverdue, 'review')} overdue, ${t.reviewsDueSoon} due soon, ${t.unsigned} not signed; ` +
    `${counted(t.pdpOverdue, 'development-plan action')} overdue.`;
  const teams =
    result.teams.length > 1 && !team.team
      ? [`Teams found: ${result.teams.join(', ')}. To see one team, choose it under Team and make the sheets again.`]
      : [];
  return sheetsMadeMessage('Team sheets made', result, team.notIncluded, [counts], teams);
}
