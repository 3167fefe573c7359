/**
 * The programme view in the open workbook: its monthly report sheets consolidated into the programme
 * sheets, with native charts. Reading takes two round trips and one per part of about 4 MB of cells
 * (read-grid.ts; what the workbook holds rides along in the first), writing the sheets one, and the
 * charts one more, so a chart Excel refuses never costs the sheets. "Add charts" puts the charts on a
 * programme workbook made earlier, e.g. by the command line, which cannot write charts (charts.ts).
 */
import { ReturnInput, collectReturns } from '../consolidate/collect';
import { nothingIncludedReason } from '../consolidate/extent';
import { Programme, summariseProgramme } from '../consolidate/programme';
import { MonthlyReportDefinition, NATIONAL_DEFINITION } from '../monthly/definition';
import { PROGRAMME_DOCUMENT } from '../sheets/document-kinds';
import { ExistingChoice, toolkitMadeClashes } from '../sheets/placement';
import { PROGRAMME_SHEETS, buildProgrammeWorkbook, programmeCharts, programmeStamp } from '../sheets/programme-sheets';
import { ChartsResult, addChartsToMadeSheets, applyInsertWithCharts } from './charts';
import { InsertPlan, InsertResult } from './insert-framework';
import { notIncludedSummary, readSummaryInputs } from './summary-inputs';

export { THIS_WORKBOOK } from './summary-inputs';

export interface ProgrammePlan extends InsertPlan {
  programme: Programme;
  /** Round trips the plan took: one with picked files, two and one per part of cells for this workbook. */
  syncs: number;
}

export interface ProgrammeOptions {
  /** For the checker's date rules; default now. */
  today?: Date;
  now?: Date;
  /**
   * Returns read from files the user picked (src/taskpane/picked-files.ts). Without them, the open
   * workbook's own monthly sheets are consolidated.
   */
  inputs?: ReturnInput[];
}

export interface ProgrammeResult extends InsertResult {
  programme: Programme;
  charts: ChartsResult;
}

/** A user-facing problem with the workbook (nothing was changed). */
export class ProgrammeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgrammeError';
  }
}

/**
 * Syncs 1–3 (more for a workbook of many large sheets): read every sheet, consolidate the monthly
 * returns among them, and plan the programme sheets (clashes name earlier programme sheets the task
 * pane may offer to replace).
 */
export async function planProgramme(
  context: Excel.RequestContext,
  options: ProgrammeOptions = {},
): Promise<ProgrammePlan> {
  const now = options.now ?? new Date();
  const { state, registered, inputs, syncs } = await readSummaryInputs(context, options.inputs);
  const programme = summariseProgramme(collectReturns(inputs, { today: options.today ?? now }));
  // The same refusal as the command line's exit status 1: no programme view without a return in it.
  const nothing = nothingIncludedReason(programme);
  if (nothing && !options.inputs && programme.notFilled === 0 && programme.notIncluded.every((n) => n.sheet === '')) {
    throw new ProgrammeError(
      'This workbook has no monthly report sheets to consolidate. Create or copy in the monthly reports first.',
    );
  }
  if (nothing) throw new ProgrammeError(`${nothing} ${notIncludedSummary(programme.notIncluded)}`.trim());
  const spec = buildProgrammeWorkbook(programme, { chartsNote: false, generated: now });
  return {
    spec,
    state,
    registered,
    clashes: toolkitMadeClashes(spec, state, registered),
    stamp: programmeStamp(programme.definition, now),
    programme,
    syncs,
  };
}

/** Sync 3 writes the sheets; sync 4 adds the charts to them. */
export async function applyProgramme(
  context: Excel.RequestContext,
  plan: ProgrammePlan,
  choice: ExistingChoice,
): Promise<ProgrammeResult> {
  const result = await applyInsertWithCharts(context, plan, choice, programmeCharts(plan.programme.definition), {
    sheets: 'programme sheets',
    retry: 'choose "Add charts" to try again.',
  });
  return { ...result, programme: plan.programme };
}

/**
 * Consolidate the open workbook's monthly sheets: the plan's reads (three round trips for most workbooks),
 * one write and one for the charts.
 */
export async function consolidateWorkbook(
  context: Excel.RequestContext,
  choice: ExistingChoice = 'keep-both',
  options: ProgrammeOptions = {},
): Promise<ProgrammeResult> {
  const plan = await planProgramme(context, options);
  const result = await applyProgramme(context, plan, choice);
  return { ...result, syncs: result.syncs + plan.syncs };
}

/**
 * "Add charts": native charts on the programme sheets of this workbook, found by their stamp, in three
 * round trips (see addChartsToMadeSheets).
 */
export function addProgrammeCharts(
  context: Excel.RequestContext,
  definition: MonthlyReportDefinition = NATIONAL_DEFINITION,
): Promise<ChartsResult & { syncs: number }> {
  return addChartsToMadeSheets(context, PROGRAMME_DOCUMENT, programmeCharts(definition), () => {
    return new ProgrammeError(
      `This workbook has no "${PROGRAMME_SHEETS.trends}", "${PROGRAMME_SHEETS.areas}" or "${PROGRAMME_SHEETS.objectives}" ` +
        'sheet made by the STR Toolkit. Open a programme workbook made by "consolidate", or consolidate the monthly reports here first.',
    );
  });
}
