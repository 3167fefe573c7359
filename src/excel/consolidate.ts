/**
 * The programme view in the open workbook: its monthly report sheets consolidated into the programme
 * sheets, with native charts. Reading takes two round trips and one per part of about 4 MB of cells
 * (read-grid.ts; what the workbook holds rides along in the first), writing the sheets one, and the
 * charts one more, so a chart Excel refuses never costs the sheets. "Add charts" puts the charts on a programme workbook made earlier,
 * e.g. by the command line, which cannot write charts: three round trips.
 */
import { ReturnInput, collectReturns } from '../consolidate/collect';
import { nothingIncludedReason } from '../consolidate/extent';
import { Programme, summariseProgramme } from '../consolidate/programme';
import { MonthlyReportDefinition, NATIONAL_DEFINITION } from '../monthly/definition';
import { CellValue } from '../sheets/model';
import { ExistingChoice, toolkitMadeClashes } from '../sheets/placement';
import {
  ChartPlan,
  LocatedChart,
  PROGRAMME_DOCUMENT,
  PROGRAMME_SHEETS,
  buildProgrammeWorkbook,
  locateChart,
  programmeCharts,
  programmeStamp,
} from '../sheets/programme-sheets';
import { StampEntry, parseRegistry } from '../sheets/stamp';
import { InsertPlan, InsertResult, applyInsert } from './insert-framework';
import { readWorkbook } from './read-grid';
import { queueWorkbookState } from './workbook-state';

/** How the open workbook is named where a return's file would be. */
export const THIS_WORKBOOK = 'This workbook';

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

export interface ChartsResult {
  /** Names of the charts added, e.g. "STR_WorkersInPost". */
  added: string[];
  /** Charts left out because their sheet or data is not there, in plain words. */
  skipped: string[];
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
  // Queued before the grid read, so it travels in that read's first round trip.
  const readState = queueWorkbookState(context);
  let inputs = options.inputs;
  let syncs = 1;
  if (inputs) await context.sync();
  else {
    const read = await readWorkbook(context);
    inputs = [{ source: THIS_WORKBOOK, grid: read.grid }];
    syncs = read.syncs;
  }
  const state = readState();
  const registered = parseRegistry(state.registry ?? []);
  const programme = summariseProgramme(collectReturns(inputs, { today: options.today ?? now }));
  // The same refusal as the command line's exit status 1: no programme view without a return in it.
  const nothing = nothingIncludedReason(programme);
  if (nothing && !options.inputs && programme.notFilled === 0 && programme.notIncluded.every((n) => n.sheet === '')) {
    throw new ProgrammeError(
      'This workbook has no monthly report sheets to consolidate. Create or copy in the monthly reports first.',
    );
  }
  if (nothing) throw new ProgrammeError(`${nothing} ${notIncludedSummary(programme)}`.trim());
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

/** The reasons the first few returns were left out, for a message. */
function notIncludedSummary(programme: Programme): string {
  const shown = programme.notIncluded
    .slice(0, 3)
    .map((n) => `${n.source}${n.sheet ? ` › ${n.sheet}` : ''}: ${n.reason}`);
  const more = programme.notIncluded.length - shown.length;
  return shown.join(' ') + (more > 0 ? ` (and ${more} more)` : '');
}

/** Sync 3 writes the sheets; sync 4 adds the charts to them. */
export async function applyProgramme(
  context: Excel.RequestContext,
  plan: ProgrammePlan,
  choice: ExistingChoice,
): Promise<ProgrammeResult> {
  const written = await applyInsert(context, plan, choice);
  const renamed = new Map(written.renamed.map((r) => [r.from, r.to]));
  const rows = new Map(plan.spec.sheets.map((s) => [s.name, s.rows]));
  const charts = programmeCharts(plan.programme.definition).map((chart) => ({
    chart,
    sheet: renamed.get(chart.sheet) ?? chart.sheet,
    located: locateChart(chart, rows.get(chart.sheet) ?? []),
  }));
  const queued = queueCharts(context, charts, new Map());
  const done = { ...written, syncs: written.syncs + 1, programme: plan.programme };
  try {
    await context.sync();
  } catch (error) {
    // The sheets are written; say what happened to the charts rather than lose the whole result.
    const message = error instanceof Error ? error.message : String(error);
    const skipped = [
      `Excel could not add the charts (${message}). The programme sheets are there: choose "Add charts" to try again.`,
    ];
    return { ...done, charts: { added: [], skipped } };
  }
  return { ...done, charts: queued };
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

interface ChartTarget {
  chart: ChartPlan;
  /** The sheet's name in this workbook. */
  sheet: string;
  located: LocatedChart | null;
}

/** Queues each chart (replacing an earlier chart of the toolkit's with the same name on that sheet). */
function queueCharts(
  context: Excel.RequestContext,
  targets: ChartTarget[],
  earlier: Map<string, Excel.Chart[]>,
): ChartsResult {
  const added: string[] = [];
  const skipped: string[] = [];
  for (const { chart, sheet, located } of targets) {
    if (!located) {
      skipped.push(`"${chart.title}": "${sheet}" has no ${chart.blockHeader.toLowerCase()} rows to chart.`);
      continue;
    }
    for (const old of earlier.get(sheet) ?? []) if (old.name === chart.name) old.delete();
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const made = worksheet.charts.add(chart.type, worksheet.getRange(located.source), 'Columns');
    made.name = chart.name;
    made.title.text = chart.title;
    made.setPosition(located.from, located.to);
    added.push(chart.name);
  }
  return { added, skipped };
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
