/**
 * Every large flow of the add-in, run on the host built on Microsoft's library at the sizes the README
 * quotes, with its round trips, its largest real request body and its largest response: for
 * request-sizes.test.ts, read-sizes.test.ts and the bench's "largest real request" and "largest real
 * response" columns.
 */
import { addNextMonth, createMonthlyReports } from '../../src/excel/monthly-report';
import { createWorkerOutlines } from '../../src/excel/ksf-outline';
import { insertFramework, writeInParts } from '../../src/excel/insert-framework';
import { clearHighlights } from '../../src/excel/clear-highlights';
import { checkThisWorkbook } from '../../src/excel/check-workbook';
import { consolidateWorkbook } from '../../src/excel/consolidate';
import { MAX_SHADES, queueShadeChange } from '../../src/excel/highlights';
import { buildResultsSheet, CheckedFinding } from '../../src/check/results-sheet';
import { EMPTY_WORKBOOK, placeWorkbook } from '../../src/sheets/placement';
import { WorkerInput } from '../../src/roles/worker';
import { rangeAddress } from '../../src/sheets/a1';
import { fillAll, monthSheets } from '../excel/check-fill';
import { FakeExcel } from './fake-excel';
import { officeJsHost, OfficeJsHost } from './office-js-host';

export interface FlowMeasure {
  flow: string;
  size: string;
  /** Round trips the flow made. */
  syncs: number;
  /** The largest request body Microsoft's library serialised, in bytes. */
  largestRequest: number;
  /** The largest response, in bytes. */
  largestResponse: number;
}

const now = new Date(Date.UTC(2026, 0, 1));

/**
 * The Office.js host over `fake`, keeping neither the request bodies nor the fake's operations: sizes are all
 * these flows need, and at a thousand workers what was kept made garbage collection much of their time.
 */
function sizesOnlyHost(fake: FakeExcel): OfficeJsHost {
  const host = officeJsHost(fake);
  host.keepBodies = false;
  fake.recordOperations = false;
  return host;
}

async function measure(flow: string, size: string, run: (fake: FakeExcel) => Promise<unknown>, fake = new FakeExcel()) {
  const host = sizesOnlyHost(fake);
  const before = host.requests.length;
  await run(fake);
  const requests = host.requests.slice(before);
  return {
    flow,
    size,
    syncs: requests.length,
    largestRequest: Math.max(0, ...requests.map((r) => r.bytes)),
    largestResponse: Math.max(0, ...requests.map((r) => r.responseBytes)),
  };
}

/**
 * Workers of the two grades whose outlines Excel takes today: the Foundation outline asks for a 435 pt
 * row, which Excel refuses (issue 14, point 4).
 */
