/**
 * Reads a list file for the command line, a staff list or a programme's sites: CSV (see staff/csv.ts: UTF-8,
 * or Windows-1252 with a notice) or an .xlsx workbook's first sheet, as plain cell values. A workbook may also hold an adapted "Competence Framework" sheet;
 * its local rows are returned too (guidance 7.2), so they appear in every profile.
 * Workbooks are read like every file the toolkit reads: checked before parsing (src/ooxml/preflight.ts),
 * then parsed in a worker thread with a memory cap and a time limit (read-pool.ts), never in this process.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { gridRows } from '../check/documents';
import { UserError } from '../errors';
import { GridSheet, WorkbookGrid } from '../grid/grid';
import { LocalNosRow, localFrameworkRows } from '../roles/local-rows';
import { FRAMEWORK_SHEETS } from '../sheets/framework-sheets';
import { CellValue } from '../sheets/model';
import { CsvError, decodeCsv, parseCsv } from '../staff/csv';
import { checkFileSize } from '../ooxml/preflight';
import { readWorkbooks } from './read-pool';

export interface ListFile {
  values: CellValue[][];
  localRows: LocalNosRow[];
  /** Worth telling the user, e.g. that the CSV was read as Windows-1252. */
  notices: string[];
}

/** `what` names the list in messages: "staff list", "list of sites". */
export async function readListFile(file: string, what = 'staff list'): Promise<ListFile> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    throw new UserError(`Give the ${what} as a .csv or .xlsx file: ${file}`);
  }
  if (ext === '.csv') {
    const { text, notice } = decodeCsv(await readCsvBytes(file));
    try {
      return { values: parseCsv(text), localRows: [], notices: notice ? [notice] : [] };
    } catch (e) {
      if (e instanceof CsvError) throw new UserError(`${file} is not a CSV file the toolkit can read. ${e.message}`);
      throw e;
    }
  }
  const grid = await openWorkbook(file);
  // Sheets come in the order the workbook lists them: the first is the staff list.
  const first = grid.sheets[0];
  if (!first) throw new UserError(`${file} has no sheets.`);
  const framework = frameworkSheet(grid);
  return {
    values: gridRows(first),
    localRows: framework ? localFrameworkRows(gridRows(framework)) : [],
    notices: [],
  };
}

/** The local rows of a workbook's "Competence Framework" sheet (for --framework FILE.xlsx). */
export async function readLocalRows(file: string): Promise<LocalNosRow[]> {
  const sheet = frameworkSheet(await openWorkbook(file));
  if (!sheet) throw new UserError(`${file} has no "${FRAMEWORK_SHEETS.framework}" sheet to read local rows from.`);
  return localFrameworkRows(gridRows(sheet));
}

function frameworkSheet(grid: WorkbookGrid): GridSheet | undefined {
  return grid.sheets.find((s) => s.name === FRAMEWORK_SHEETS.framework);
}

/** A CSV is read whole, so it gets the same size limit as a workbook. */
async function readCsvBytes(file: string): Promise<Uint8Array> {
  try {
    const size = checkFileSize((await fs.stat(file)).size);
    if (!size.ok) throw new UserError(`${file}: ${size.message}`);
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? `${file}: Not found: there is no such file.` : `Cannot read ${file} (${code ?? String(e)}).`,
    );
  }
}

async function openWorkbook(file: string): Promise<WorkbookGrid> {
  const [outcome] = await readWorkbooks([file], { size: 1 });
  if (outcome.ok) return outcome.grid;
  if (outcome.problem === 'missing') {
    throw new UserError(outcome.message.replace(/ was not found\.$/, ': Not found: there is no such file.'));
  }
  throw new UserError(`${file}: ${outcome.message}`);
}
