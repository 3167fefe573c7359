/**
 * Every large flow on the host built on Microsoft's library, at the sizes the README quotes: each request
 * at or under the 4 MB budget of real request body (Excel on the web refuses 5 MB), and the estimate that
 * splits writes never below what the library really sends.
 */
import { REQUEST_BUDGET } from '../../src/excel/chunk-placement';
import { estimateSheetBytes } from '../../src/excel/payload-estimate';
import { queuePlacement } from '../../src/excel/render';
import { buildFrameworkWorkbook } from '../../src/sheets/framework-sheets';
import { SheetSpec } from '../../src/sheets/model';
import { EMPTY_WORKBOOK, placeWorkbook } from '../../src/sheets/placement';
import { buildWorkerWorkbook, workerStamp } from '../../src/sheets/worker-workbook';
import { buildResultsSheet } from '../../src/check/results-sheet';
import { buildMonthSheet } from '../../src/sheets/monthly-report-sheets';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { officeJsHost } from '../fakes/office-js-host';
import {
  checkedWorkbook,
  FlowMeasure,
  manyFindings,
  measureInsertFramework,
  measureMonthlyReports,
  measureNextMonth,
  measureOutlines,
  measureResultsSheet,
  measureShading,
  staff,
} from '../fakes/measure-flows';

function withinBudget(m: FlowMeasure): void {
  expect(m.largestRequest).toBeGreaterThan(0);
  expect(m.largestRequest).toBeLessThanOrEqual(REQUEST_BUDGET);
}

test('insert framework, monthly reports (1 and 12 months) and the next month: at most two writes each, under 4 MB', async () => {
  const framework = await measureInsertFramework();
  expect(framework.syncs).toBe(2);
  withinBudget(framework);
  for (const months of [1, 12]) {
    const m = await measureMonthlyReports(months);
    expect(m.syncs).toBeLessThanOrEqual(months === 1 ? 2 : 3);
    withinBudget(m);
  }
  const next = await measureNextMonth();
  expect(next.syncs).toBe(2);
  withinBudget(next);
});

test('outlines for 1, 15 and 300 workers: every request under 4 MB, about one per 4 MB', async () => {
  for (const workers of [1, 15, 300]) {
    const m = await measureOutlines(workers);
    withinBudget(m);
    if (workers === 1) expect(m.syncs).toBe(2);
  }
});

test('outlines for 1,000 workers: every request under 4 MB', async () => {
  const m = await measureOutlines(1000);
  withinBudget(m);
  expect(m.syncs).toBeLessThan(120);
});

test('a results sheet with 6,000 findings is written in bands of rows, each request under 4 MB', async () => {
  const m = await measureResultsSheet(6000);
  withinBudget(m);
  expect(m.syncs).toBeGreaterThan(1);
});

test('the most shading one check writes, and clearing it, stay under 4 MB', async () => {
  const { shading, clear } = await measureShading();
  withinBudget(shading);
  expect(shading.syncs).toBe(1);
  withinBudget(clear);
});

/** The real body of writing `sheets` in one request, less an empty placement's (the registry write). */
async function realBytes(sheets: SheetSpec[]): Promise<number> {
  const bytes = async (list: SheetSpec[]) => {
    const fake = checkedWorkbook();
    const host = officeJsHost(fake);
    const placement = placeWorkbook(
      { sheets: list, names: [] },
      EMPTY_WORKBOOK,
      workerStamp(new Date(0)),
      [],
      'keep-both',
    );
    queuePlacement(host.context, placement, EMPTY_WORKBOOK, { comments: true });
    await host.context.sync();
    return host.requests[0].bytes;
  };
  return (await bytes(sheets)) - (await bytes([]));
}

const month = buildMonthSheet(NATIONAL_DEFINITION, { site: 'A site', lead: 'A lead', month: { year: 2009, month: 3 } });
const cases: [string, SheetSpec[]][] = [
  ['the framework', buildFrameworkWorkbook().sheets],
  ['12 workers’ profiles and outlines', buildWorkerWorkbook(staff(12), { index: false }).spec.sheets],
  ['a monthly report', [month.sheet]],
  ['a results sheet with 1,000 findings', [buildResultsSheet(manyFindings(1000), new Date(0))]],
];
test.each(cases)('the estimate is never below the real request body: %s', async (_name, sheets) => {
  const estimate = sheets.reduce((sum, s) => sum + estimateSheetBytes(s, { comments: true }), 0);
  const real = await realBytes(sheets);
  expect(estimate).toBeGreaterThanOrEqual(real);
  expect(estimate).toBeLessThan(real * 1.6); // and not so far above that requests are wasted
});
