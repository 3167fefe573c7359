/**
 * A staff list (from a CSV file, an .xlsx sheet or a sheet of the open workbook) as workers: a header
 * row with name, grade and setting columns (team optional, any order, any case; a title row above it is
 * skipped), then one row per worker.
 * A bad row gets a message naming its row and is left out; every good row is still used.
 */
import { CellValue } from '../sheets/model';
import { gradeChoices, parseGrade, parseSetting, settingChoices, WorkerInput } from '../roles/worker';
import { cellText as text, findHeaderRow, headingKey as key } from './header-row';

export interface StaffRow {
  /** Row number as the spreadsheet shows it (1 = the first row). */
  row: number;
  worker: WorkerInput;
}

export interface StaffList {
  workers: StaffRow[];
  /** Rows left out, and why; or why the whole list cannot be read. */
  problems: string[];
  /** Worth knowing but nothing was left out, e.g. two workers with the same name. */
  notices: string[];
}

/** A longer name is almost certainly a paste error; it would also swamp titles and print headers. */
export const MAX_NAME = 200;

type Column = 'name' | 'grade' | 'setting' | 'team';
const HEADINGS: Record<Column, string[]> = {
  name: ['name', 'worker', 'worker name', 'staff name', 'full name', 'employee', 'employee name'],
  grade: ['grade', 'str grade', 'worker grade'],
  setting: ['setting', 'service setting', 'service'],
  team: ['team', 'team name'],
};
const REQUIRED: Column[] = ['name', 'grade', 'setting'];

/**
 * `values` are the rows as read (header first; leading blank rows are skipped). `firstRow` is the
 * spreadsheet row number of values[0], for a used range that does not start at row 1.
 */
export function parseStaffRows(values: CellValue[][], firstRow = 1): StaffList {
  const result: StaffList = { workers: [], problems: [], notices: [] };
  const headerAt = findHeaderRow(values, (headings) =>
    REQUIRED.every((c) => headings.some((h) => HEADINGS[c].includes(h))),
  );
  if (headerAt < 0) {
    result.problems.push(
      'The staff list is empty: it needs a header row (Name, Grade, Setting, Team) and a row per worker.',
    );
    return result;
  }
  const header = values[headerAt].map((v) => key(text(v)));
  const col = {} as Record<Column, number>;
  for (const c of Object.keys(HEADINGS) as Column[]) col[c] = header.findIndex((h) => HEADINGS[c].includes(h));
  const missing = REQUIRED.filter((c) => col[c] < 0);
  if (missing.length > 0) {
    const has = values[headerAt].map(text).filter((t) => t !== '');
    result.problems.push(
      `The staff list has no ${missing.map((m) => `"${m}"`).join(' or ')} column. Its header row (row ${firstRow + headerAt}) ` +
        `reads: ${has.join(', ') || '(nothing)'}. It needs columns headed Name, Grade and Setting; Team is optional.`,
    );
    return result;
  }

  const seen = new Map<string, number>();
  values.slice(headerAt + 1).forEach((cells, i) => {
    const row = firstRow + headerAt + 1 + i;
    if (cells.every((v) => text(v) === '')) return;
    const name = text(cells[col.name]);
    const gradeText = text(cells[col.grade]);
    const settingText = text(cells[col.setting]);
    const grade = parseGrade(gradeText);
    const setting = parseSetting(settingText);
    const wrong: string[] = [];
    if (name === '') wrong.push('the name is empty');
    else if (name.length > MAX_NAME) wrong.push(`the name is longer than ${MAX_NAME} characters`);
    if (!grade) wrong.push(gradeText ? gradeProblem(gradeText) : 'the grade is empty');
    if (!setting)
      wrong.push(
        settingText ? `the setting "${settingText}" is not one of ${settingChoices()}` : 'the setting is empty',
      );
    if (wrong.length > 0 || !grade || !setting) {
      result.problems.push(`Row ${row}: ${wrong.join('; ')}. This row was left out.`);
      return;
    }
    const team = col.team >= 0 ? text(cells[col.team]) : '';
    result.workers.push({ row, worker: { name, grade, setting, ...(team && { team }) } });
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined) {
      result.notices.push(
        `Rows ${earlier} and ${row} have the same name, "${name}": their sheets are numbered (2), (3), ….`,
      );
    } else seen.set(name.toLowerCase(), row);
  });
  if (result.workers.length === 0 && result.problems.length === 0) {
    result.problems.push('The staff list has a header row but no workers below it.');
  }
  return result;
}

/** Why a grade is not an STR grade; a pay band ("Band 4") is named as one, since HR lists often give it. */
function gradeProblem(gradeText: string): string {
  if (/^(afc\s*)?band\s*\d/i.test(gradeText))
    return `the grade "${gradeText}" is a pay band, not an STR grade: write ${gradeChoices()} (the STR grades)`;
  return `the grade "${gradeText}" is not ${gradeChoices()}`;
}
