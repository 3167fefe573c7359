/**
 * Reading the open workbook into the checker's grid: three round trips for most workbooks, one more per
 * part of about 4 MB of cells (Excel on the web refuses a response over 5 MB), and what it holds.
 */
import { readWorkbook, readWorkbookGrid } from '../../src/excel/read-grid';
import { estimateReadBytes } from '../../src/excel/payload-estimate';
import { createMonthlyReports } from '../../src/excel/monthly-report';
import { HEADER_FIELDS } from '../../src/monthly/fields';
import { REGISTRY_SHEET } from '../../src/sheets/stamp';
import { FakeExcel, namedCell } from '../fakes/fake-excel';
import { EXCEL_WEB_PAYLOAD_LIMIT, officeJsContext, officeJsHost } from '../fakes/office-js-host';

const request = { site: 'Leeds', lead: 'Jo Bloggs', firstMonth: { year: 2008, month: 3 }, now: new Date() };

test('an empty workbook: three round trips, one empty sheet', async () => {
  const fake = new FakeExcel();
  const grid = await readWorkbookGrid(officeJsContext(fake));
  expect(fake.syncCount).toBe(3);
  expect(grid).toEqual({ sheets: [{ name: 'Sheet1', state: 'visible', cells: {}, merges: [] }], names: [] });
});

test.each([1, 12])('%i monthly sheets are read in three round trips', async (months) => {
  const fake = new FakeExcel();
  await createMonthlyReports(officeJsContext(fake), { ...request, months });
  const before = fake.syncCount;
  const grid = await readWorkbookGrid(officeJsContext(fake));
  expect(fake.syncCount - before).toBe(3);
  expect(grid.sheets).toHaveLength(months + 2); // Sheet1 and the registry
});

test('cells keep their kind, formula, lock and link; names keep their scope', async () => {
  const fake = new FakeExcel({ sheets: [{ name: 'Notes', rows: [['see', 'x']] }] });
  await createMonthlyReports(officeJsContext(fake), request);
  // A link the user added on their own sheet.
  fake.sheet('Notes').links.set('B1', { documentReference: "'2008-03'!A1", textToDisplay: 'x' });
  const grid = await readWorkbookGrid(officeJsContext(fake));

  const month = grid.sheets.find((s) => s.name === '2008-03')!;
  const at = (name: string) => month.cells[namedCell(fake, '2008-03', name)];
  // The month is a date serial with a date format: read as a date.
  expect(at(HEADER_FIELDS.month)).toMatchObject({ kind: 'd' });
  expect(at('Numbers_Total')).toMatchObject({ formula: 'SUM(B15:B17)' });
  expect(at(HEADER_FIELDS.site)).toEqual({ kind: 's', value: 'Leeds', unlocked: true });
  expect(month.cells.A1.unlocked).toBeUndefined();
  expect(grid.sheets.find((s) => s.name === REGISTRY_SHEET)?.state).toBe('hidden');
  expect(grid.sheets.find((s) => s.name === 'Notes')?.cells.B1).toEqual({
    kind: 's',
    value: 'x',
    hyperlink: "#'2008-03'!A1",
  });
  expect(grid.names).toEqual(
    expect.arrayContaining([
      {
        name: 'Numbers_InPost',
        sheet: '2008-03',
        range: namedCell(fake, '2008-03', 'Numbers_InPost'),
        scope: '2008-03',
      },
    ]),
  );
  expect(grid.names.find((n) => n.scope === null)).toBeDefined();
});

test('reads asked for alongside go in the second round trip', async () => {
  const fake = new FakeExcel();
  await createMonthlyReports(officeJsContext(fake), request);
  const before = fake.syncCount;
  const protection: Record<string, Excel.WorksheetProtection> = {};
  await readWorkbookGrid(officeJsContext(fake), (sheet, name) => {
    protection[name] = sheet.protection.load('protected');
  });
  expect(fake.syncCount - before).toBe(3);
  expect(protection['2008-03'].protected).toBe(true);
  expect(protection.Sheet1.protected).toBe(false);
});

test('only the sheets asked for have their cells read', async () => {
  const fake = new FakeExcel({
    sheets: [
      { name: 'Big', rows: [[1, 2, 3]] },
      { name: 'Small', rows: [['a']] },
    ],
  });
  const asked: string[] = [];
  const grid = await readWorkbookGrid(officeJsContext(fake), undefined, (name) => {
    asked.push(name);
    return name === 'Small';
  });
  expect(asked).toEqual(['Big', 'Small']);
  expect(grid.sheets).toEqual([
    { name: 'Big', state: 'visible', cells: {}, merges: [] },
    { name: 'Small', state: 'visible', cells: { A1: { kind: 's', value: 'a' } }, merges: [] },
  ]);
  expect(fake.operations.filter((op) => op.name === 'getCellProperties')).toHaveLength(1);
});

describe('in parts, under a budget of response', () => {
  let fake: FakeExcel;
  beforeAll(async () => {
    fake = new FakeExcel();
    await createMonthlyReports(officeJsContext(fake), { ...request, months: 12 });
  });

  test('twelve months under a small budget: one round trip per part, and the same grid', async () => {
    const whole = await readWorkbook(officeJsContext(fake));
    expect(whole.syncs).toBe(3);
    // Room for two monthly sheets a part (each is about 60 rows by 8 columns).
    const budget = estimateReadBytes(130, 8);
    const before = fake.syncCount;
    const parts = await readWorkbook(officeJsContext(fake), { budget });
    expect(parts.grid).toEqual(whole.grid);
    expect(parts.syncs).toBe(fake.syncCount - before);
    expect(parts.syncs).toBeGreaterThanOrEqual(2 + 7);
    expect(parts.syncs).toBeLessThanOrEqual(2 + 14);
  });

  test('a sheet larger than the budget is read in bands of rows and put back together', async () => {
    const whole = await readWorkbook(officeJsContext(fake), { cellsOf: (name) => name === '2008-03' });
    const banded = await readWorkbook(officeJsContext(fake), {
      cellsOf: (name) => name === '2008-03',
      budget: estimateReadBytes(10, 8),
    });
    expect(banded.grid).toEqual(whole.grid);
    expect(banded.syncs).toBeGreaterThan(2 + 4);
  });
});

test('cells fuller than the estimate: a response Excel refuses is read again in halves', async () => {
  // 1,300 cells of 2,000 characters: values and formulas alone come back as over 5 MB.
  const text = 'x'.repeat(2000);
  const fake = new FakeExcel({ sheets: [{ name: 'Notes', rows: Array.from({ length: 1300 }, () => [text]) }] });
  const host = officeJsHost(fake);
  const grid = await readWorkbookGrid(host.context);
  expect(Object.keys(grid.sheets[0].cells)).toHaveLength(1300);
  expect(grid.sheets[0].cells.A1300).toEqual({ kind: 's', value: text });
  const responses = host.requests.map((r) => r.responseBytes);
  expect(responses.filter((bytes) => bytes > EXCEL_WEB_PAYLOAD_LIMIT)).toHaveLength(1); // the refused one
  expect(host.requests).toHaveLength(2 + 3);
});
