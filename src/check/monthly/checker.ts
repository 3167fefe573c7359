/**
 * The monthly-return checker: reads a stamped "monthly-report" sheet into a MonthlyReturn, finds last
 * month's return for the same site (in this workbook or in the `previous` ones), and runs every rule.
 */
import { GridSheet, WorkbookGrid } from '../../grid/grid';
import { NATIONAL_DEFINITION } from '../../monthly/definition';
import { addMonths, compareMonths } from '../../monthly/month';
import { MONTHLY_DOCUMENT } from '../../sheets/monthly-report-sheets';
import { Finding } from '../../rules/types';
import { CheckContext, DocumentChecker } from '../check-workbook';
import { findDocuments } from '../documents';
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

const sameSite = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Last month's return for the same site: another sheet of this workbook first, then the previous files. */
export function findPrevious(model: MonthlyReturn, context: CheckContext): MonthlyReturn | undefined {
  const month = model.month.month;
  if (!month || model.site.empty) return undefined;
  const wanted = addMonths(month, -1);
  for (const grid of [context.grid, ...context.previous]) {
    for (const { sheet, stamp } of findDocuments(grid, TEMPLATES).stamped) {
      if (stamp.document !== MONTHLY_DOCUMENT || stamp.template !== DEFINITION.id) continue;
      if (grid === context.grid && sheet.name === model.sheet) continue;
      const other = read(grid, sheet);
      if (!other.month.month || compareMonths(other.month.month, wanted) !== 0) continue;
      if (!readable(other) || !sameSite(other.site.text, model.site.text)) continue;
      return other;
    }
  }
  return undefined;
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
    const previous = findPrevious(model, context);
    return { model: previous ? { ...model, previous } : model };
  },
};
