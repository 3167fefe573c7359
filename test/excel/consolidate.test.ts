/**
 * The programme view in Excel (fake host): the open workbook's monthly sheets consolidated in two read
 * round trips and two writes (sheets, then charts) however many sheets, with native charts on the same
 * tables; and "Add charts" on a programme workbook made earlier.
 */
import { createMonthlyReports } from '../../src/excel/monthly-report';
import {
  ProgrammeError,
  THIS_WORKBOOK,
  addProgrammeCharts,
  applyProgramme,
  consolidateWorkbook,
  planProgramme,
} from '../../src/excel/consolidate';
import { applyInsert } from '../../src/excel/insert-framework';
import { readWorkbookGrid } from '../../src/excel/read-grid';
import { PROGRAMME_SHEETS } from '../../src/sheets/programme-sheets';
import { consolidatedMessage } from '../../src/taskpane/programme-messages';
import {
  FakeExcel,
  FakeExcelOptions,
  chartsOn,
  conditionalFormatsOn,
  namedCell,
  parseAddress,
  readCell,
  readValues,
} from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';

const now = new Date('2008-06-20T12:00:00Z');
const options = { now, today: now };

/** Types a value into a named input of a month's sheet, as a site lead would. */
function type(fake: FakeExcel, sheet: string, field: string, value: number | string): void {
  const { row, col } = parseAddress(namedCell(fake, sheet, field));
  fake.sheet(sheet).cells.set(`${row},${col}`, { value });
}

/** The workbooks made so far, by sites and months: each test changes a copy of its own. */
const built = new Map<string, Promise<FakeExcel>>();

/** Sites with `months` monthly sheets each in one workbook; in post = 10 × site + month + 1. */
async function programmeWorkbook(
  sites: string[],
  months: number,
  fakeOptions: FakeExcelOptions = {},
): Promise<FakeExcel> {
  const key = JSON.stringify([sites, months]);
  if (!built.has(key)) built.set(key, buildProgrammeWorkbook(sites, months));
  return (await built.get(key)!).copy(fakeOptions);
}

async function buildProgrammeWorkbook(sites: string[], months: number): Promise<FakeExcel> {
  const fake = new FakeExcel();
  for (const site of sites) {
    const before = new Set(fake.model.sheets.map((s) => s.name));
    await createMonthlyReports(officeJsContext(fake), {
      site,
      lead: `Lead of ${site}`,
      firstMonth: { year: 2008, month: 3 },
      months,
      now,
    });
    const added = fake.model.sheets.map((s) => s.name).filter((n) => !before.has(n) && /^\d{4}-\d{2}/.test(n));
    added.forEach((sheet, m) => {
      const s = sites.indexOf(site);
      type(fake, sheet, 'Numbers_InPost', 10 * s + m + 1);
      type(fake, sheet, 'Numbers_InRecruitment', 1);
      type(fake, sheet, 'Numbers_Identified', 2);
      type(fake, sheet, 'Area_CMHT', 10 * s + m + 1);
      type(fake, sheet, 'Added_LivedExperience', 1);
      type(fake, sheet, 'EO1_SelfRating', (s + m) % 4);
    });
  }
  return fake;
}

test.each([
  [2, 3],
  [3, 12],
])('%i sites × %i months: three read round trips, one for the sheets, one for the charts', async (sites, months) => {
  const names = Array.from({ length: sites }, (_, i) => `Site ${i + 1}`);
  const fake = await programmeWorkbook(names, months);
  const context = officeJsContext(fake);
  const start = fake.syncCount;
  const plan = await planProgramme(context, options);
  expect(fake.syncCount - start).toBe(3);
  expect(plan.syncs).toBe(3);
  expect(plan.programme.returns).toHaveLength(sites * months);
  const result = await applyProgramme(context, plan, 'keep-both');
  expect(fake.syncCount - start - 3).toBe(2);
  expect(result.syncs).toBe(2);
  expect(fake.maxSyncBytes).toBeLessThan(5 * 2 ** 20);
  expect(result.charts).toEqual({
    added: ['STR_WorkersInPost', 'STR_ServiceAreaShares', 'STR_ObjectiveProgress'],
    skipped: [],
  });
  expect(result.sheets).toEqual(Object.values(PROGRAMME_SHEETS));
});

