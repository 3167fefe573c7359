/**
 * The team view in the open workbook: the workers' KSF outlines and role profiles (in this workbook, or
 * in files the user picked) brought into the team sheets, with native charts. Reading this workbook takes
 * two round trips however many sheets (read-grid.ts; only the toolkit's own sheets' cells are read, and
 * what the workbook holds rides along in the first); picked files need one. Writing the sheets takes one
 * round trip per 4 MB part (one for a team of 30, two for 300), and the charts one more, so a chart Excel
 * refuses never costs the sheets.
 */
import { TeamInput, collectTeam } from '../consolidate/team/collect-team';
import { Team } from '../consolidate/team/types';
import { TEAM_DOCUMENT } from '../sheets/document-kinds';
import { ExistingChoice, toolkitMadeClashes } from '../sheets/placement';
import { REGISTRY_SHEET, StampEntry } from '../sheets/stamp';
import { ChartPlan } from '../sheets/chart-plan';
import { TEAM_CHARTS, TEAM_SHEETS, buildTeamWorkbook, teamChartAltText, teamStamp } from '../sheets/team-sheets';
import { ChartsResult, addChartsToMadeSheets, applyInsertWithCharts } from './charts';
import { InsertPlan, InsertResult } from './insert-framework';
import { notIncludedSummary, readSummaryInputs } from './summary-inputs';

export interface TeamPlan extends InsertPlan {
  team: Team;
  /** Every team named on the outlines read, whichever team is kept: the pane's team filter offers them. */
  teams: string[];
  /** Round trips the plan took: one with picked files; for this workbook, those of read-grid.ts. */
  syncs: number;
}

export interface TeamViewOptions {
  /** "Today" for due and overdue, ISO "YYYY-MM-DD" (the command line's --as-of). */
  asOf: string;
  /** Keep one team (the command line's --team); every worker when omitted. */
  team?: string;
  /** When the sheets were made, for their stamp; default now. */
  now?: Date;
  /** Workbooks read from files the user picked; without them, this workbook's own sheets are read. */
  inputs?: TeamInput[];
}

export interface TeamResult extends InsertResult {
  team: Team;
  teams: string[];
  charts: ChartsResult;
}

/** A user-facing problem: there is nothing to make team sheets from (nothing was changed). */
export class TeamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamError';
  }
}

/** Only the toolkit's own sheets can hold outlines and profiles: other sheets' cells are not read. */
const toolkitSheet = (sheet: string, registered: StampEntry[]) =>
  sheet === REGISTRY_SHEET || registered.some((e) => e.sheet.toLowerCase() === sheet.toLowerCase());

/** Reads (one round trip with picked files, see summary-inputs.ts), collects the team and plans its sheets. */
export async function planTeam(context: Excel.RequestContext, options: TeamViewOptions): Promise<TeamPlan> {
  const now = options.now ?? new Date();
  const { state, registered, inputs, thisWorkbook, syncs } = await readSummaryInputs(
    context,
    options.inputs,
    toolkitSheet,
  );
  const team = collectTeam(inputs, { asOf: options.asOf, team: options.team });
  const teams = team.teams.filter((name) => name.trim() !== '');
  if (team.members.length === 0 && team.otherTeams === 0) {
    throw new TeamError(
      thisWorkbook
        ? 'This workbook has no KSF outlines made by the STR Toolkit. Make the outlines first (People), or choose the workers’ files.'
        : `None of the chosen files holds a KSF outline made by the STR Toolkit. ${notIncludedSummary(team.notIncluded)}`.trim(),
    );
  }
  if (team.members.length === 0) {
    throw new TeamError(`No worker is in the team “${options.team}”. The teams found are: ${teams.join(', ')}.`);
  }
  const spec = buildTeamWorkbook(team, { chartsNote: false, generated: now });
  return {
    spec,
    state,
    registered,
    clashes: toolkitMadeClashes(spec, state, registered),
    stamp: teamStamp(now),
    team,
    teams,
    syncs,
  };
}

/** Writes the team sheets (a round trip per 4 MB part), then the charts in one more. */
export async function applyTeam(
  context: Excel.RequestContext,
  plan: TeamPlan,
  choice: ExistingChoice,
): Promise<TeamResult> {
  const result = await applyInsertWithCharts(context, plan, choice, teamCharts(plan.team), {
    sheets: 'team sheets',
    retry: 'choose "Add charts" to try again.',
  });
  return { ...result, team: plan.team, teams: plan.teams };
}

/**
 * The team charts with their alt text: with the team at hand, the numbers the chart shows, in words; for
 * "Add charts" on sheets made earlier, what the chart shows and where its numbers are.
 */
export function teamCharts(team?: Team): ChartPlan[] {
  return TEAM_CHARTS.map((plan) => ({
    ...plan,
    description: team
      ? teamChartAltText(plan, team)
      : `${plan.title}. The numbers are in the table beside the chart, on the “${plan.sheet}” sheet.`,
  }));
}

/** "Add charts": the native charts on team sheets made earlier, e.g. by the command line (three round trips). */
export function addTeamCharts(context: Excel.RequestContext): Promise<ChartsResult & { syncs: number }> {
  return addChartsToMadeSheets(context, TEAM_DOCUMENT, teamCharts(), () => {
    return new TeamError(
      `This workbook has no "${TEAM_SHEETS.summary}", "${TEAM_SHEETS.levels}" or "${TEAM_SHEETS.training}" sheet made by ` +
        'the STR Toolkit. Open a team workbook made by "str-toolkit team", or make the team sheets here first.',
    );
  });
}
