/**
 * A programme or team sheet is worked out from other files, so a figure corrected on it by hand is no
 * "form wording changed" error: it is said as a change to a worked-out sheet, with where its figures come
 * from. A monthly report's wording edited is still that error.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/check/check-workbook';
import { WorkbookGrid } from '../../src/grid/grid';
import { readXlsx } from '../../src/ooxml/read-xlsx';
import { PROGRAMME_SHEETS } from '../../src/sheets/programme-sheets';
import { DOCUMENTS } from '../helpers/documents';

const check = (grid: WorkbookGrid) => checkWorkbook(grid, [], { previous: [], today: new Date('2008-06-20') });

/** The toolkit's programme workbook, with `edit` applied as a programme lead would in a spreadsheet program. */
async function programme(edit: (summary: ExcelJS.Worksheet) => void = () => undefined): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await DOCUMENTS.find((d) => d.kind === 'programme')!.bytes()) as never);
  edit(workbook.getWorksheet(PROGRAMME_SHEETS.summary)!);
  return readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The first cell holding a number the toolkit wrote (not a formula): a figure a lead might correct. */
function firstFigure(sheet: ExcelJS.Worksheet): ExcelJS.Cell {
  let figure: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => row.eachCell((cell) => void (figure ??= typeof cell.value === 'number' ? cell : undefined)));
  return figure!;
}

test('as made, the programme workbook has no findings about its sheets', async () => {
  expect(check(await programme())).toEqual([]);
});

test('a figure corrected on the programme summary is a warning that says where the figures come from', async () => {
  const findings = check(await programme((summary) => (firstFigure(summary).value = 99)));
  expect(findings).toEqual([
    {
      ruleId: 'document.changed-since-made',
      severity: 'warning',
      sheet: PROGRAMME_SHEETS.summary,
      cell: '',
      message: `Sheet "${PROGRAMME_SHEETS.summary}" was changed after the toolkit made it (a figure or its wording), so it may not show what the monthly returns say.`,
      fix: 'If a figure was corrected, correct the monthly returns too, then consolidate them again (Programme in the task pane, or str-toolkit consolidate).',
    },
  ]);
});

test('a monthly report’s edited wording is still the form wording error', async () => {
  const monthly = DOCUMENTS.find((d) => d.kind === 'monthly report')!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await monthly.bytes()) as never);
  workbook.getWorksheet('2008-03')!.getCell('A1').value = 'Our own report';
  const grid = readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
  expect(check(grid).filter((f) => f.sheet === '2008-03')).toEqual([
    expect.objectContaining({ ruleId: 'document.labels-edited', severity: 'error' }),
  ]);
});
