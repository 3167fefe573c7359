/**
 * Check and Consolidate read the open workbook in parts (read-grid.ts), so every response stays at or
 * under the 4 MB budget (Excel on the web refuses a response over 5 MB) in a bounded number of round
 * trips; and the read estimate that sizes the parts is never below the real response for the toolkit's
 * own sheets. The workbooks are made once and shared: they are the expensive part.
 */
import { REQUEST_BUDGET } from '../../src/excel/chunk-placement';
import { estimateReadBytes } from '../../src/excel/payload-estimate';
import { readWorkbook } from '../../src/excel/read-grid';
import { RESULTS_SHEET } from '../../src/check/results-sheet';
import { PROGRAMME_SHEETS } from '../../src/sheets/programme-sheets';
import { FakeExcel } from '../fakes/fake-excel';
import { officeJsHost } from '../fakes/office-js-host';
import { FlowMeasure, measureReads, monthlyWorkbook, outlinesWorkbook } from '../fakes/measure-flows';

jest.setTimeout(600_000);

function withinBudget(m: FlowMeasure): void {
  expect(m.largestResponse).toBeGreaterThan(REQUEST_BUDGET / 4); // large enough to mean something
  expect(m.largestResponse).toBeLessThanOrEqual(REQUEST_BUDGET);
  expect(m.largestRequest).toBeLessThanOrEqual(REQUEST_BUDGET);
}

describe("100 workers' outlines and role profiles beside 12 monthly reports", () => {
  let fake: FakeExcel;
  let check: FlowMeasure;
  let consolidate: FlowMeasure;
  beforeAll(async () => {
    fake = await outlinesWorkbook(100);
    ({ check, consolidate } = await measureReads(fake, '100 workers'));
  });

  test('Check: every response and request under 4 MB, in a bounded number of round trips', () => {
    withinBudget(check);
    // Three reads of about 19 MB of cells by an estimate that sits above the real size: 2 + up to 10 parts,
    // then the results sheet and the shading.
    expect(check.syncs).toBeLessThanOrEqual(2 + 10 + 2);
  });

  test('Consolidate: every response and request under 4 MB, in a bounded number of round trips', () => {
    withinBudget(consolidate);
    expect(consolidate.syncs).toBeLessThanOrEqual(2 + 12 + 2);
  });

  test('the read estimate is never below the real response, nor far above it, for each kind of sheet', async () => {
    const host = officeJsHost(fake);
    const names = fake.model.sheets
      .map((s) => s.name)
      .filter(
        (n) =>
          /0001|0002|^2008-03$/.test(n) ||
          n === RESULTS_SHEET ||
          (Object.values(PROGRAMME_SHEETS) as string[]).includes(n),
      );
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const before = host.requests.length;
      const read = await readWorkbook(host.context, { cellsOf: (n) => n === name });
      expect(read.syncs).toBe(3);
      const used = host.context.workbook.worksheets.getItem(name).getUsedRange(true).load('rowCount,columnCount');
      await host.context.sync();
      const real = host.requests[before + 2].responseBytes;
      const estimate = estimateReadBytes(used.rowCount, used.columnCount);
      if (process.env.SHOW_READS)
        console.log(
          name,
          used.rowCount,
          used.columnCount,
          real,
          estimate,
          (real / used.rowCount / used.columnCount).toFixed(1),
        );
      expect({ name, real, estimate, below: estimate < real }).toMatchObject({ below: false });
      expect(estimate).toBeLessThan(real * 4);
    }
  });
});

test('Check and Consolidate of 120 monthly reports: every response under 4 MB', async () => {
  const fake = await monthlyWorkbook(10);
  const { check, consolidate } = await measureReads(fake, '120 months');
  withinBudget(check);
  withinBudget(consolidate);
  expect(check.syncs).toBeLessThanOrEqual(2 + 6 + 2);
  expect(consolidate.syncs).toBeLessThanOrEqual(2 + 6 + 2);
});
