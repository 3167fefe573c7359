/** Reading the open workbook into the checker's grid: two round trips however many sheets, and what it holds. */
import { readWorkbookGrid } from '../../src/excel/read-grid';
import { createMonthlyReports } from '../../src/excel/monthly-report';
import { HEADER_FIELDS } from '../../src/monthly/fields';
import { REGISTRY_SHEET } from '../../src/sheets/stamp';
import { FakeExcel, namedCell } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';

const request = { site: 'Leeds', lead: 'Jo Bloggs', firstMonth: { year: 2008, month: 3 }, now: new Date() };

test('an empty workbook: two round trips, one empty sheet', async () => {
  const fake = new FakeExcel();
  const grid = await readWorkbookGrid(officeJsContext(fake));
  expect(fake.syncCount).toBe(2);
  expect(grid).toEqual({ sheets: [{ name: 'Sheet1', state: 'visible', cells: {}, merges: [] }], names: [] });
});

test.each([1, 12])('%i monthly sheets are read in two round trips', async (months) => {
  const fake = new FakeExcel();
  await createMonthlyReports(officeJsContext(fake), { ...request, months });
  const before = fake.syncCount;
  const grid = await readWorkbookGrid(officeJsContext(fake));
  expect(fake.syncCount - before).toBe(2);
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
  expect(fake.syncCount - before).toBe(2);
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
