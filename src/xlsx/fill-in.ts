/**
 * Filling in a workbook the toolkit made, as a user would in Excel: values typed into its cells, every cell's
 * style, lock and validation left as made. Used by `npm run demo` for its sample data and by the tests for
 * their filled returns and outlines.
 *
 * exceljs alone would lose a report's field names on saving: it keeps one workbook-wide copy of names that
 * each month's sheet has for itself (local-names.ts), so the checker would find them on the last month only.
 * The names are known from the sheets' description (the builder that made the file), so they are put back.
 */
import type ExcelJS from 'exceljs';
import { Workbook } from './exceljs-workbook';
import { numberField } from '../monthly/fields';
import { DefinedName } from '../sheets/model';
import { addSheetScopedNames } from './local-names';
import { xlsxBytes } from './xlsx-bytes';

/** What is typed into a cell: a number, text, a date, or null to leave it empty. */
export type FieldValue = number | string | Date | null;

export interface FillIn {
  workbook: ExcelJS.Workbook;
  /** Where each of a sheet's own names points (a monthly report's "Numbers_InPost" → "B17", say). */
  cellsOf(sheet: string): (name: string) => string;
}

/**
 * Loads a toolkit workbook, lets `edit` fill it in, and returns the saved bytes. `names` are the workbook's
 * names as its builder described them (`buildMonthlyReportWorkbook(...).names`); the sheet-scoped ones are
 * saved with their own sheets again.
 */
export async function fillInWorkbook(
  bytes: Uint8Array,
  names: DefinedName[],
  edit: (book: FillIn) => void,
): Promise<Buffer> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const scoped = names.filter((n) => n.scope === 'sheet');
  const scopedNames = new Set(scoped.map((n) => n.name));
  // exceljs loaded each of those as one workbook-wide name (the last sheet's): drop it, add each sheet's back.
  workbook.definedNames.model = workbook.definedNames.model.filter((n) => !scopedNames.has(n.name));
  addSheetScopedNames(workbook, scoped);
  const cellsOf = (sheet: string) => (name: string) => {
    const found = scoped.find((n) => n.name === name && n.sheet === sheet);
    if (!found) throw new Error(`The sheet "${sheet}" has no field named ${name}.`);
    return found.range;
  };
  edit({ workbook, cellsOf });
  return xlsxBytes(workbook);
}

/**
 * Types `values` into one month's sheet of a monthly report, by field name (`cellOf` says where each is), and
 * gives "Total in site" the result Excel would calculate on saving: exceljs does not calculate, and the checker
 * reads the saved result.
 */
export function fillMonthSheet(
  sheet: ExcelJS.Worksheet,
  cellOf: (name: string) => string,
  values: Record<string, FieldValue>,
): void {
  const cell = (name: string) => sheet.getCell(cellOf(name));
  for (const [name, value] of Object.entries(values)) cell(name).value = value;
  const total = cell(numberField('Total'));
  const formula = total.formula;
  if (formula === undefined || numberField('Total') in values) return;
  const parts = (['InPost', 'InRecruitment', 'Identified'] as const).map((id) => cell(numberField(id)).value);
  const result = parts.reduce((sum: number, v) => sum + (typeof v === 'number' ? v : 0), 0);
  total.value = { formula, result } as ExcelJS.CellFormulaValue;
}

/** Row number of the first row whose cell in column `column` reads `text` (or matches it). */
export function rowOf(sheet: ExcelJS.Worksheet, column: number, text: string | RegExp): number {
  let found = -1;
  sheet.eachRow((row, n) => {
    const v = row.getCell(column).value;
    if (found < 0 && typeof v === 'string' && (typeof text === 'string' ? v === text : text.test(v))) found = n;
  });
  if (found < 0) throw new Error(`No row of "${sheet.name}" reads ${String(text)} in column ${column}.`);
  return found;
}

