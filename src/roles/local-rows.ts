/**
 * Rows a manager added to the inserted "Competence Framework" table (guidance 7.2: "there may be other
 * tasks/NOS that have a specific local focus"). They are read back from the sheet's values, so any host
 * can supply them: Office.js, an exceljs workbook, or a test.
 *
 * A row is local when its NOS cell does not start with one of the framework's 59 column-two NOS:
 * a local standard, an "other related NOS" moved into column two, or a task with no NOS at all.
 * Rows naming a national NOS are the national rows (edited or not): that NOS is in every profile already.
 */
import { framework, nosByCode } from '../framework';
import { KsfLevel } from '../ksf/types';
import { CellValue } from '../sheets/model';
import { FRAMEWORK_COLUMNS } from '../sheets/framework-sheets';

export interface LocalNosRow {
  /** The code the NOS cell starts with, e.g. "HSC24" or "LOC1"; "" when it has none. */
  code: string;
  /** The NOS title, or the first task when the row has no NOS. */
  title: string;
  coreTasks: string[];
  /** KSF links read from the row's KSF cell, e.g. "HWB4/Level 2: …". */
  ksf: { dimension: string; level: KsfLevel }[];
}

const [, TASKS, NOS, , KSF] = FRAMEWORK_COLUMNS;
/** Area and section heading rows carry their heading in the tasks column. */
const HEADINGS = new Set([...framework.areas, ...framework.sections].map((h) => h.heading));
const CODE_AND_TITLE = /^((?:SfH|CfA)\s+[A-Z]*\s*\d+|[A-Z][A-Za-z]{1,5}\s?\d+[A-Za-z]?)\b[\s.:–-]*(.*)$/;
const KSF_LINK = /\b(Core\s*\d|HWB\s*\d{1,2}|EF\s*\d|IK\s*\d|G\s*\d)\s*\/\s*Level\s*([1-4])/gi;

/** Local rows of a Competence Framework sheet's values (title rows, header and all), in sheet order. */
export function localFrameworkRows(values: CellValue[][]): LocalNosRow[] {
  const headerAt = values.findIndex((row) => row.some((v) => text(v) === NOS));
  if (headerAt < 0) return [];
  const col = (name: string) => values[headerAt].findIndex((v) => text(v) === name);
  const [tasksCol, nosCol, ksfCol] = [col(TASKS), col(NOS), col(KSF)];
  const out: LocalNosRow[] = [];
  for (const row of values.slice(headerAt + 1)) {
    const nosCell = text(row[nosCol]);
    const tasks = lines(text(row[tasksCol]));
    if (!nosCell && tasks.length === 0) continue; // blank rows; headings in sheets with an Area column
    if (!nosCell && HEADINGS.has(text(row[tasksCol]))) continue; // area and section headings
    const first = lines(nosCell)[0] ?? '';
    const m = CODE_AND_TITLE.exec(first);
    const code = m ? m[1].replace(/\s+/g, ' ') : '';
    if (code && nosByCode(code)) continue; // a national row
    const title = (m ? m[2] : first) || tasks[0] || code;
    if (out.some((o) => o.code === code && o.title === title)) continue;
    out.push({ code, title, coreTasks: tasks, ksf: ksfLinks(text(row[ksfCol])) });
  }
  return out;
}

function ksfLinks(cell: string): LocalNosRow['ksf'] {
  return [...cell.matchAll(KSF_LINK)].map((m) => {
    const code = m[1].replace(/\s+/g, '');
    const dimension = /^core/i.test(code) ? `Core ${code.slice(4)}` : code.toUpperCase();
    return { dimension, level: Number(m[2]) as KsfLevel };
  });
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** Cell lines without bullets ("• ", "- "). */
function lines(cell: string): string[] {
  return cell
    .split(/\r?\n/)
    .map((l) => l.replace(/^[•\-*]\s*/, '').trim())
    .filter((l) => l !== '');
}
