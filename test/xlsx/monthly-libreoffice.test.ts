/**
 * The monthly report in a real spreadsheet program: LibreOffice opens it, prints it on A4 portrait with each
 * section on a new page, keeps each month's field names, and calculates Total in site from typed numbers.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import {
  buildMonthSheet,
  buildMonthlyReportWorkbook,
  monthlyReportStamp,
} from '../../src/sheets/monthly-report-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { convertWithLibreOffice, findSoffice } from '../helpers/libreoffice';
import { readXlsxPart } from '../helpers/xlsx-part';
import { hasCommand } from '../helpers/tools';

const soffice = findSoffice();
const pdfTools = hasCommand('pdftotext', 'poppler-utils') && hasCommand('pdfinfo', 'poppler-utils');
const describeWithLibreOffice = soffice ? describe : describe.skip;
if (!soffice) {
  test.skip('LibreOffice checks skipped: soffice is not installed (.ci/run installs libreoffice-calc-nogui)', () => {});
}

/** Where each field is on a month's sheet (the same on every month). */
const cells = new Map(
  buildMonthSheet(NATIONAL_DEFINITION, { site: '', lead: '', month: { year: 2008, month: 3 } }).names.map((n) => [
    n.name,
    n.range,
  ]),
);
const at = (name: string) => cells.get(name) as string;

describeWithLibreOffice('the monthly report in LibreOffice', () => {
  let file: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-monthly-lo-'));
    file = path.join(dir, 'report.xlsx');
    const spec = buildMonthlyReportWorkbook({
      site: '+Site & Co',
      lead: '-Lead',
      firstMonth: { year: 2008, month: 3 },
      months: 2,
    });
    await writeWorkbookFile(file, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
  });

  (pdfTools ? test : test.skip)(
    'prints on A4 portrait, one page wide, 7 pages a month, each section heading with its first objective',
    () => {
      const pdf = convertWithLibreOffice(soffice as string, file, 'pdf');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
      // Each section's heading prints on the same page as its first objective (never alone at a page foot),
      // and each month takes at most 7 pages (issue 15).
      for (const section of NATIONAL_DEFINITION.sections) {
        const first = section.objectives[0].statement.split(' ').slice(0, 4).join(' ');
        const pagesWithHeading = text.filter((page) => page.split('\n').some((l) => l.trim() === section.title));
        expect(pagesWithHeading).toHaveLength(2);
        for (const page of pagesWithHeading) expect(page).toContain(first);
      }
      expect(pages).toBeLessThanOrEqual(14);
      // Every column fits: the Date achieved cells at the right edge are on the page.
      expect(text[1]).toMatch(/PDSA no\s+Date achieved/);
    },
  );

  test('after numbers are typed in and LibreOffice recalculates, Total in site is their sum', async () => {
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(file);
    for (const [sheet, inPost, recruiting, identified] of [
      ['2008-03', 3, 2, 4],
      ['2008-04', 5, 0, 1],
    ] as const) {
      const ws = filled.getWorksheet(sheet) as ExcelJS.Worksheet;
      ws.getCell(at('Numbers_InPost')).value = inPost;
      ws.getCell(at('Numbers_InRecruitment')).value = recruiting;
      ws.getCell(at('Numbers_Identified')).value = identified;
      ws.getCell(at('Added_LivedExperience')).value = 1;
    }
    const typed = path.join(dir, 'typed.xlsx');
    await filled.xlsx.writeFile(typed);

    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(convertWithLibreOffice(soffice as string, typed, 'xlsx:Calc MS Excel 2007 XML'));
    const result = (sheet: string, name: string) =>
      (recalculated.getWorksheet(sheet)?.getCell(at(name)).value as ExcelJS.CellFormulaValue).result;
    expect(result('2008-03', 'Numbers_Total')).toBe(9);
    expect(result('2008-04', 'Numbers_Total')).toBe(6);
    expect(result('2008-03', 'Added_LivedExperienceShare')).toBeCloseTo(1 / 3);
    expect(result('2008-04', 'Added_LivedExperienceShare')).toBeCloseTo(1 / 5);
  });

  test("LibreOffice keeps each month's own names, the dropdowns and the text of the site and lead", async () => {
    const resaved = convertWithLibreOffice(soffice as string, file, 'xlsx:Calc MS Excel 2007 XML');
    const names = [...readXlsxPart(resaved, 'xl/workbook.xml').matchAll(/<definedName([^>]*)>([^<]*)</g)]
      .filter((m) => /name="EO1_SelfRating"/.test(m[1]))
      .map((m) => [/localSheetId="(\d+)"/.exec(m[1])?.[1], m[2].replace(/&apos;/g, "'")]);
    expect(names).toEqual([
      ['0', `'2008-03'!$${at('EO1_SelfRating').replace(/(\d+)/, '$$$1')}`],
      ['1', `'2008-04'!$${at('EO1_SelfRating').replace(/(\d+)/, '$$$1')}`],
    ]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(resaved);
    const ws = back.getWorksheet('2008-03') as ExcelJS.Worksheet;
    const dropdown = ws.getCell(at('ET1_SelfRating')).dataValidation;
    expect([dropdown.type, dropdown.formulae?.[0]]).toEqual(['list', '"0,1,3"']);
    expect(ws.getCell(at('Header_Site')).value).toBe('+Site & Co');
    expect(ws.getCell(at('Header_Lead')).value).toBe('-Lead');
  });
});
