/**
 * The monthly-return checker: reads a stamped "monthly-report" sheet into a MonthlyReturn, finds last
 * month's return for the same site (in this workbook or in the `previous` ones), and runs every rule.
 */
import { GridSheet, WorkbookGrid } from '../../grid/grid';
import { NATIONAL_DEFINITION } from '../../monthly/definition';
import { addMonths, compareMonths } from '../../monthly/month';
import { MONTHLY_DOCUMENT } from '../../sheets/document-kinds';
import { Finding } from '../../rules/types';
import { CheckContext, DocumentChecker } from '../check-workbook';
import { findDocuments } from '../documents';
import { siteKey } from '../../monthly/site';
import { isNotFilledIn, notFilledNote } from './not-filled';
import { allFields, MonthlyReturn, readMonthlyReturn } from './read-return';
import { MONTHLY_RULES } from './rules';

const DEFINITION = NATIONAL_DEFINITION;
const TEMPLATES = { [DEFINITION.id]: DEFINITION.version };
export const UNREADABLE_RULE = 'monthly.unreadable';

/** Fewer fields than this share found (by name or label): the sheet is not a monthly report we can read. */
const MIN_FOUND_SHARE = 0.5;

// A sheet is read once however many months look back at it.
const cache = new WeakMap<GridSheet, MonthlyReturn>();

function read(grid: WorkbookGrid, sheet: GridSheet): MonthlyReturn {
  let model = cache.get(sheet);
  if (!model) {
    model = readMonthlyReturn(grid, sheet, DEFINITION);
    cache.set(sheet, model);
  }
  return model;
}

function readable(model: MonthlyReturn): boolean {
  const fields = allFields(model);
  return fields.filter((f) => f.found).length >= fields.length * MIN_FOUND_SHARE;
}

/** Last month's sheet for the same site, and the workbook it is in. */
export interface MonthFound {
  model: MonthlyReturn;
  grid: WorkbookGrid;
}

// A workbook's monthly sheets are found once however many of its months look back.
const monthlySheets = new WeakMap<WorkbookGrid, GridSheet[]>();

function monthlySheetsOf(grid: WorkbookGrid): GridSheet[] {
  let sheets = monthlySheets.get(grid);
  if (!sheets) {
    sheets = findDocuments(grid, TEMPLATES)
      .stamped.filter((s) => s.stamp.document === MONTHLY_DOCUMENT && s.stamp.template === DEFINITION.id)
      .map((s) => s.sheet);
    monthlySheets.set(grid, sheets);
  }
  return sheets;
}

/** The same site's sheet for the month before, filled in or not: this workbook first, then the previous files. */
function monthBefore(model: MonthlyReturn, context: CheckContext): MonthFound | undefined {
  const month = model.month.month;
  if (!month || model.site.empty) return undefined;
  const wanted = addMonths(month, -1);
  for (const grid of [context.grid, ...context.previous]) {
    for (const sheet of monthlySheetsOf(grid)) {
      if (grid === context.grid && sheet.name === model.sheet) continue;
      const other = read(grid, sheet);
      if (!other.month.month || compareMonths(other.month.month, wanted) !== 0) continue;
      if (!readable(other) || siteKey(other.site.text) !== siteKey(model.site.text)) continue;
      return { model: other, grid };
    }
  }
  return undefined;
}

/** Whether a month holds anything typed (see not-filled.ts), comparing carried values with its month before. */
function filledIn(found: MonthFound, context: CheckContext): boolean {
  return !isNotFilledIn(found.model, monthBefore(found.model, { ...context, grid: found.grid })?.model);
}

/** The workbook's monthly returns that are filled in, with a site and a month: what a comparison could use. */
export function filledReturnsIn(grid: WorkbookGrid): MonthlyReturn[] {
  const context: CheckContext = { grid, previous: [], today: new Date() };
  return monthlySheetsOf(grid)
    .map((sheet) => read(grid, sheet))
    .filter((m) => readable(m) && !m.site.empty && m.month.month && filledIn({ model: m, grid }, context));
}

export const monthlyChecker: DocumentChecker<MonthlyReturn> = {
  document: MONTHLY_DOCUMENT,
  templates: TEMPLATES,
  rules: MONTHLY_RULES,
  read(stamped, context) {
    const sheet = stamped.sheet.name;
    const unreadable = (message: string, fix: string): { findings: Finding[] } => ({
      findings: [{ ruleId: UNREADABLE_RULE, severity: 'error', sheet, cell: '', message, fix }],
    });
    if (stamped.stamp.template !== DEFINITION.id)
      return unreadable(
        `Sheet "${sheet}" is a monthly report made from the template "${stamped.stamp.template}", which this toolkit does not know, so it was not checked.`,
        'Copy the entries into a monthly report generated from the national form.',
      );
    let model: MonthlyReturn;
    try {
      model = read(context.grid, stamped.sheet);
    } catch (error) {
      return unreadable(
        `Sheet "${sheet}" could not be read as a monthly report: ${(error as Error).message}`,
        'Copy the entries into a freshly generated sheet.',
      );
    }
    if (!readable(model)) {
      const fields = allFields(model);
      const missing = fields.filter((f) => !f.found).length;
      return unreadable(
        `Sheet "${sheet}" is stamped as a monthly report, but ${missing} of its ${fields.length} fields were found neither by name nor by label, so it was not checked.`,
        'Copy the entries into a freshly generated monthly report.',
      );
    }
    const before = monthBefore(model, context);
    if (isNotFilledIn(model, before?.model)) return { findings: [notFilledNote(model)] };
    // The rules compare with last month only when it is filled in: a month not filled in yet is not a return.
    const previous = before && filledIn(before, context) ? before : undefined;
    context.onCompared?.(model, previous);
    return { model: previous ? { ...model, previous: previous.model } : model };
  },
};
