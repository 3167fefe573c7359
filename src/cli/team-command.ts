/** `str-toolkit team FILE... -o team.xlsx [--json] [--as-of DATE] [--team NAME]`: a team's KSF reviews in one workbook. */
import { isoDay } from '../check/ksf/grid-reader';
import { nameKey } from '../consolidate/team/collect-team';
import type { Team } from '../consolidate/team/types';
import { formatDate, parseDateText, parseIsoDate } from '../grid/dates';
import { teamFromFiles, writeTeamFile } from '../xlsx/team-files';
import { counted } from '../words';
import { runBatchCommand } from './batch-command';
import { Command } from './command';
import { closest } from './did-you-mean';
import { UserError } from '../errors';
import { teamJson } from './team-json';

const HELP = `Usage: str-toolkit team FILE... -o TEAM.xlsx [--as-of DATE] [--team NAME] [--force] [--json]

Reads the role profiles and KSF outlines made by the STR Toolkit (one worker a workbook, or a
staff list's many in one) and writes one team workbook: a summary per worker (last review, next
review due, gateways, signatures, the checker's errors and warnings), KSF levels per dimension,
NOS self-assessments, every development-plan action, the team's training needs with the NVQ
Level 3 units and core tasks behind them, and what was not included. FILE may be a folder or a
pattern such as "outlines/*.xlsx". The same worker found twice counts once: the later review.

Charts: open the workbook in Excel with the STR Toolkit add-in and choose "Add charts".

  -o, --out FILE  the team workbook to write (.xlsx)
  --as-of DATE    count due and overdue as of this day (2009-06-15 or 15/06/2009; default today)
  --team NAME     keep only the workers of this team (the outline's "Team")
  --force         replace the --out file if it exists (the old one is kept as a backup)
  --json          print every number on the sheets as JSON (then -o is optional)

Exit status: 0 when workers were read (files left out are listed), 1 when no worker could be
included (nothing is written; the reasons are listed), 2 on a usage problem or when a file,
folder or pattern named found no workbook ("not found"; nothing is written).`;

export const teamCommand: Command = {
  name: 'team',
  summary: "a team's KSF reviews, development plans and training needs in one workbook",
  help: HELP,
  options: {
    out: { type: 'string', short: 'o' },
    'as-of': { type: 'string' },
    team: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  allowPositionals: true,
  run(values, positionals, io) {
    const asOf = values['as-of'] === undefined ? isoDay(new Date()) : parseAsOf(String(values['as-of']));
    const teamName = typeof values.team === 'string' ? values.team : undefined;
    if (teamName !== undefined && nameKey(teamName) === '') throw new UserError('Name the team after --team.');
    return runBatchCommand<Team>(
      {
        help: HELP,
        nothingNamed: 'Name at least one workbook of KSF outlines.',
        progressLabel: 'Reading outlines',
        read: (files, onEach) => teamFromFiles(files, { asOf, team: teamName, onEach }),
        nothingIncluded,
        write: (out, team, force) => writeTeamFile(out, team, new Date(), force),
        json: teamJson,
        summary,
      },
      values,
      positionals,
      io,
    );
  },
};

/** "2009-06-15", "15/06/2009" or "15 June 2009" → ISO; anything else is a usage problem. */
export function parseAsOf(text: string): string {
  const d = parseIsoDate(text.trim()) ?? parseDateText(text.trim());
  if (!d) throw new UserError(`--as-of needs a date such as 2009-06-15 or 15/06/2009, not "${text}".`);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Why nothing can be written, or null when some worker was included. */
function nothingIncluded(team: Team): string | null {
  if (team.members.length > 0) return null;
  if (team.team !== null && team.otherTeams > 0) {
    const named = team.teams.filter((t) => t !== '');
    const meant = closest(team.team, named);
    return (
      `No worker is in team "${team.team}".${meant ? ` Did you mean "${meant}"?` : ''} ` +
      `The outlines name ${named.length ? named.map((t) => `"${t}"`).join(', ') : 'no team'}.`
    );
  }
  return 'No KSF outline could be included (the reasons are listed above).';
}

function summary(team: Team, out: string): string {
  const t = team.totals;
  const asOf = formatDate(parseIsoDate(team.asOf)!);
  const lines = [
    `${out ? `Wrote ${out}: ` : ''}${counted(t.workers, 'worker')}${team.team ? ` in team "${team.team}"` : ''}, as of ${asOf}.`,
    `Reviews: ${t.reviewsOverdue} overdue, ${t.reviewsDueSoon} due in the next 3 months, ${t.noReview} not held yet; ${t.unsigned} not signed.`,
    `Development plans: ${counted(t.pdpActions, 'action')}, ${t.pdpOverdue} overdue. Training needs: ${counted(team.trainingNeeds.length, 'NOS', 'NOS')}.`,
    `The checker found ${counted(t.errors, 'error')} and ${counted(t.warnings, 'warning')} on these outlines and profiles.`,
  ];
  if (team.otherTeams > 0) lines.push(`${counted(team.otherTeams, 'worker')} of other teams left out (--team).`);
  if (team.notIncluded.length > 0) {
    lines.push(`${team.notIncluded.length} not included (listed on the "Not included" sheet):`);
    for (const n of team.notIncluded) lines.push(`  ${n.source}${n.sheet ? ` › ${n.sheet}` : ''}: ${n.reason}`);
  }
  return lines.join('\n');
}