export function staff(n: number): WorkerInput[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Worker ${String(i + 1).padStart(4, '0')} ${['Smith', "O'Neill", 'Featherstonehaugh-Cholmondeley'][i % 3]}`,
    grade: i % 2 === 0 ? 'intermediate' : 'senior',
    setting: 'older-people',
    team: `Team ${(i % 12) + 1}`,
  }));
}

const report = { site: 'Cheshire & Wirral', lead: 'Jo', firstMonth: { year: 2008, month: 3 }, now };

export function measureInsertFramework(): Promise<FlowMeasure> {
  return measure('Insert framework', '9 sheets', (fake) =>
    insertFramework(officeJsHost(fake).context, 'keep-both', now),
  );
}

export function measureMonthlyReports(months: number): Promise<FlowMeasure> {
  return measure('Monthly reports', `${months} month${months === 1 ? '' : 's'}`, (fake) =>
    createMonthlyReports(officeJsHost(fake).context, { ...report, months }),
  );
}

export async function measureNextMonth(): Promise<FlowMeasure> {
  const fake = new FakeExcel();
  await createMonthlyReports(officeJsHost(fake).context, report);
  return measure(
    'Next month, carrying forward',
    '1 month',
    () => addNextMonth(officeJsHost(fake).context, { carryForward: true, now }),
    fake,
  );
}

export function measureOutlines(workers: number): Promise<FlowMeasure> {
  return measure('KSF outlines + role profiles', `${workers} worker${workers === 1 ? '' : 's'}`, (fake) =>
    createWorkerOutlines(officeJsHost(fake).context, staff(workers), 'keep-both', { now, comments: true }),
  );
}

/** `count` findings with the long messages a real check writes, spread over 12 monthly sheets. */
export function manyFindings(count: number): CheckedFinding[] {
  return Array.from({ length: count }, (_, i) => ({
    ruleId: 'monthly.rating-on-scale',
    severity: i % 3 === 0 ? ('error' as const) : ('warning' as const),
    sheet: `2008-${String((i % 12) + 1).padStart(2, '0')}`,
    cell: `B${(i % 400) + 10}`,
    message: `The self-rating for objective ${i} is not on the scale of 0 to 4 that the report uses; it was read as "five".`,
    fix: 'Choose a rating from the list in the cell, from 0 (not started) to 4 (fully in place).',
  }));
}

/** A workbook holding the sheets manyFindings are on (the results sheet links to them). */
export function checkedWorkbook(): FakeExcel {
  return new FakeExcel({
    sheets: Array.from({ length: 12 }, (_, i) => ({ name: `2008-${String(i + 1).padStart(2, '0')}` })),
  });
}

/** The results sheet's write, as checkThisWorkbook makes it (writeInParts). */
export function measureResultsSheet(findings: number): Promise<FlowMeasure> {
  return measure(
    'Check results sheet',
    `${findings.toLocaleString('en-GB')} findings`,
    async (fake) => {
      const spec = buildResultsSheet(manyFindings(findings), now);
      const stamp = {
        document: 'check-results',
        template: 't',
        templateVersion: '1',
        toolkitVersion: '0',
        frameworkEdition: '',
        generated: '',
      };
      await writeInParts(
        officeJsHost(fake).context,
        placeWorkbook({ sheets: [spec], names: [] }, EMPTY_WORKBOOK, stamp, [], 'replace'),
        EMPTY_WORKBOOK,
      );
    },
    checkedWorkbook(),
  );
}

/** The most shades one check writes (MAX_SHADES) on one sheet, then Clear highlights removing them all. */
export async function measureShading(): Promise<{ shading: FlowMeasure; clear: FlowMeasure }> {
  const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }, { name: 'Data' }] });
  const shades = Array.from({ length: MAX_SHADES }, (_, i) => ({
    cell: rangeAddress(i % 1000, Math.floor(i / 1000), i % 1000, Math.floor(i / 1000)),
    severity: i % 2 === 0 ? ('error' as const) : ('warning' as const),
  }));
  const state = { name: 'Data', visible: true, protected: false, options: {}, password: false, shades: [] };
  const shading = await measure(
    'Shading',
    `${MAX_SHADES.toLocaleString('en-GB')} cells (the most)`,
    async () => {
      const { context } = officeJsHost(fake);
      queueShadeChange(context, { state, remove: [], add: shades });
      await context.sync();
    },
    fake,
  );
  const clear = await measure(
    'Clear highlights',
    `${MAX_SHADES.toLocaleString('en-GB')} cells`,
    () => clearHighlights(officeJsHost(fake).context),
    fake,
  );
  return { shading, clear };
}

/** A workbook holding `workers` workers' outlines and role profiles beside 12 filled-in monthly reports. */
export async function outlinesWorkbook(workers: number): Promise<FakeExcel> {
  const fake = new FakeExcel();
  const { context } = sizesOnlyHost(fake);
  await createWorkerOutlines(context, staff(workers), 'keep-both', { now, comments: true });
  await createMonthlyReports(context, { ...report, months: 12 });
  fillAll(fake, monthSheets(fake));
  return fake;
}

/** A workbook holding `years` × 12 filled-in monthly reports, a year to a call, as a site adds them. */
export async function monthlyWorkbook(years: number): Promise<FakeExcel> {
  const fake = new FakeExcel();
  const { context } = sizesOnlyHost(fake);
  for (let year = 0; year < years; year++) {
    const firstMonth = { year: report.firstMonth.year + year, month: report.firstMonth.month };
    await createMonthlyReports(context, { ...report, firstMonth, months: 12 });
  }
  fillAll(fake, monthSheets(fake));
  return fake;
}

/** Check this workbook, then Consolidate it, on `fake` (each reads every sheet it needs). */
export async function measureReads(
  fake: FakeExcel,
  size: string,
): Promise<{ check: FlowMeasure; consolidate: FlowMeasure }> {
  const check = await measure(
    'Check this workbook',
    size,
    () => checkThisWorkbook(officeJsHost(fake).context, { today: now, now, passwordInfo: false }),
    fake,
  );
  const consolidate = await measure(
    'Consolidate this workbook',
    size,
    () => consolidateWorkbook(officeJsHost(fake).context, 'keep-both', { now, today: now }),
    fake,
  );
  return { check, consolidate };
}

/** Every flow at the sizes the README quotes, in its order (the bench's Office.js rows). */
export async function measureEveryFlow(): Promise<FlowMeasure[]> {
  const flows = [
    await measureInsertFramework(),
    await measureMonthlyReports(1),
    await measureMonthlyReports(12),
    await measureNextMonth(),
  ];
  for (const workers of [1, 15, 300, 1000]) flows.push(await measureOutlines(workers));
  flows.push(await measureResultsSheet(6000));
  const { shading, clear } = await measureShading();
  const outlines = await measureReads(await outlinesWorkbook(100), "100 workers' outlines, 12 months");
  const months = await measureReads(await monthlyWorkbook(10), '120 months');
  return [...flows, shading, clear, outlines.check, outlines.consolidate, months.check, months.consolidate];
}