test('the sheets hold the returns, formulas for the totals, colour scales, data bars and native charts', async () => {
  const fake = await programmeWorkbook(['Leeds', 'York'], 3);
  const result = await consolidateWorkbook(officeJsContext(fake), 'keep-both', options);
  expect(result.syncs).toBe(5);
  expect(result.programme.notIncluded).toEqual([]);

  const summary = readValues(fake, PROGRAMME_SHEETS.summary);
  expect(summary[2].slice(0, 3)).toEqual(['Site', 'Month', 'Workers in post']);
  expect(summary.slice(3, 9).map((r) => [r[0], r[2], r[12]])).toEqual([
    ['Leeds', 1, THIS_WORKBOOK],
    ['Leeds', 2, THIS_WORKBOOK],
    ['Leeds', 3, THIS_WORKBOOK],
    ['York', 11, THIS_WORKBOOK],
    ['York', 12, THIS_WORKBOOK],
    ['York', 13, THIS_WORKBOOK],
  ]);
  expect(readCell(fake, PROGRAMME_SHEETS.summary, 'F4')?.formula).toBe('=SUM(C4:E4)');
  const monthsHeader = summary.findIndex((r) => r[0] === 'Month');
  expect(readCell(fake, PROGRAMME_SHEETS.summary, `C${monthsHeader + 2}`)?.formula).toBe(
    `=SUMIF($B$4:$B$9,$A${monthsHeader + 2},$C$4:$C$9)`,
  );

  const objectives = conditionalFormatsOn(fake, PROGRAMME_SHEETS.objectives);
  expect(objectives.find((f) => f.type === 'ColorScale')).toMatchObject({
    address: 'C4:S5',
    criteria: {
      minimum: { type: 'Number', formula: '0', color: '#F8696B' },
      midpoint: { type: 'Number', formula: '1.5', color: '#FFEB84' },
      maximum: { type: 'Number', formula: '3', color: '#63BE7B' },
    },
  });
  expect(conditionalFormatsOn(fake, PROGRAMME_SHEETS.trends).map((f) => f.type)).toEqual(['DataBar', 'ColorScale']);

  expect(chartsOn(fake, PROGRAMME_SHEETS.trends)).toEqual([
    {
      name: 'STR_WorkersInPost',
      type: 'Line',
      source: `${PROGRAMME_SHEETS.trends}!A3:B6`,
      seriesBy: 'Columns',
      title: 'STR workers in post',
      position: { from: 'I3', to: 'Q21' },
      altText: {
        title: 'STR workers in post',
        description: expect.stringMatching(/^Line chart of the STR workers in post/),
      },
    },
  ]);
  const areas = readValues(fake, PROGRAMME_SHEETS.areas);
  const areaHeader = areas.findIndex((r) => r[0] === 'Service area');
  expect(chartsOn(fake, PROGRAMME_SHEETS.areas)[0]).toMatchObject({
    type: 'Pie',
    source: `${PROGRAMME_SHEETS.areas}!A${areaHeader + 1}:B${areaHeader + 12}`,
  });
  const objectiveRows = readValues(fake, PROGRAMME_SHEETS.objectives);
  const objectiveHeader = objectiveRows.findIndex((r) => r[0] === 'Objective');
  expect(chartsOn(fake, PROGRAMME_SHEETS.objectives)[0]).toMatchObject({
    type: 'BarStacked',
    source: `${PROGRAMME_SHEETS.objectives}!A${objectiveHeader + 1}:E${objectiveHeader + 18}`,
  });
  // The Excel copy says nothing about adding charts: it has them.
  expect(String(summary[1][0])).not.toMatch(/Add charts/);
});

