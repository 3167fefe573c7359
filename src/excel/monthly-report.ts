/**
 * Monthly site reports in the open workbook. Creating a month takes two round trips (read what the workbook
 * holds, then write); twelve take three, the months written six at a time so each request stays well under
 * Excel on the web's 5 MB limit. Adding the next month takes two: the second both writes the
 * new sheet and has Excel copy the site, the lead and, if asked, the carried fields from the latest month's
 * sheet by their names (Range.copyFrom, ExcelApi 1.9), so their values never travel through the add-in.
 */
import { MonthlyReportDefinition, NATIONAL_DEFINITION } from '../monthly/definition';
import { IDENTITY_FIELDS, carriedFields } from '../monthly/fields';
import { Month, addMonths, compareMonths, formatMonth, parseMonth } from '../monthly/month';
import { MONTHLY_DOCUMENT } from '../sheets/document-kinds';
import { ExistingChoice, WorkbookState } from '../sheets/placement';
import { StampEntry, parseRegistry } from '../sheets/stamp';
import {
  MonthlyReportInput,
  buildMonthSheet,
  buildMonthlyReportWorkbook,
  monthlyReportStamp,
} from '../sheets/monthly-report-sheets';
import { InsertPlan, InsertResult, applyInsert, planInsert } from './insert-framework';
import { queueWorkbookState } from './workbook-state';

export interface MonthlyReportRequest extends MonthlyReportInput {
  now?: Date;
}

/** Sync 1: read the workbook and plan the month sheets (clashes tell the task pane what to ask). */
export function planMonthlyReports(context: Excel.RequestContext, request: MonthlyReportRequest): Promise<InsertPlan> {
  const definition = request.definition ?? NATIONAL_DEFINITION;
  return planInsert(
    context,
    buildMonthlyReportWorkbook(request),
    monthlyReportStamp(definition, request.now ?? new Date()),
  );
}

/** Then write the planned sheets: one round trip for up to six months, two for twelve. */
export function applyMonthlyReports(
  context: Excel.RequestContext,
  plan: InsertPlan,
  choice: ExistingChoice,
): Promise<InsertResult> {
  return applyInsert(context, plan, choice);
}

/** Both at once (two round trips for a month, three for twelve). Keeps earlier sheets of the same month. */
export async function createMonthlyReports(
  context: Excel.RequestContext,
  request: MonthlyReportRequest,
  choice: ExistingChoice = 'keep-both',
): Promise<InsertResult> {
  const result = await applyMonthlyReports(context, await planMonthlyReports(context, request), choice);
  return { ...result, syncs: result.syncs + 1 };
}

export interface NextMonthOptions {
  /** Copy each objective's baseline, rating, PDSA number and date achieved, and the steering group date. */
  carryForward: boolean;
  /** The definition the workbook's reports were made from; default the national form. */
  definition?: MonthlyReportDefinition;
  password?: string;
  now?: Date;
}

export interface NextMonthResult extends InsertResult {
  /** The sheet the new month follows and copied from. */
  from: string;
  month: string;
}

/** A user-facing problem with the workbook (nothing was changed). */
export class MonthlyReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MonthlyReportError';
  }
}

/** Adds the month after the latest report sheet, in two round trips. */
export async function addNextMonth(context: Excel.RequestContext, options: NextMonthOptions): Promise<NextMonthResult> {
  const definition = options.definition ?? NATIONAL_DEFINITION;
  const readState = queueWorkbookState(context);
  await context.sync();
  const state = readState();
  const registered = parseRegistry(state.registry ?? []);
  const latest = latestReport(state, registered);
  if (!latest) {
    throw new MonthlyReportError(
      'This workbook has no monthly report sheet yet, so there is no month to follow. Create a report first.',
    );
  }
  if (
    options.carryForward &&
    (latest.entry.template !== definition.id || latest.entry.templateVersion !== definition.version)
  ) {
    throw new MonthlyReportError(
      `"${latest.sheet}" was made from another version of the report (${latest.entry.template} ${latest.entry.templateVersion}), ` +
        `so its fields cannot be carried forward into ${definition.id} ${definition.version}. Add the month without carrying forward.`,
    );
  }

  const month = addMonths(latest.month, 1);
  // Site and lead are copied from the latest sheet in the write sync, so the new sheet starts without them.
  const { sheet, names } = buildMonthSheet(definition, { site: '', lead: '', month, password: options.password });
  const cells = new Map(names.map((n) => [n.name, n.range]));
  const copied = [...IDENTITY_FIELDS, ...(options.carryForward ? carriedFields(definition) : [])].map((name) => {
    const cell = cells.get(name);
    if (!cell) throw new Error(`The report has no field named ${name}.`);
    return { name, cell };
  });
  const plan: InsertPlan = {
    spec: { sheets: [sheet], names },
    state,
    registered,
    clashes: [],
    stamp: monthlyReportStamp(definition, options.now ?? new Date()),
  };
  const source = context.workbook.worksheets.getItem(latest.sheet);
  const result = await applyInsert(context, plan, 'keep-both', {
    // Before protection: a protected sheet refuses writes.
    beforeProtect: (added) => {
      for (const { name, cell } of copied)
        added.getRange(cell).copyFrom(source.names.getItem(name).getRange(), 'Values');
    },
  });
  return { ...result, syncs: result.syncs + 1, from: latest.sheet, month: formatMonth(month) };
}

interface LatestReport {
  sheet: string;
  month: Month;
  entry: StampEntry;
}

/**
 * The registry's latest monthly report sheet that is still in the workbook. Its month comes from its name
 * ("2008-03", or "2008-03 (2)" when a second copy was kept); the later registry row wins a tie.
 */
export function latestReport(state: WorkbookState, registered: StampEntry[]): LatestReport | null {
  const present = new Set(state.sheetNames.map((n) => n.toLowerCase()));
  let latest: LatestReport | null = null;
  for (const entry of registered) {
    if (entry.document !== MONTHLY_DOCUMENT || !present.has(entry.sheet.toLowerCase())) continue;
    const month = parseMonth(entry.sheet.replace(/ \(\d+\)$/, ''));
    if (month && (!latest || compareMonths(month, latest.month) >= 0)) latest = { sheet: entry.sheet, month, entry };
  }
  return latest;
}
