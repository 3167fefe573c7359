/**
 * Fills monthly returns in the fake's workbook as a site lead would: plain data, no Office.js, so the task
 * pane's end-to-end harness (built for the browser) can use it too.
 */
import { FakeExcel, FakeValue, parseAddress, sheetNames } from '../fakes/fake-excel';
import { goodValues, Value, Values } from '../check/monthly/fixture';

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
  // The sheet's names, looked up once (namedCell reads all the workbook's names, thousands at 120 months).
  const names = new Map<string, string>();
  for (const [name, address] of sheetNames(fake, sheet)) {
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), address);
  }
  const at = (name: string) => {
    const address = names.get(name.toLowerCase());
    if (address === undefined) throw new Error(`"${sheet}" has no name ${name}.`);
    return parseAddress(address);
  };
  for (const [name, value] of Object.entries(values)) {
    const { row, col } = at(name);
    const v = stored(value);
    if (v === null) cells.delete(`${row},${col}`);
    else cells.set(`${row},${col}`, { value: v });
  }
  // The fake never calculates: give the total formula the result Excel would show.
  const total = at('Numbers_Total');
  const parts = ['Numbers_InPost', 'Numbers_InRecruitment', 'Numbers_Identified'].map((n) => {
    const { row, col } = at(n);
    return cells.get(`${row},${col}`)?.value;
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