test('when Excel refuses the charts, the sheets stay and the result says what to do', async () => {
  const fakeOptions: FakeExcelOptions = {};
  const fake = await programmeWorkbook(['Leeds'], 2, fakeOptions);
  // The fifth round trip from here is the charts'.
  fakeOptions.failOnSync = fake.syncCount + 5;
  const result = await consolidateWorkbook(officeJsContext(fake), 'keep-both', options);
  expect(result.charts.added).toEqual([]);
  expect(result.charts.skipped).toEqual([
    'Excel could not add the charts (Simulated failure of sync ' +
      `${fakeOptions.failOnSync}.). The programme sheets are there: choose "Add charts" to try again.`,
  ]);
  expect(readValues(fake, PROGRAMME_SHEETS.summary)[3][0]).toBe('Leeds');
  expect(chartsOn(fake, PROGRAMME_SHEETS.trends)).toEqual([]);
});

/** Adds Leeds's monthly sheets from `month` of 2008, not filled in, as "Create monthly reports" makes them. */
function addLeedsMonths(fake: FakeExcel, month: number, months: number, lead = 'Lead of Leeds') {
  return createMonthlyReports(officeJsContext(fake), {
    site: 'Leeds',
    lead,
    firstMonth: { year: 2008, month },
    months,
    now,
  });
}

test('two versions of one site and month in the workbook: the later sheet counts, the other is listed as replaced', async () => {
  const fake = await programmeWorkbook(['Leeds'], 2);
  await addLeedsMonths(fake, 3, 1, 'Someone else');
  type(fake, '2008-03 (2)', 'Numbers_InPost', 9);
  const result = await consolidateWorkbook(officeJsContext(fake), 'keep-both', options);
  expect(result.programme.returns.map((r) => [r.sheet, r.numbers[0]])).toEqual([
    ['2008-03 (2)', 9],
    ['2008-04', 2],
  ]);
  expect(result.programme.replaced).toEqual([
    {
      site: 'Leeds',
      month: { year: 2008, month: 3 },
      counted: { source: THIS_WORKBOOK, sheet: '2008-03 (2)' },
      replaced: [{ source: THIS_WORKBOOK, sheet: '2008-03' }],
    },
  ]);
  const notIncluded = readValues(fake, PROGRAMME_SHEETS.notIncluded);
  expect(notIncluded.slice(3).map((r) => [r[1], r[2]])).toEqual([['2008-03', 'Replaced by a newer version']]);
  expect(notIncluded[3][3]).toBe(
    'Replaced by a newer version: Leeds, March 2008 is counted from This workbook, sheet "2008-03 (2)" ' +
      '(it comes later in the workbook), not from This workbook, sheet "2008-03".',
  );
});

test("months not filled in yet are not returns: not counted, not a site's latest, not a zero in Trends", async () => {
  // Leeds has a year of sheets and has filled in March and April only (programmeWorkbook fills all it makes).
  const fake = await programmeWorkbook(['Leeds'], 2);
  await addLeedsMonths(fake, 5, 10);
  const result = await consolidateWorkbook(officeJsContext(fake), 'keep-both', options);
  const { programme } = result;
  expect(programme.returns.map((r) => r.sheet)).toEqual(['2008-03', '2008-04']);
  expect(programme.latest.map((r) => r.sheet)).toEqual(['2008-04']);
  expect(programme.trends.map((t) => [t.month.month, t.inPost])).toEqual([
    [3, 1],
    [4, 2],
  ]);
  expect(programme.notIncluded).toEqual([]);
  expect(programme.notFilled).toBe(10);
  expect(consolidatedMessage({ kind: 'inserted', choice: 'keep-both', result }, result).lines.slice(0, 2)).toEqual([
    '2 returns from 1 site, March 2008 to April 2008.',
    '10 months not filled in yet, so not counted.',
  ]);
});

test('a workbook whose months are none of them filled in is refused, saying why, before anything is written', async () => {
  const fake = new FakeExcel();
  await addLeedsMonths(fake, 3, 12);
  const before = fake.model.sheets.map((s) => s.name);
  await expect(consolidateWorkbook(officeJsContext(fake), 'keep-both', options)).rejects.toThrow(
    'Nothing was consolidated: no month is filled in yet (12 months not filled in yet).',
  );
  expect(fake.model.sheets.map((s) => s.name)).toEqual(before);
});

