/** Monthly reports through Office.js, on the fake host: round trips, payload, carry-forward, text safety. */
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { ADDED_FIELDS, HEADER_FIELDS, carriedFields } from '../../src/monthly/fields';
import { MonthlyReportError, addNextMonth, createMonthlyReports, latestReport } from '../../src/excel/monthly-report';
import { REGISTRY_SHEET, parseRegistry } from '../../src/sheets/stamp';
import { FakeExcel, FakeValue, namedCell, readCell, readValues, sheetNames } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';
import { REQUEST_BUDGET } from '../../src/excel/chunk-placement';

const MARCH_2008 = { year: 2008, month: 3 };
const request = {
  site: '=Cheshire & Wirral',
  lead: '+44 Jo',
  firstMonth: MARCH_2008,
  now: new Date(Date.UTC(2008, 2, 1)),
};

/** What a site lead typed into a field (as Excel stores it). */
function fill(fake: FakeExcel, sheet: string, name: string, value: FakeValue) {
  const [col, row] = /^([A-Z]+)(\d+)$/.exec(namedCell(fake, sheet, name))!.slice(1);
  const c = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  fake.sheet(sheet).cells.set(`${Number(row) - 1},${c}`, { value });
}
const valueOf = (fake: FakeExcel, sheet: string, name: string) => readCell(fake, sheet, namedCell(fake, sheet, name));

test('one month: two round trips, every field named on its sheet, names kept as text', async () => {
  const fake = new FakeExcel();
  const result = await createMonthlyReports(officeJsContext(fake), request);
  expect(fake.syncCount).toBeLessThanOrEqual(2);
  expect(result).toMatchObject({ sheets: ['2008-03'], syncs: 2 });
  expect(sheetNames(fake, '2008-03').map(([n]) => n)).toEqual(
    expect.arrayContaining(['EO1_SelfRating', 'Numbers_InPost', 'IO6_DateAchieved']),
  );
  expect(valueOf(fake, '2008-03', HEADER_FIELDS.site)).toEqual({ value: '=Cheshire & Wirral', prefixed: true });
  expect(valueOf(fake, '2008-03', HEADER_FIELDS.lead)).toEqual({ value: '+44 Jo', prefixed: true });
  expect(valueOf(fake, '2008-03', 'Numbers_Total')?.formula).toBe('=SUM(B15:B17)');
  expect(fake.sheet('2008-03').protection.protected).toBe(true);
  expect(fake.sheet('2008-03').pageLayout).toMatchObject({
    orientation: 'Portrait',
    paperSize: 'A4',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  });
  expect(parseRegistry(readValues(fake, REGISTRY_SHEET))).toEqual([
    expect.objectContaining({
      sheet: '2008-03',
      document: 'monthly-report',
      template: NATIONAL_DEFINITION.id,
      templateVersion: '1',
    }),
  ]);
});

test('twelve months: at most three round trips, each within the 4 MB budget of real request body', async () => {
  const fake = new FakeExcel();
  const result = await createMonthlyReports(officeJsContext(fake), { ...request, months: 12 });
  expect(fake.syncCount).toBeLessThanOrEqual(3);
  expect(result.sheets).toHaveLength(12);
  expect(result.sheets[11]).toBe('2009-02');
  expect(result.syncs).toBe(fake.syncCount);
  expect(fake.maxSyncBytes).toBeLessThanOrEqual(REQUEST_BUDGET);
  for (const sheet of result.sheets) expect(sheetNames(fake, sheet)).toEqual(sheetNames(fake, '2008-03'));
});

