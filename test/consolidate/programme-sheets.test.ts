/** The programme sheets as built (before any host renders them): formulas, the charts' data, and edge cases. */
import { Collected, SiteMonthReturn } from '../../src/consolidate/collect';
import { summariseProgramme } from '../../src/consolidate/programme';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { locateChart } from '../../src/sheets/chart-plan';
import {
  CHARTS_NOTE,
  PROGRAMME_SHEETS,
  buildProgrammeWorkbook,
  programmeCharts,
} from '../../src/sheets/programme-sheets';

const generated = new Date('2008-06-20T12:00:00Z');
const objectives = NATIONAL_DEFINITION.sections.flatMap((s) => s.objectives);

function record(site: string, month: number, inPost: number): SiteMonthReturn {
  return {
    site,
    month: { year: 2008, month },
    source: `${site}.xlsx`,
    sheet: `2008-0${month}`,
    numbers: [inPost, 1, 0],
    posts: [inPost, 0],
    areas: [0, inPost, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    otherAreaName: '',
    livedExperience: 1,
    ratings: objectives.map(() => 3),
    errors: 0,
    warnings: 2,
    submitted: null,
    position: 0,
    content: `${site} ${month} ${inPost}`,
  };
}

function programme(returns: SiteMonthReturn[], notIncluded: Collected['notIncluded'] = []) {
  return summariseProgramme({
    definition: NATIONAL_DEFINITION,
    returns,
    notIncluded,
    replaced: [],
    identicalCopies: 0,
    notFilled: 0,
  });
}

const sheetOf = (spec: ReturnType<typeof buildProgrammeWorkbook>, name: string) =>
  spec.sheets.find((s) => s.name === name)!;

test('the month totals add up the table above them, by month, with formulas', () => {
  const spec = buildProgrammeWorkbook(programme([record('Hull', 3, 2), record('Hull', 4, 3), record('York', 3, 5)]), {
    chartsNote: false,
    generated,
  });
  const summary = sheetOf(spec, PROGRAMME_SHEETS.summary);
  const formulas = new Map(summary.formulas!.map((f) => [f.cell, f.formula]));
  expect(formulas.get('F4')).toBe('=SUM(C4:E4)');
  expect(formulas.get('J6')).toBe('=IF(C6>0,I6/C6,"")');
  const header = summary.rows.findIndex((r) => r[0] === 'Month');
  const first = header + 2;
  expect(summary.rows[header].slice(0, 3)).toEqual(['Month', 'Sites reporting', 'Workers in post']);
  expect(formulas.get(`B${first}`)).toBe(`=COUNTIF($B$4:$B$6,$A${first})`);
  expect(formulas.get(`C${first}`)).toBe(`=SUMIF($B$4:$B$6,$A${first},$C$4:$C$6)`);
  expect(formulas.get(`L${first + 1}`)).toBe(`=SUMIF($B$4:$B$6,$A${first + 1},$L$4:$L$6)`);
  expect(String(summary.rows[1][0])).not.toContain(CHARTS_NOTE);
  // Every chart finds its data on the sheets as built.
  for (const chart of programmeCharts(NATIONAL_DEFINITION)) {
    expect(locateChart(chart, sheetOf(spec, chart.sheet).rows)).not.toBeNull();
  }
  expect(locateChart(programmeCharts(NATIONAL_DEFINITION)[0], sheetOf(spec, PROGRAMME_SHEETS.trends).rows)).toEqual({
    source: 'A3:B5',
    from: 'I3',
    to: 'Q21',
  });
});

test('with no return to count, the sheets still build, charts have nothing to show, and the reasons are listed', () => {
  const spec = buildProgrammeWorkbook(
    programme([], [{ source: 'broken.xlsx', sheet: '', kind: 'unreadable', reason: 'Damaged.' }]),
    { chartsNote: true, generated },
  );
  expect(spec.sheets.map((s) => s.name)).toEqual(Object.values(PROGRAMME_SHEETS));
  // No month: the trend chart has no data and is left out (the task pane says so), not drawn empty.
  const [workersInPost] = programmeCharts(NATIONAL_DEFINITION);
  expect(locateChart(workersInPost, sheetOf(spec, PROGRAMME_SHEETS.trends).rows)).toBeNull();
  const summary = sheetOf(spec, PROGRAMME_SHEETS.summary);
  expect(summary.rows[1][0]).toBe(
    `0 returns from 0 sites, no months. 1 not included: see "Not included". Made by the STR Toolkit on 20/06/2008. ${CHARTS_NOTE}`,
  );
  expect(sheetOf(spec, PROGRAMME_SHEETS.notIncluded).rows.slice(3)).toEqual([
    ['broken.xlsx', '', 'Could not be read', 'Damaged.'],
  ]);
});

test('when every return was included, "Not included" says so', () => {
  const spec = buildProgrammeWorkbook(programme([record('Hull', 3, 2)]), { chartsNote: false, generated });
  expect(sheetOf(spec, PROGRAMME_SHEETS.notIncluded).rows.slice(3)).toEqual([
    ['', '', 'None', 'Every return given was included.'],
  ]);
});

describe('words a programme lead can read', () => {
  const longSite = 'Cheshire and Wirral Partnership NHS Foundation Trust, Older People';
  const spec = buildProgrammeWorkbook(
    programme(
      [{ ...record(longSite, 3, 4), source: '/home/jo/returns/2008/cheshire.xlsx' }, record('Leeds', 3, 2)],
      [{ source: 'C:\\Users\\jo\\returns\\broken.xlsx', sheet: '', kind: 'unreadable', reason: 'Not a workbook.' }],
    ),
    { chartsNote: true, generated },
  );
  const column = (sheet: ReturnType<typeof sheetOf>, heading: string) => sheet.rows[2].indexOf(heading);

  test('the File columns show file names without the folders of the machine that made them', () => {
    const summary = sheetOf(spec, PROGRAMME_SHEETS.summary);
    expect(summary.rows.slice(3, 5).map((r) => r[column(summary, 'File')])).toEqual(['cheshire.xlsx', 'Leeds.xlsx']);
    const left = sheetOf(spec, PROGRAMME_SHEETS.notIncluded);
    expect(left.rows[3][0]).toBe('broken.xlsx');
  });

  test('Objective Progress wraps each objective across the ratings columns instead of spilling past them', () => {
    const sheet = sheetOf(spec, PROGRAMME_SHEETS.objectives);
    const lastCol = sheet.rows[2].length - 1;
    const keyRow = sheet.rows.findIndex((r) => r[0] === 'Key');
    const first = objectives[0];
    expect(sheet.rows[keyRow + 1][1]).toContain(first.statement);
    // Header and every statement merged from B to the last ratings column, wrapped, and tall enough.
    const merged = sheet.merges.filter((m) => m.endsWith(`${String.fromCharCode(65 + lastCol)}${keyRow + 2}`));
    expect(merged).toEqual([`B${keyRow + 2}:${String.fromCharCode(65 + lastCol)}${keyRow + 2}`]);
    expect(sheet.merges.filter((m) => m.startsWith('B'))).toHaveLength(objectives.length + 1);
    // A statement longer than one line of the merged width gets a taller row.
    const width = sheet.columns.slice(1, lastCol + 1).reduce((a, c) => a + c.width, 0);
    const long = objectives.map((_, i) => keyRow + 1 + i).filter((r) => String(sheet.rows[r][1]).length > width * 1.2);
    expect(long.length).toBeGreaterThan(0);
    for (const r of long) expect(sheet.rowHeights?.[r]).toBeGreaterThanOrEqual(30);
    expect(sheet.styles).toContainEqual({
      range: `A${keyRow + 1}:${String.fromCharCode(65 + lastCol)}${keyRow + 1 + objectives.length}`,
      style: { border: true, vertical: 'top', wrap: true },
    });
  });

  test('wrapped headings and long site names get rows tall enough to print whole', () => {
    const summary = sheetOf(spec, PROGRAMME_SHEETS.summary);
    const totals = summary.rows.findIndex((r) => r[0] === 'Programme totals by month') + 1;
    // "Lived experience %" wraps in a 12-wide column: the header rows are two lines or more.
    expect(summary.rowHeights?.[totals]).toBeGreaterThanOrEqual(30);
    expect(summary.rowHeights?.[2]).toBeGreaterThanOrEqual(30);
    const site = summary.rows.findIndex((r) => r[0] === longSite);
    expect(summary.rowHeights?.[site]).toBeGreaterThanOrEqual(30);
  });
});