test('consolidating again keeps or replaces the earlier programme sheets, as the user chose', async () => {
  const fake = await programmeWorkbook(['Leeds'], 2);
  await consolidateWorkbook(officeJsContext(fake), 'keep-both', options);
  const plan = await planProgramme(officeJsContext(fake), options);
  // The earlier programme view is not a return: nothing about it is "not included".
  expect(plan.programme.notIncluded).toEqual([]);
  expect(plan.clashes).toEqual(Object.values(PROGRAMME_SHEETS));
  const replaced = await applyProgramme(officeJsContext(fake), plan, 'replace');
  expect(replaced.replaced).toEqual(Object.values(PROGRAMME_SHEETS));
  expect(chartsOn(fake, PROGRAMME_SHEETS.trends)).toHaveLength(1);
});

test('a workbook without monthly report sheets is refused before anything is written', async () => {
  const fake = new FakeExcel({ sheets: [{ name: 'Budget', rows: [['Item', 'Cost']] }] });
  await expect(consolidateWorkbook(officeJsContext(fake), 'keep-both', options)).rejects.toThrow(
    'This workbook has no monthly report sheets to consolidate. Create or copy in the monthly reports first.',
  );
  expect(fake.syncCount).toBe(3);
  expect(fake.model.sheets.map((s) => s.name)).toEqual(['Budget']);
});

describe('"Add charts" on a programme workbook made without them', () => {
  async function withoutCharts(): Promise<FakeExcel> {
    const fake = await programmeWorkbook(['Leeds', 'York'], 3);
    const plan = await planProgramme(officeJsContext(fake), options);
    await applyInsert(officeJsContext(fake), plan, 'keep-both');
    expect(chartsOn(fake, PROGRAMME_SHEETS.trends)).toEqual([]);
    return fake;
  }

  test('finds the sheets by their stamp and adds the charts in three round trips', async () => {
    const fake = await withoutCharts();
    const start = fake.syncCount;
    const result = await addProgrammeCharts(officeJsContext(fake));
    expect(fake.syncCount - start).toBe(3);
    expect(result).toEqual({
      added: ['STR_WorkersInPost', 'STR_ServiceAreaShares', 'STR_ObjectiveProgress'],
      skipped: [],
      syncs: 3,
    });
    expect(chartsOn(fake, PROGRAMME_SHEETS.trends)[0]).toMatchObject({
      source: `${PROGRAMME_SHEETS.trends}!A3:B6`,
      title: 'STR workers in post',
    });
  });

  test('with two programme views kept, the charts go on the latest copy', async () => {
    const fake = await withoutCharts();
    const second = await consolidateWorkbook(officeJsContext(fake), 'keep-both', options);
    expect(second.renamed.map((r) => r.to)).toContain(`${PROGRAMME_SHEETS.trends} (2)`);
    expect(chartsOn(fake, `${PROGRAMME_SHEETS.trends} (2)`)[0].source).toBe(`${PROGRAMME_SHEETS.trends} (2)!A3:B6`);
    await addProgrammeCharts(officeJsContext(fake));
    expect(chartsOn(fake, PROGRAMME_SHEETS.trends)).toEqual([]);
    expect(chartsOn(fake, `${PROGRAMME_SHEETS.trends} (2)`).map((c) => c.name)).toEqual(['STR_WorkersInPost']);
  });

  test('run twice, it replaces its own charts and leaves the user’s alone', async () => {
    const fake = await withoutCharts();
    const context = officeJsContext(fake);
    const trends = context.workbook.worksheets.getItem(PROGRAMME_SHEETS.trends);
    trends.charts.add('ColumnClustered', trends.getRange('A3:C6'), 'Columns').name = 'My chart';
    await context.sync();
    await addProgrammeCharts(context);
    await addProgrammeCharts(context);
    expect(chartsOn(fake, PROGRAMME_SHEETS.trends).map((c) => c.name)).toEqual(['My chart', 'STR_WorkersInPost']);
  });

  test('a workbook with no programme sheets is refused, and nothing is changed', async () => {
    const fake = await programmeWorkbook(['Leeds'], 1);
    const operations = fake.operations.length;
    await expect(addProgrammeCharts(officeJsContext(fake))).rejects.toThrow(ProgrammeError);
    expect(fake.operations.slice(operations).every((o) => o.action !== 'set' && o.name !== 'add')).toBe(true);
  });
});

