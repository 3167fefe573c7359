/** Every generated document reads back with its stamp, its sheet-scoped names and unchanged labels. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkWorkbook, namesOn } from '../../src/check/check-workbook';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { readWorkbooks } from '../../src/xlsx/read-pool';
import { WorkbookGrid } from '../../src/grid/grid';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-gen-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(file: string): Promise<WorkbookGrid> {
  const [outcome] = await readWorkbooks([file], { size: 1 });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.grid;
}

let file: string;
beforeAll(async () => {
  file = path.join(dir, 'monthly.xlsx');
  const spec = buildMonthlyReportWorkbook({ site: 'Leeds', lead: '=Jo', firstMonth: { year: 2008, month: 3 }, months: 2 });
  await writeWorkbookFile(file, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
});

test('each month keeps its own sheet-scoped names when read back', async () => {
  const grid = await read(file);
  const march = namesOn(grid, '2008-03').find((n) => n.name === 'EO1_SelfRating');
  const april = namesOn(grid, '2008-04').find((n) => n.name === 'EO1_SelfRating');
  expect(march).toMatchObject({ sheet: '2008-03', scope: '2008-03' });
  expect(april).toMatchObject({ sheet: '2008-04', scope: '2008-04' });
});

test('a freshly generated report has no findings about its labels', async () => {
  const findings = checkWorkbook(await read(file), [], { previous: [], today: new Date() });
  expect(findings).toEqual([]);
});

test('filling in the inputs does not count as editing labels; editing a statement does', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const march = workbook.getWorksheet('2008-03')!;
  let statement: ExcelJS.Cell | undefined;
  march.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.protection?.locked === false && typeof cell.value !== 'string') cell.value = 1;
      if (!statement && cell.value === NATIONAL_DEFINITION.sections[0].objectives[0].statement) statement = cell;
    }),
  );
  const filled = path.join(dir, 'filled.xlsx');
  await workbook.xlsx.writeFile(filled);
  expect(checkWorkbook(await read(filled), [], { previous: [], today: new Date() })).toEqual([]);

  statement!.value = 'All sites will sometimes involve service users.';
  const edited = path.join(dir, 'edited.xlsx');
  await workbook.xlsx.writeFile(edited);
  const findings = checkWorkbook(await read(edited), [], { previous: [], today: new Date() });
  expect(findings).toEqual([expect.objectContaining({ ruleId: 'document.labels-edited', sheet: '2008-03', severity: 'error' })]);
});
