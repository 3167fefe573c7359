/** Monthly returns made on the fake Excel host with the Office.js adapter, then filled in as a site lead would. */
import { createMonthlyReports } from '../../src/excel/monthly-report';
import { readWorkbookGrid } from '../../src/excel/read-grid';
import { WorkbookGrid } from '../../src/grid/grid';
import { FakeExcel } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';

export { fillAll, fillIn, monthSheets, serial } from './check-fill';

export const TODAY = new Date('2008-04-20T12:00:00Z');
export const NOW = new Date('2008-04-20T12:30:00Z');

/** A fresh workbook with `months` monthly report sheets from March 2008 (made in one or more batches of 12). */
export async function workbookWithMonths(months: number, fake = new FakeExcel()): Promise<FakeExcel> {
  for (let made = 0; made < months; made += 12) {
    const first = { year: 2008 + Math.floor((2 + made) / 12), month: ((2 + made) % 12) + 1 };
    await createMonthlyReports(officeJsContext(fake), {
      site: 'Leeds',
      lead: 'Jo Bloggs',
      firstMonth: first,
      months: Math.min(12, months - made),
      now: new Date('2008-03-01T00:00:00Z'),
    });
  }
  return fake;
}

/** The whole workbook as a grid, every sheet's cells read: what the command line would check. */
export async function gridOf(fake: FakeExcel): Promise<WorkbookGrid> {
  return readWorkbookGrid(officeJsContext(fake));
}
