/** A generated report, filled in with exceljs, read back from the file and checked: good values, then known errors. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkWorkbook } from '../../../src/check/check-workbook';
import { monthlyChecker } from '../../../src/check/monthly/checker';
import { DocumentChecker } from '../../../src/check/check-workbook';
import { WorkbookGrid } from '../../../src/grid/grid';
import { NATIONAL_DEFINITION } from '../../../src/monthly/definition';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../../src/sheets/monthly-report-sheets';
import { readWorkbooks } from '../../../src/xlsx/read-pool';
import { writeWorkbookFile } from '../../../src/xlsx/write-workbook';
import { cellOf, goodValues, Value, Values } from './fixture';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-monthly-e2e-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const today = new Date('2008-04-20T12:00:00Z');
const checkers = [monthlyChecker as DocumentChecker];

let blank: string;
beforeAll(async () => {
  blank = path.join(dir, 'blank.xlsx');
  const spec = buildMonthlyReportWorkbook({ site: 'Leeds', lead: 'Jo Bloggs', firstMonth: { year: 2008, month: 3 } });
  await writeWorkbookFile(blank, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
});

function excelValue(value: Value): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  return value.kind === 'd' ? new Date(`${String(value.value)}T00:00:00Z`) : (value.value as ExcelJS.CellValue);
}

async function fill(name: string, values: Values): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(blank);
  const sheet = workbook.getWorksheet('2008-03')!;
  for (const [field, value] of Object.entries(values)) sheet.getCell(cellOf(field)).value = excelValue(value);
  // Excel would recalculate the total; exceljs does not, so give the formula its result.
  const total = sheet.getCell(cellOf('Numbers_Total'));
  const parts = ['Numbers_InPost', 'Numbers_InRecruitment', 'Numbers_Identified'].map((f) => Number(values[f] ?? 0));
  total.value = {
    formula: (total.value as ExcelJS.CellFormulaValue).formula,
    result: parts.reduce((a, b) => a + b, 0),
  } as ExcelJS.CellFormulaValue;
  const file = path.join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const [outcome] = await readWorkbooks([file], { size: 1 });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.grid;
}

test('a report filled in with good values has no findings', async () => {
  const grid = await fill('good', goodValues());
  expect(checkWorkbook(grid, checkers, { previous: [], today })).toEqual([]);
});

test('known errors are found, exactly, at their cells', async () => {
  const grid = await fill('errors', {
    ...goodValues(),
    ET1_SelfRating: 2,
    RR2_SelfRating: 0,
    Area_OtherName: null,
    Added_DateSubmitted: { kind: 'd', value: '2008-04-09' },
  });
  const findings = checkWorkbook(grid, checkers, { previous: [], today });
  const summary = findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell]);
  expect(summary).toEqual([
    ['monthly.other-area-named', 'error', '2008-03', cellOf('Area_OtherName')],
    ['monthly.rating-on-scale', 'error', '2008-03', cellOf('ET1_SelfRating')],
    ['monthly.no-workers-zero', 'error', '2008-03', cellOf('RR2_SelfRating')],
    ['monthly.late-return', 'warning', '2008-03', cellOf('Added_DateSubmitted')],
  ]);
  expect(findings[1].message).toBe(
    'Self rating 2 is not on this objective\'s scale (0, 1, 3): Education and Training objective "All STR workers to undergo induction…".',
  );
});

test('a stamped sheet that is not a monthly report gives one clear error', async () => {
  const grid = await fill('good2', goodValues());
  const sheet = grid.sheets.find((s) => s.name === '2008-03')!;
  sheet.cells = {};
  const findings = checkWorkbook({ ...grid, names: [] }, checkers, { previous: [], today });
  expect(findings.filter((f) => f.ruleId.startsWith('monthly.'))).toEqual([
    expect.objectContaining({ ruleId: 'monthly.unreadable', severity: 'error', sheet: '2008-03', cell: '' }),
  ]);
});

test("last month's return is found in the previous workbooks", async () => {
  const march = await fill('march', { ...goodValues(), EO2_SelfRating: 1 });
  const feb = buildMonthlyReportWorkbook({ site: 'Leeds', lead: 'Jo Bloggs', firstMonth: { year: 2008, month: 2 } });
  const febFile = path.join(dir, 'feb.xlsx');
  await writeWorkbookFile(febFile, feb, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(febFile);
  const sheet = workbook.getWorksheet('2008-02')!;
  for (const [field, value] of Object.entries({
    ...goodValues(),
    EO2_SelfRating: 3,
    EO2_DateAchieved: { kind: 'd', value: '2008-02-10' } as Value,
  }))
    sheet.getCell(cellOf(field)).value = excelValue(value);
  await workbook.xlsx.writeFile(febFile);
  const [outcome] = await readWorkbooks([febFile], { size: 1 });
  if (!outcome.ok) throw new Error(outcome.message);
  const findings = checkWorkbook(march, checkers, { previous: [outcome.grid], today });
  expect(findings.map((f) => [f.ruleId, f.cell])).toEqual([['monthly.rating-dropped', cellOf('EO2_SelfRating')]]);
});
