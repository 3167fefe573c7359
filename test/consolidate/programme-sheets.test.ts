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
