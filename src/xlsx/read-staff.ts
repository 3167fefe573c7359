/**
 * Reads a staff list file for the command line: CSV (see staff/csv.ts) or an .xlsx workbook's first
 * sheet, as plain text cell values. A workbook may also hold an adapted "Competence Framework" sheet;
 * its local rows are returned too (guidance 7.2), so they appear in every profile.
 * Workbooks pass the same pre-parse safety checks as every file the toolkit reads (preflight.ts).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { UserError } from '../cli/user-error';
import { LocalNosRow, localFrameworkRows } from '../roles/local-rows';
import { FRAMEWORK_SHEETS } from '../sheets/framework-sheets';
import { CellValue } from '../sheets/model';
import { CsvError, parseCsv } from '../staff/csv';
import { preflight } from './preflight';

export interface StaffFile {
  values: CellValue[][];
  localRows: LocalNosRow[];
}

export async function readStaffFile(file: string): Promise<StaffFile> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    throw new UserError(`Give the staff list as a .csv or .xlsx file: ${file}`);
  }
  const bytes = await readBytes(file);
  if (ext === '.csv') {
    try {
      return { values: parseCsv(new TextDecoder('utf-8').decode(bytes)), localRows: [] };
    } catch (e) {
      if (e instanceof CsvError) throw new UserError(`${file} is not a CSV file the toolkit can read. ${e.message}`);
      throw e;
    }
  }
  const workbook = await openWorkbook(file, bytes);
  const first = workbook.worksheets[0];
  if (!first) throw new UserError(`${file} has no sheets.`);
  const framework = workbook.getWorksheet(FRAMEWORK_SHEETS.framework);
  return { values: sheetValues(first), localRows: framework ? localFrameworkRows(sheetValues(framework)) : [] };
}

/** The local rows of a workbook's "Competence Framework" sheet (for --framework FILE.xlsx). */
export async function readLocalRows(file: string): Promise<LocalNosRow[]> {
  const workbook = await openWorkbook(file, await readBytes(file));
  const sheet = workbook.getWorksheet(FRAMEWORK_SHEETS.framework);
  if (!sheet) throw new UserError(`${file} has no "${FRAMEWORK_SHEETS.framework}" sheet to read local rows from.`);
  return localFrameworkRows(sheetValues(sheet));
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${file} does not exist.` : `Cannot read ${file} (${code ?? String(e)}).`);
  }
}

async function openWorkbook(file: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const check = preflight(bytes);
  if (!check.ok) throw new UserError(`${file}: ${check.message}`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UserError(
      `${file} is not a workbook the toolkit can read (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  return workbook;
}

/** Every row from row 1 as text, numbers and booleans; formulas give their last result, never their text. */
function sheetValues(sheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellValue(row.getCell(c)));
    rows.push(values);
  }
  return rows;
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // Dates, rich text, hyperlinks and formula results: what the cell shows.
  return cell.text;
}