/** A KSF review as the manager records it on the outline sheet. */
export interface OutlineReview {
  outcome: string;
  reviewDate: Date;
  /** Indicators not met yet, by ref ("Core 2 L2 c"); every other indicator of the outline is Met. */
  notYetMet?: string[];
  /** Omitted: the review is not signed yet. */
  signed?: { employee: string; manager: string; on: Date };
  /** Only when the next review is not due a year on. */
  nextReview?: Date;
  /** The level demonstrated per dimension where it is not the second-gateway level ("Level 1"; "" leaves it blank). */
  demonstrated?: Record<string, string>;
}

/**
 * Records a review on a KSF outline sheet: each indicator of the full outline Met (or Not yet met), each
 * dimension demonstrated at its second-gateway level, the outcome, the date and the signatures.
 */
export function fillOutlineReview(sheet: ExcelJS.Worksheet, review: OutlineReview): void {
  const head = rowOf(sheet, 1, 'Ref');
  const notYet = new Set(review.notYetMet ?? []);
  sheet.eachRow((row, n) => {
    const ref = row.getCell(1).value;
    if (n <= head || typeof ref !== 'string') return;
    // A dimension row ("Core 1", "HWB4", "G6") shows its second-gateway level in column D.
    if (/^(Core \d|HWB\d|IK\d|G\d)$/.test(ref)) {
      const level = review.demonstrated?.[ref] ?? String(row.getCell(4).value);
      row.getCell(5).value = level === '' ? null : level;
    } else if (/ L\d /.test(ref)) row.getCell(5).value = notYet.has(ref) ? 'Not yet met' : 'Met';
  });
  sheet.getCell(`C${rowOf(sheet, 2, 'Gateway outcome')}`).value = review.outcome;
  sheet.getCell(`C${rowOf(sheet, 2, 'Review date')}`).value = review.reviewDate;
  if (review.nextReview) sheet.getCell(`C${rowOf(sheet, 2, /^Next review due/)}`).value = review.nextReview;
  if (!review.signed) return;
  sheet.getCell(`C${rowOf(sheet, 2, /^Signed.*\(Employee\)/)}`).value = review.signed.employee;
  sheet.getCell(`C${rowOf(sheet, 2, /^Signed.*\(Line Manager\)/)}`).value = review.signed.manager;
  sheet.getCell(`C${rowOf(sheet, 2, /^Date/)}`).value = review.signed.on;
}

/** A development-plan action as the manager types it on the outline. */
export interface PdpEntry {
  nos?: string;
  action: string;
  indicator?: string;
  target?: Date;
  progress?: string;
  support?: string;
  achieved?: Date;
}

/** Types actions into the outline's personal development plan, from its first row down. */
export function fillPdp(sheet: ExcelJS.Worksheet, actions: PdpEntry[]): void {
  const head = rowOf(sheet, 1, 'NOS');
  const column = (heading: string) => {
    let found = 0;
    sheet.getRow(head).eachCell((cell, n) => {
      if (cell.value === heading) found = n;
    });
    if (!found) throw new Error(`The development plan of "${sheet.name}" has no column "${heading}".`);
    return found;
  };
  const cols: [keyof PdpEntry, string][] = [
    ['nos', 'NOS'],
    ['action', 'What to develop, and the action agreed'],
    ['indicator', 'KSF indicator'],
    ['target', 'Target date'],
    ['progress', 'Progress'],
    ['support', 'Support needed'],
    ['achieved', 'Achieved (date)'],
  ];
  const at = cols.map(([k, h]) => [k, column(h)] as const);
  actions.forEach((entry, i) => {
    for (const [k, col] of at) if (entry[k] !== undefined) sheet.getRow(head + 1 + i).getCell(col).value = entry[k];
  });
}

/** Records self-assessments on a role profile, by NOS code ("HSC35" → "Needs support"). */
export function fillSelfAssessments(sheet: ExcelJS.Worksheet, values: Record<string, string>): void {
  const head = rowOf(sheet, 2, 'NOS');
  let col = 0;
  sheet.getRow(head).eachCell((cell, n) => {
    if (cell.value === 'Self-assessment') col = n;
  });
  if (!col) throw new Error(`The role profile "${sheet.name}" has no Self-assessment column.`);
  for (const [code, value] of Object.entries(values)) sheet.getCell(rowOf(sheet, 2, code), col).value = value;
}