describe('returns from files the user picked', () => {
  test('one round trip to read what the workbook holds, then the sheets and charts, as for its own sheets', async () => {
    const source = await programmeWorkbook(['Leeds', 'York'], 3);
    const grid = await readWorkbookGrid(officeJsContext(source));
    const fake = new FakeExcel();
    const context = officeJsContext(fake);
    const plan = await planProgramme(context, {
      ...options,
      inputs: [
        { source: 'returns.xlsx', grid },
        { source: 'broken.xlsx', unreadable: 'This file could not be read.' },
      ],
    });
    expect(fake.syncCount).toBe(1);
    expect(plan.syncs).toBe(1);
    expect(plan.programme.returns.map((r) => [r.site, r.source])).toEqual(
      expect.arrayContaining([
        ['Leeds', 'returns.xlsx'],
        ['York', 'returns.xlsx'],
      ]),
    );
    expect(plan.programme.returns).toHaveLength(6);
    expect(plan.programme.notIncluded).toEqual([expect.objectContaining({ source: 'broken.xlsx', sheet: '' })]);
    const result = await applyProgramme(context, plan, 'keep-both');
    expect(fake.syncCount).toBe(3);
    expect(result.charts.added).toHaveLength(3);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(Object.values(PROGRAMME_SHEETS)));
  });

  test('a return picked again unchanged counts once; of two versions, the file saved later counts', async () => {
    const april = await readWorkbookGrid(officeJsContext(await programmeWorkbook(['Leeds'], 2)));
    const mayWorkbook = await programmeWorkbook(['Leeds'], 2);
    type(mayWorkbook, '2008-03', 'Numbers_InRecruitment', 7);
    const may = await readWorkbookGrid(officeJsContext(mayWorkbook));
    const plan = await planProgramme(officeJsContext(new FakeExcel()), {
      ...options,
      inputs: [
        { source: 'leeds-may.xlsx', grid: may, modified: Date.UTC(2008, 4, 3) },
        { source: 'leeds-april.xlsx', grid: april, modified: Date.UTC(2008, 3, 3) },
        { source: 'leeds-april-again.xlsx', grid: april, modified: Date.UTC(2008, 3, 4) },
      ],
    });
    const { programme } = plan;
    expect(programme.returns.map((r) => [r.sheet, r.source, r.numbers[1]])).toEqual([
      ['2008-03', 'leeds-may.xlsx', 7],
      ['2008-04', 'leeds-may.xlsx', 1],
    ]);
    expect(programme.identicalCopies).toBe(2);
    expect(programme.replaced).toEqual([
      {
        site: 'Leeds',
        month: { year: 2008, month: 3 },
        counted: { source: 'leeds-may.xlsx', sheet: '2008-03' },
        replaced: [
          { source: 'leeds-april-again.xlsx', sheet: '2008-03' },
          { source: 'leeds-april.xlsx', sheet: '2008-03' },
        ],
      },
    ]);
    expect(programme.notIncluded.map((n) => n.reason)).toEqual([
      'Replaced by a newer version: Leeds, March 2008 is counted from leeds-may.xlsx, sheet "2008-03" ' +
        '(its file was saved later), not from leeds-april-again.xlsx, sheet "2008-03".',
      'Replaced by a newer version: Leeds, March 2008 is counted from leeds-may.xlsx, sheet "2008-03" ' +
        '(its file was saved later), not from leeds-april.xlsx, sheet "2008-03".',
    ]);
  });

  test('when no chosen file holds a return, nothing is written and the reasons are given', async () => {
    const fake = new FakeExcel();
    await expect(
      planProgramme(officeJsContext(fake), {
        ...options,
        inputs: [{ source: 'broken.xlsx', unreadable: 'This file could not be read.' }],
      }),
    ).rejects.toThrow(
      'Nothing was consolidated: none of the returns given could be included. broken.xlsx: This file could not be read.',
    );
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});
