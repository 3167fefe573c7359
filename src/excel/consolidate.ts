/**
 * The programme view in the open workbook: its monthly report sheets consolidated into the programme
 * sheets, with native charts. Reading takes two round trips however many sheets (read-grid.ts; what the
 * workbook holds rides along in the first), writing the sheets one, and the charts one more, so a chart
 * Excel refuses never costs the sheets. "Add charts" puts the charts on a programme workbook made earlier,
 * e.g. by the command line, which cannot write charts: three round trips.
 */
import { ReturnInput, collectReturns } from '../consolidate/collect';
import { nothingIncludedReason } from '../consolidate/extent';
import { Programme, summariseProgramme } from '../consolidate/programme';
import { MonthlyReportDefinition, NATIONAL_DEFINITION } from '../monthly/definition';
import { CellValue } from '../sheets/model';
import { ExistingChoice, toolkitMadeClashes } from '../sheets/placement';
import { locateChart } from '../sheets/chart-plan';
import {
  PROGRAMME_DOCUMENT,
  PROGRAMME_SHEETS,
  buildProgrammeWorkbook,
  programmeCharts,
  programmeStamp,
} from '../sheets/programme-sheets';
import { StampEntry, parseRegistry } from '../sheets/stamp';
import { ChartsResult, applyInsertWithCharts, queueCharts } from './charts';
import { InsertPlan, InsertResult } from './insert-framework';
import { notIncludedSummary, readSummaryInputs } from './summary-inputs';
import { queueWorkbookState } from './workbook-state';

export { THIS_WORKBOOK } from './summary-inputs';

export interface ProgrammePlan extends InsertPlan {
  programme: Programme;
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
 * Syncs 1–2: read every sheet, consolidate the monthly returns among them, and plan the programme sheets
 * (clashes name earlier programme sheets the task pane may offer to replace).
 */
export async function planProgramme(
  context: Excel.RequestContext,
  options: ProgrammeOptions = {},
): Promise<ProgrammePlan> {
  const now = options.now ?? new Date();
  const { state, registered, inputs } = await readSummaryInputs(context, options.inputs);
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

/** Consolidate the open workbook's monthly sheets in four round trips (two read, one write, one charts). */
export async function consolidateWorkbook(
  context: Excel.RequestContext,
  choice: ExistingChoice = 'keep-both',
  options: ProgrammeOptions = {},
): Promise<ProgrammeResult> {
  const result = await applyProgramme(context, await planProgramme(context, options), choice);
  return { ...result, syncs: result.syncs + 2 };
}

/** A sheet name without the " (2)" a kept second copy gets. */
const baseName = (sheet: string) => sheet.replace(/ \(\d+\)$/, '');

/** The latest programme sheet of each name the registry lists and the workbook still has. */
export function programmeSheets(sheetNames: string[], registered: StampEntry[]): Map<string, string> {
  const present = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const latest = new Map<string, string>();
  for (const entry of registered) {
    const name = present.get(entry.sheet.toLowerCase());
    if (entry.document === PROGRAMME_DOCUMENT && name) latest.set(baseName(name), name);
  }
  return latest;
}

/**
 * "Add charts": native charts on the programme sheets of this workbook, found by their stamp. Sync 1 finds
 * the sheets, sync 2 reads their cells and charts, sync 3 adds the charts (replacing the toolkit's own).
 */
export async function addProgrammeCharts(
  context: Excel.RequestContext,
  definition: MonthlyReportDefinition = NATIONAL_DEFINITION,
): Promise<ChartsResult & { syncs: number }> {
  // Charts go on existing sheets: a protected workbook structure does not stop them.
  const readState = queueWorkbookState(context, { addsSheets: false });
  await context.sync();
  const state = readState();
  const sheets = programmeSheets(state.sheetNames, parseRegistry(state.registry ?? []));
  const plans = programmeCharts(definition);
  const wanted = plans.filter((p) => sheets.has(p.sheet));
  if (wanted.length === 0) {
    throw new ProgrammeError(
      `This workbook has no "${PROGRAMME_SHEETS.trends}", "${PROGRAMME_SHEETS.areas}" or "${PROGRAMME_SHEETS.objectives}" ` +
        'sheet made by the STR Toolkit. Open a programme workbook made by "consolidate", or consolidate the monthly reports here first.',
    );
  }
  const reads = wanted.map((chart) => {
    const sheet = context.workbook.worksheets.getItem(sheets.get(chart.sheet)!);
    return {
      chart,
      name: sheets.get(chart.sheet)!,
      used: sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'),
      charts: sheet.charts.load('items/name'),
    };
  });
  await context.sync();
  const earlier = new Map(reads.map((r) => [r.name, r.charts.items]));
  const targets = reads.map(({ chart, name, used }) => ({
    chart,
    sheet: name,
    located: used.isNullObject
      ? null
      : locateChart(chart, fromA1(used.values as CellValue[][], used.rowIndex, used.columnIndex)),
  }));
  const result = queueCharts(context, targets, earlier);
  const missing = plans
    .filter((p) => !sheets.has(p.sheet))
    .map((p) => `"${p.title}": this workbook has no "${p.sheet}" sheet made by the STR Toolkit.`);
  await context.sync();
  return { added: result.added, skipped: [...missing, ...result.skipped], syncs: 3 };
}

/** A used range's values as rows from A1. */
function fromA1(values: CellValue[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const lead: CellValue[] = Array.from({ length: columnIndex }, () => null);
  return [...Array.from({ length: rowIndex }, () => []), ...values.map((row) => [...lead, ...row])];
}
