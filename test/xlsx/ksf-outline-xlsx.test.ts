/**
 * Role profiles and KSF outlines as files: a 200-row staff list of awkward names in one run, read back
 * with exceljs; and, where LibreOffice is installed, the files opened, printed to PDF and re-saved by a
 * real spreadsheet program.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { buildWorkerWorkbook } from '../../src/sheets/worker-workbook';
import { writeWorkerWorkbook } from '../../src/xlsx/write-worker-workbook';
import { WorkerInput } from '../../src/roles/worker';
import { awkwardStaff, awkwardStaffCsv } from '../helpers/awkward-staff';
import { convertWithLibreOffice, findSoffice } from '../helpers/libreoffice';
import { hasCommand } from '../helpers/tools';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'str-ksf-xlsx-'));
const now = new Date(Date.UTC(2026, 0, 1));

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

test('a 200-row staff list of awkward names: one run, unique valid sheet names, names kept as text', async () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'staff.csv'), awkwardStaffCsv());
  const out = path.join(dir, 'staff.xlsx');
  const errors: string[] = [];
  const code = await main(
    ['ksf-outline', '--staff', path.join(dir, 'staff.csv'), '-o', out],
    () => undefined,
    (l) => errors.push(l),
  );
  expect(code).toBe(0);
  // Duplicate names are kept and noted, never dropped.
  expect(errors.every((e) => /have the same name/.test(e))).toBe(true);

  const wb = await read(out);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toHaveLength(1 + 400 + 1);
  for (const n of names) {
    expect(n.length).toBeLessThanOrEqual(31);
    expect(n).not.toMatch(/[\\/?*[\]:]|^'|'$/);
  }
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);

  // Each worker's name is on their profile and outline exactly as given, as text.
  const index = wb.getWorksheet('Staff outlines')!;
  const staff = awkwardStaff();
  staff.forEach((worker, i) => {
    const row = index.getRow(4 + i);
    // The sheet-name cells are links (HYPERLINK formulas): their text is the sheet's name.
    const profile = wb.getWorksheet(row.getCell(5).text)!;
    const outline = wb.getWorksheet(row.getCell(6).text)!;
    expect(row.getCell(1).value).toBe(worker.name.trim());
    expect(profile.getCell('C4').value).toBe(worker.name.trim());
    expect(outline.getCell('B4').value).toBe(worker.name.trim());
  });
}, 180_000);

const soffice = findSoffice();
const describeWithLibreOffice = soffice ? describe : describe.skip;
if (!soffice) {
  test.skip('LibreOffice checks skipped: soffice is not installed (.ci/run installs libreoffice-calc-nogui)', () => {});
}

function pdfText(pdf: string): string | null {
  if (!hasCommand('pdftotext', 'poppler-utils')) return null;
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

describeWithLibreOffice('in LibreOffice', () => {
  async function write(workers: WorkerInput[]): Promise<string> {
    const file = path.join(tmp(), 'outlines.xlsx');
    await writeWorkerWorkbook(file, buildWorkerWorkbook(workers), now, false);
    return file;
  }

  test('an intermediate worker’s profile and outline print on A4', async () => {
    const file = await write([{ name: "Sam O'Neill", grade: 'intermediate', setting: 'older-people', team: 'North' }]);
    const pdf = convertWithLibreOffice(soffice as string, file, 'pdf');
    const bytes = fs.readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 landscape: 842 x 595 points.
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 595\.\d+\s*\]/);
    const text = pdfText(pdf);
    if (text === null) return;
    for (const words of [
      "Role profile: Sam O'Neill",
      "KSF outline: Sam O'Neill",
      'Handbook model outline',
      'The outline at a glance',
      'Foundation Gateway',
      'Enablement to address health and wellbeing needs',
      'Signed ..... (Employee)',
      'Signed .....(Line Manager)',
      'Personal development plan',
    ]) {
      expect(text).toContain(words);
    }
  }, 120_000);

  test('a staff list’s workbook opens and re-saves whole, with its formulas calculated', async () => {
    const workers = awkwardStaff().slice(0, 9);
    const file = await write(workers);
    const resaved = convertWithLibreOffice(soffice as string, file, 'xlsx:Calc MS Excel 2007 XML');
    const wb = await read(resaved);
    expect(wb.worksheets.map((w) => w.name)).toEqual((await read(file)).worksheets.map((w) => w.name));
    expect(wb.worksheets).toHaveLength(1 + 18 + 1);
    // The first worker is Foundation in crisis: 59 NOS, 5 management NOS not applicable, 2 optional.
    const profile = wb.worksheets[1];
    const counts: Record<string, unknown> = {};
    profile.eachRow((row) => {
      const v = row.getCell(4).value as { formula?: string; result?: unknown } | null;
      if (v && typeof v === 'object' && v.formula) counts[String(row.getCell(3).value)] = v.result ?? 0;
    });
    expect(counts).toEqual({
      'NOS that apply': 52,
      Optional: 2,
      'Not applicable': 5,
      'Developing or Needs support': 0,
    });
  }, 180_000);
});
