/**
 * A workbook whose structure is protected (Review > Protect Workbook) refuses new, renamed and deleted
 * sheets. Every flow that adds sheets says so in plain words after its first read, before it writes
 * anything; "Add charts", which adds no sheet, still works.
 */
import { checkThisWorkbook } from '../../src/excel/check-workbook';
import { addProgrammeCharts, consolidateWorkbook } from '../../src/excel/consolidate';
import { insertFramework } from '../../src/excel/insert-framework';
import { createWorkerOutlines, readStaffList } from '../../src/excel/ksf-outline';
import { addNextMonth, createMonthlyReports } from '../../src/excel/monthly-report';
import { errorMessage } from '../../src/taskpane/messages';
import { FakeExcel } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';
import { fillAll, monthSheets, NOW, TODAY, workbookWithMonths } from './check-fixture';

const now = new Date('2008-04-20T12:00:00Z');
const month = { site: 'Leeds', lead: 'Jo Bloggs', firstMonth: { year: 2008, month: 3 }, now };
const sam = { name: 'Sam Lee', grade: 'intermediate', setting: 'crisis', team: 'North' } as const;

/** A workbook with two filled monthly reports (so Check and Consolidate have work to do), then protected. */
async function protectedWorkbook(): Promise<FakeExcel> {
  const fake = await workbookWithMonths(2);
  fillAll(fake, monthSheets(fake));
  fake.model.structureProtected = true;
  return fake;
}

/** A snapshot of what the user would see: sheet names, and every cell of every sheet. */
function contents(fake: FakeExcel): string {
  return JSON.stringify(fake.model.sheets.map((s) => [s.name, s.visibility, [...s.cells], s.conditionalFormats]));
}

const flows: [string, (context: Excel.RequestContext) => Promise<unknown>][] = [
  ['insert the framework', (c) => insertFramework(c, 'keep-both', now)],
  ['make monthly reports', (c) => createMonthlyReports(c, { ...month, firstMonth: { year: 2009, month: 1 } })],
  ['add the next month', (c) => addNextMonth(c, { carryForward: true, now })],
  ['make outlines from the form', (c) => createWorkerOutlines(c, [sam])],
  ['read a staff list for outlines', (c) => readStaffList(c)],
  ['check this workbook', (c) => checkThisWorkbook(c, { today: TODAY, now: NOW })],
  ['consolidate this workbook', (c) => consolidateWorkbook(c, 'keep-both', { now, today: now })],
];

describe.each(flows)('%s', (_, flow) => {
  test('refuses with a message that says how to unprotect, after its read and before any change', async () => {
    const fake = await protectedWorkbook();
    const before = contents(fake);
    const syncsBefore = fake.syncCount;
    const opsBefore = fake.operations.length;

    const failure = await flow(officeJsContext(fake)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'ProtectedWorkbookError' });
    const message = errorMessage(failure);
    expect(message.lines.join(' ')).toMatch(
      /structure is protected.*Nothing was changed.*Review tab.*Protect Workbook/,
    );

    expect(contents(fake)).toBe(before);
    // Only reads were sent: no value set, nothing added, renamed or deleted.
    const sent = fake.operations.slice(opsBefore);
    expect(sent.filter((op) => op.action === 'set')).toEqual([]);
    expect(sent.map((op) => op.name)).not.toEqual(expect.arrayContaining(['add']));
    expect(sent.map((op) => op.name)).not.toEqual(expect.arrayContaining(['delete']));
    // The refusal comes from the flow's own read (three round trips for Check and Consolidate): none of its own.
    expect(fake.syncCount - syncsBefore).toBeLessThanOrEqual(3);
  });
});

test('the same flows work once the protection is lifted', async () => {
  const fake = await protectedWorkbook();
  fake.model.structureProtected = false;
  await expect(insertFramework(officeJsContext(fake), 'keep-both', now)).resolves.toMatchObject({ syncs: 2 });
});

test('"Add charts" adds no sheet, so a protected structure does not stop it', async () => {
  const fake = await protectedWorkbook();
  fake.model.structureProtected = false;
  await consolidateWorkbook(officeJsContext(fake), 'keep-both', { now, today: now });
  fake.model.structureProtected = true;
  const result = await addProgrammeCharts(officeJsContext(fake));
  expect(result.added.length).toBeGreaterThan(0);
});

describe('the fake refuses what Excel refuses while the structure is protected', () => {
  test.each([
    ['add a sheet', (c: Excel.RequestContext) => c.workbook.worksheets.add('New')],
    ['rename a sheet', (c: Excel.RequestContext) => (c.workbook.worksheets.getItem('2008-03').name = 'March')],
    ['delete a sheet', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('2008-03').delete()],
    ['hide a sheet', (c: Excel.RequestContext) => (c.workbook.worksheets.getItem('2008-03').visibility = 'Hidden')],
  ])('%s', async (_, change) => {
    const fake = await protectedWorkbook();
    const context = officeJsContext(fake);
    change(context);
    await expect(context.sync()).rejects.toThrow(/structure is protected/);
  });

  test('and reports the protection when asked', async () => {
    const fake = await protectedWorkbook();
    const context = officeJsContext(fake);
    const protection = context.workbook.protection.load('protected');
    await context.sync();
    expect(protection.protected).toBe(true);
  });
});
