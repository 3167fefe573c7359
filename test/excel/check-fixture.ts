/** Monthly returns made on the fake Excel host with the Office.js adapter, then filled in as a site lead would. */
import { createMonthlyReports } from '../../src/excel/monthly-report';
import { readWorkbookGrid } from '../../src/excel/read-grid';
import { WorkbookGrid } from '../../src/grid/grid';
import { FakeExcel, FakeValue, namedCell, parseAddress } from '../fakes/fake-excel';
import { goodValues, Value, Values } from '../check/monthly/fixture';
import { officeJsContext } from '../fakes/office-js-host';

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

/** Excel's serial number for an ISO date. */
export function serial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function stored(value: Value): FakeValue | null {
  if (value === null) return null;
  if (typeof value !== 'object') return value;
  if (value.kind === 'd') return serial(String(value.value));
  return value.value as FakeValue;
}

/** Types `values` into the sheet's named fields (as Excel stores them), then "calculates" the total. */
export function fillIn(fake: FakeExcel, sheet: string, values: Values): void {
  const cells = fake.sheet(sheet).cells;
  for (const [name, value] of Object.entries(values)) {
    const { row, col } = parseAddress(namedCell(fake, sheet, name));
    const v = stored(value);
    if (v === null) cells.delete(`${row},${col}`);
    else cells.set(`${row},${col}`, { value: v });
  }
  // The fake never calculates: give the total formula the result Excel would show.
  const total = parseAddress(namedCell(fake, sheet, 'Numbers_Total'));
  const parts = ['Numbers_InPost', 'Numbers_InRecruitment', 'Numbers_Identified'].map((n) => {
    const at = parseAddress(namedCell(fake, sheet, n));
    return cells.get(`${at.row},${at.col}`)?.value;
  });
  const cell = cells.get(`${total.row},${total.col}`)!;
  cell.value = parts.reduce((sum: number, v) => sum + (typeof v === 'number' ? v : 0), 0);
}

/** Good values for every month, with `bad` overriding some fields on some sheets. */
export function fillAll(fake: FakeExcel, sheets: string[], bad: Record<string, Values> = {}): void {
  for (const sheet of sheets) fillIn(fake, sheet, { ...goodValues(), ...bad[sheet] });
}

/** The monthly report sheets of the fake workbook, in order. */
export function monthSheets(fake: FakeExcel): string[] {
  return fake.model.sheets.map((s) => s.name).filter((n) => /^\d{4}-\d{2}$/.test(n));
}

/** The whole workbook as a grid, every sheet's cells read: what the command line would check. */
export async function gridOf(fake: FakeExcel): Promise<WorkbookGrid> {
  return readWorkbookGrid(officeJsContext(fake));
}
