import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildFrameworkWorkbook, FRAMEWORK_SHEETS, frameworkStamp } from '../../src/sheets/framework-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { convertWithLibreOffice, findSoffice } from '../helpers/libreoffice';

const soffice = findSoffice();
const describeWithLibreOffice = soffice ? describe : describe.skip;

if (!soffice) {
  test.skip('LibreOffice checks skipped: soffice is not installed (.ci/run installs libreoffice-calc-nogui)', () => {});
}

describeWithLibreOffice('the framework workbook in LibreOffice', () => {
  let file: string;

  beforeAll(async () => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-')), 'framework.xlsx');
    await writeWorkbookFile(file, buildFrameworkWorkbook(), frameworkStamp(new Date()), false);
  });

  test('converts to PDF: the file opens and prints', () => {
    const pdf = convertWithLibreOffice(soffice as string, file, 'pdf');
    const bytes = fs.readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(10);
  });

  test('LibreOffice reads back every sheet, value and table as written', async () => {
    const resaved = convertWithLibreOffice(soffice as string, file, 'xlsx:Calc MS Excel 2007 XML');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(resaved);
    const names = workbook.worksheets.map((w) => w.name);
    for (const name of Object.values(FRAMEWORK_SHEETS)) expect(names).toContain(name);
    const ws = workbook.getWorksheet(FRAMEWORK_SHEETS.nos)!;
    expect(ws.getCell('A4').value).toBe('HSC35');
    expect(ws.getCell('C3').value).toBe('Elements');
  });
});
