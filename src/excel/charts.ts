/**
 * Draws the toolkit's native charts (src/sheets/chart-plan.ts) in the open workbook: each on its sheet,
 * over its block of cells, with its title and alt text, replacing an earlier chart of the toolkit's with
 * the same name. Only queues: the caller syncs once for all the charts, after the sheets are written, so
 * a chart Excel refuses never costs the sheets.
 */
import { ChartPlan, LocatedChart, locateChart } from '../sheets/chart-plan';
import { WorkbookSpec } from '../sheets/model';
import { CellValue } from '../sheets/model';
import { ExistingChoice } from '../sheets/placement';
import { StampEntry, parseRegistry } from '../sheets/stamp';
import { InsertPlan, InsertResult, applyInsert } from './insert-framework';
import { fromA1, queueWorkbookState } from './workbook-state';

export interface ChartTarget {
  chart: ChartPlan;
  /** The sheet's name in this workbook (a kept copy may be "Trends (2)"). */
  sheet: string;
  located: LocatedChart | null;
}

export interface ChartsResult {
  /** Names of the charts added, e.g. "STR_WorkersInPost". */
  added: string[];
  /** Charts left out because their sheet or data is not there, in plain words. */
  skipped: string[];
}

/** Each chart on its sheet as just written from `spec` (`renamed`: the sheets that got another name). */
export function writtenChartTargets(
  plans: ChartPlan[],
  spec: WorkbookSpec,
  renamed: { from: string; to: string }[],
): ChartTarget[] {
  const names = new Map(renamed.map((r) => [r.from, r.to]));
  const rows = new Map(spec.sheets.map((s) => [s.name, s.rows]));
  return plans.map((chart) => ({
    chart,
    sheet: names.get(chart.sheet) ?? chart.sheet,
    located: locateChart(chart, rows.get(chart.sheet) ?? []),
  }));
}

/**
 * Queues each chart. `earlier` holds the charts already on each sheet (loaded by the caller), so the
 * toolkit's own chart of the same name is deleted first rather than duplicated.
 */
export function queueCharts(
  context: Excel.RequestContext,
  targets: ChartTarget[],
  earlier: Map<string, Excel.Chart[]> = new Map(),
): ChartsResult {
  const added: string[] = [];
  const skipped: string[] = [];
  for (const { chart, sheet, located } of targets) {
    if (!located) {
      // "Month" reads "month rows"; a code such as "NOS" stays as it is.
      const rows = /^[A-Z]+$/.test(chart.blockHeader) ? chart.blockHeader : chart.blockHeader.toLowerCase();
      skipped.push(`"${chart.title}": "${sheet}" has no ${rows} rows to chart.`);
      continue;
    }
    for (const old of earlier.get(sheet) ?? []) if (old.name === chart.name) old.delete();
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const made = worksheet.charts.add(chart.type, worksheet.getRange(located.source), 'Columns');
    made.name = chart.name;
    made.title.text = chart.title;
    made.setPosition(located.from, located.to);
    // A chart is a shape of the same name; its alt text is the shape's (ExcelApi 1.9, as the pane requires).
    const shape = worksheet.shapes.getItem(chart.name);
    shape.altTextTitle = chart.title;
    shape.altTextDescription = chart.description;
    added.push(chart.name);
  }
  return { added, skipped };
}

/** Sheets written, then the charts in one more round trip; a refusal is reported, the sheets stay. */
export async function syncCharts(
  context: Excel.RequestContext,
  targets: ChartTarget[],
  what: { sheets: string; retry: string },
): Promise<ChartsResult> {
  const queued = queueCharts(context, targets);
  try {
    await context.sync();
  } catch (error) {
    // The sheets are written; say what happened to the charts rather than lose the whole result.
    const message = error instanceof Error ? error.message : String(error);
    const skipped = [`Excel could not add the charts (${message}). The ${what.sheets} are there: ${what.retry}`];
    return { added: [], skipped };
  }
  return queued;
}

/**
 * Writes the plan's sheets (one round trip per 4 MB part, usually one), then draws `charts` on them in one
 * more round trip. `what` words the note when Excel refuses the charts.
 */
export async function applyInsertWithCharts(
  context: Excel.RequestContext,
  plan: InsertPlan,
  choice: ExistingChoice,
  charts: ChartPlan[],
  what: { sheets: string; retry: string },
): Promise<InsertResult & { charts: ChartsResult }> {
  const written = await applyInsert(context, plan, choice);
  const drawn = await syncCharts(context, writtenChartTargets(charts, plan.spec, written.renamed), what);
  return { ...written, syncs: written.syncs + 1, charts: drawn };
}

/** A sheet name without the " (2)" a kept second copy gets. */
const baseName = (sheet: string) => sheet.replace(/ \(\d+\)$/, '');

/** The latest sheet of each name that the registry lists for `document` and the workbook still has. */
export function latestMadeSheets(
  sheetNames: string[],
  registered: StampEntry[],
  document: string,
): Map<string, string> {
  const present = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const latest = new Map<string, string>();
  for (const entry of registered) {
    const name = present.get(entry.sheet.toLowerCase());
    if (entry.document === document && name) latest.set(baseName(name), name);
  }
  return latest;
}

/**
 * "Add charts": the charts of `plans` on the sheets of `document` made earlier (say, by the command line,
 * which cannot draw charts), found by their stamp. Sync 1 finds the sheets, sync 2 reads their cells and
 * charts, sync 3 adds the charts, replacing the toolkit's own. `nothingThere` is thrown when no sheet is found.
 */
export async function addChartsToMadeSheets(
  context: Excel.RequestContext,
  document: string,
  plans: ChartPlan[],
  nothingThere: () => Error,
): Promise<ChartsResult & { syncs: number }> {
  // Charts go on existing sheets: a protected workbook structure does not stop them.
  const readState = queueWorkbookState(context, { addsSheets: false });
  await context.sync();
  const state = readState();
  const sheets = latestMadeSheets(state.sheetNames, parseRegistry(state.registry ?? []), document);
  const wanted = plans.filter((p) => sheets.has(p.sheet));
  if (wanted.length === 0) throw nothingThere();
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