describe('adding the next month', () => {
  async function oneMonthFilledIn() {
    const fake = new FakeExcel();
    await createMonthlyReports(officeJsContext(fake), request);
    fill(fake, '2008-03', 'EO1_Baseline', 0);
    fill(fake, '2008-03', 'EO1_SelfRating', 2);
    fill(fake, '2008-03', 'ET1_PDSA', 4);
    fill(fake, '2008-03', 'IO6_DateAchieved', 39500);
    fill(fake, '2008-03', ADDED_FIELDS.steeringGroupMeeting, 39400);
    fill(fake, '2008-03', 'Numbers_InPost', 7);
    fill(fake, '2008-03', 'Report_Progress', 'Two new posts');
    return fake;
  }

  test('carry forward: two round trips; baselines, ratings, PDSA numbers and dates come across, counts do not', async () => {
    const fake = await oneMonthFilledIn();
    const before = fake.syncCount;
    const result = await addNextMonth(officeJsContext(fake), {
      carryForward: true,
      now: new Date(Date.UTC(2008, 3, 1)),
    });
    expect(fake.syncCount - before).toBeLessThanOrEqual(2);
    expect(result).toMatchObject({ sheets: ['2008-04'], from: '2008-03', month: '2008-04', syncs: 2 });
    const next = (name: string) => valueOf(fake, '2008-04', name)?.value;
    expect([next('EO1_Baseline'), next('EO1_SelfRating'), next('ET1_PDSA'), next('IO6_DateAchieved')]).toEqual([
      0, 2, 4, 39500,
    ]);
    expect(next(ADDED_FIELDS.steeringGroupMeeting)).toBe(39400);
    expect(next('EO2_SelfRating')).toBeUndefined();
    expect(next('Numbers_InPost')).toBeUndefined();
    expect(next('Report_Progress')).toBeUndefined();
    // The site and lead come across as the text they were.
    expect(valueOf(fake, '2008-04', HEADER_FIELDS.site)).toEqual({ value: '=Cheshire & Wirral', prefixed: true });
    expect(valueOf(fake, '2008-04', HEADER_FIELDS.lead)?.value).toBe('+44 Jo');
    expect(fake.sheet('2008-04').protection.protected).toBe(true);
    // Each carried field was copied by Excel from the named cell, not sent as a value.
    const copies = fake.operations.filter((op) => op.name === 'copyFrom');
    expect(copies).toHaveLength(2 + carriedFields(NATIONAL_DEFINITION).length);
    expect(parseRegistry(readValues(fake, REGISTRY_SHEET)).map((e) => e.sheet)).toEqual(['2008-03', '2008-04']);
  });

  test('without carry forward only the site and lead come across', async () => {
    const fake = await oneMonthFilledIn();
    await addNextMonth(officeJsContext(fake), { carryForward: false });
    expect(valueOf(fake, '2008-04', 'EO1_SelfRating')).toBeUndefined();
    expect(valueOf(fake, '2008-04', HEADER_FIELDS.site)?.value).toBe('=Cheshire & Wirral');
    expect(fake.operations.filter((op) => op.name === 'copyFrom')).toHaveLength(2);
  });

  test('follows the latest month the toolkit made, and keeps a clashing sheet of the user', async () => {
    const fake = new FakeExcel();
    await createMonthlyReports(officeJsContext(fake), { ...request, months: 12 });
    fake.model.addSheet('2010-01'); // the user's own sheet, not a report
    fake.model.addSheet('2009-03');
    const result = await addNextMonth(officeJsContext(fake), { carryForward: true });
    expect(result).toMatchObject({ from: '2009-02', month: '2009-03', sheets: ['2009-03 (2)'] });
    expect(sheetNames(fake, '2009-03 (2)')).toEqual(sheetNames(fake, '2008-03'));
    // Adding again follows the copy just made.
    expect(await addNextMonth(officeJsContext(fake), { carryForward: true })).toMatchObject({
      from: '2009-03 (2)',
      month: '2009-04',
    });
  });

  test('a workbook without a report, or a report from another template version, is refused before anything is written', async () => {
    const empty = new FakeExcel();
    await expect(addNextMonth(officeJsContext(empty), { carryForward: true })).rejects.toThrow(MonthlyReportError);
    expect(empty.syncCount).toBe(1);
    expect(empty.model.sheets.map((s) => s.name)).toEqual(['Sheet1']);

    const fake = await oneMonthFilledIn();
    const before = fake.syncCount;
    const other = { ...NATIONAL_DEFINITION, version: '2' };
    await expect(addNextMonth(officeJsContext(fake), { carryForward: true, definition: other })).rejects.toThrow(
      /another version of the report/,
    );
    expect(fake.syncCount - before).toBe(1);
    await addNextMonth(officeJsContext(fake), { carryForward: false, definition: other });
    expect(fake.model.findSheet('2008-04')).toBeDefined();
  });
});

test('latestReport reads months from sheet names the registry lists as reports', () => {
  const entry = (sheet: string, document = 'monthly-report') => ({
    sheet,
    document,
    template: 't',
    templateVersion: '1',
    toolkitVersion: '0.1.0',
    frameworkEdition: 'e',
    generated: '',
  });
  const state = { sheetNames: ['2008-12', '2009-01 (2)', 'Renamed'], tableNames: [], names: [], registry: [] };
  expect(latestReport(state, [entry('2008-12'), entry('2009-01 (2)'), entry('2009-05'), entry('Renamed')])?.sheet).toBe(
    '2009-01 (2)',
  );
  expect(latestReport(state, [entry('2009-01 (2)', 'framework')])).toBeNull();
});
