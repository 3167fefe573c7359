import ExcelJS from 'exceljs';
import { framework } from '../../src/framework';
import {
  buildFrameworkWorkbook,
  FRAMEWORK_COLUMNS,
  FRAMEWORK_SHEETS,
  frameworkStamp,
} from '../../src/sheets/framework-sheets';
import { REGISTRY_NAME, REGISTRY_SHEET } from '../../src/sheets/stamp';
import { workbookBytes } from '../../src/xlsx/write-workbook';
import { TOOLKIT_VERSION } from '../../src/version';

let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  const bytes = await workbookBytes(buildFrameworkWorkbook(), frameworkStamp(new Date('2026-11-23T12:00:00Z')));
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
});

const sheet = (name: string) => {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`missing sheet ${name}`);
  return ws;
};
const text = (ws: ExcelJS.Worksheet, row: number, col: number) => String(ws.getCell(row, col).value ?? '');

test('every framework sheet is written, plus the hidden registry', () => {
  expect(workbook.worksheets.map((w) => w.name)).toEqual([...Object.values(FRAMEWORK_SHEETS), REGISTRY_SHEET]);
  expect(sheet(REGISTRY_SHEET).state).toBe('hidden');
});

test('the Competence Framework is a filterable table with the seed headings, frozen and printed landscape A4', () => {
  const ws = sheet(FRAMEWORK_SHEETS.framework);
  expect([1, 2, 3, 4, 5, 6].map((c) => text(ws, 3, c))).toEqual(FRAMEWORK_COLUMNS);
  const table = ws.getTable('CompetenceFramework') as unknown as {
    table: { tableRef: string; autoFilterRef: string; columns: { filterButton: boolean }[] };
  };
  expect(table.table.tableRef).toMatch(/^A3:F\d+$/);
  expect(table.table.autoFilterRef).toBe(table.table.tableRef);
  expect(table.table.columns.every((c) => c.filterButton)).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  expect(ws.pageSetup).toMatchObject({
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
  expect(ws.getCell('C10').alignment?.wrapText).toBe(true);
});

test('every NOS of the framework appears in the Competence Framework sheet with its title', () => {
  const ws = sheet(FRAMEWORK_SHEETS.framework);
  const nosColumn: string[] = [];
  ws.eachRow((row, n) => n > 3 && nosColumn.push(String(row.getCell(3).value ?? '')));
  const all = nosColumn.join('\n');
  for (const nos of framework.nos) expect(all).toContain(`${nos.code} ${nos.title}`);
});

test('area and section headings are rows of their own, visually grouped, with their number to filter on', () => {
  const ws = sheet(FRAMEWORK_SHEETS.framework);
  expect([text(ws, 4, 1), text(ws, 4, 2)]).toEqual([framework.areas[0].id, framework.areas[0].heading]);
  expect(text(ws, 4, 3)).toBe('');
  expect(ws.getCell(4, 2).font?.bold).toBe(true);
  expect((ws.getCell(4, 2).fill as ExcelJS.FillPattern).fgColor?.argb).toBeDefined();
  expect([text(ws, 5, 1), text(ws, 5, 2)]).toEqual([framework.sections[0].id, framework.sections[0].heading]);
  // Every row carries its section's number, so filtering on "1.1" keeps its heading and its NOS.
  expect(text(ws, 6, 1)).toBe(framework.sections[0].id);
});

test('reference sheets hold the seed counts', () => {
  const dataRows = (name: string) => sheet(name).rowCount - 3;
  expect(dataRows(FRAMEWORK_SHEETS.coreTasks)).toBe(108);
  expect(dataRows(FRAMEWORK_SHEETS.nos)).toBe(59);
  expect(dataRows(FRAMEWORK_SHEETS.ksf)).toBe(30);
  expect(dataRows(FRAMEWORK_SHEETS.esc)).toBe(10);
  expect(dataRows(FRAMEWORK_SHEETS.mostImportant)).toBe(18);
});

test('the Framework Map marks HSC396 against ESC 3 and 5 and HWB4 level 4', () => {
  const ws = sheet(FRAMEWORK_SHEETS.map);
  const header = Array.from(ws.getRow(3).values as ExcelJS.CellValue[], (v) => String(v ?? ''));
  let row = 0;
  ws.eachRow((r, n) => r.getCell(1).value === 'HSC396' && (row = n));
  const at = (heading: string) => ws.getCell(row, header.indexOf(heading)).value;
  expect(at('ESC 3')).toBe('●');
  expect(at('ESC 5')).toBe('●');
  expect(at('ESC 1')).toBeNull();
  expect(at('HWB4')).toBe(4);
});

test('the stamp records toolkit version and framework edition for every sheet', () => {
  const ws = sheet(REGISTRY_SHEET);
  expect(text(ws, 2, 1)).toBe(FRAMEWORK_SHEETS.framework);
  expect(text(ws, 2, 2)).toBe('framework');
  expect(text(ws, 2, 5)).toBe(TOOLKIT_VERSION);
  expect(text(ws, 2, 6)).toBe(framework.edition);
  expect(ws.rowCount).toBe(1 + Object.keys(FRAMEWORK_SHEETS).length);
  expect(workbook.definedNames.model.map((n: { name: string }) => n.name)).toContain(REGISTRY_NAME);
});
