/** The parser: fields by name, by label when names are missing, and values kept as found. */
import { readMonthlyReturn } from '../../../src/check/monthly/read-return';
import { parseDateText } from '../../../src/grid/dates';
import { MONTHLY_RULES } from '../../../src/check/monthly/rules';
import { NATIONAL_DEFINITION } from '../../../src/monthly/definition';
import { runRules } from '../../../src/rules/types';
import { cellOf, date, filledGrid, filledReturn, text } from './fixture';

test('a well-filled return has every field by name and no findings', () => {
  const model = filledReturn();
  expect(model.notFound).toEqual([]);
  expect(model.foundByLabel).toEqual([]);
  expect(model.site.text).toBe('Leeds');
  expect(model.month.month).toEqual({ year: 2008, month: 3 });
  expect(model.numbers.map((n) => n.number)).toEqual([5, 2, 1]);
  expect(model.objectives).toHaveLength(17);
  expect(runRules(MONTHLY_RULES, model, model.sheet)).toEqual([]);
});

test('without defined names every field is found by its label, at the same cell', () => {
  const { grid, sheet } = filledGrid();
  const named = readMonthlyReturn(grid, sheet, NATIONAL_DEFINITION);
  const byLabel = readMonthlyReturn({ ...grid, names: [] }, sheet, NATIONAL_DEFINITION);
  expect(byLabel.notFound).toEqual([]);
  const cells = (m: typeof named) =>
    [
      m.site,
      m.lead,
      m.month,
      ...m.numbers,
      m.total,
      ...m.posts,
      ...m.areas,
      m.otherArea,
      m.otherAreaName,
      m.steeringGroupMeeting,
      m.livedExperience,
      m.dateSubmitted,
      ...m.report,
    ]
      .concat(m.objectives.flatMap((o) => [o.baseline, o.selfRating, o.pdsa, o.dateAchieved]))
      .map((f) => f.cell);
  expect(cells(byLabel)).toEqual(cells(named));
  expect(byLabel.foundByLabel).toHaveLength(cells(named).length);
});

test.each([
  ['05/04/2008', { year: 2008, month: 4, day: 5 }],
  ['2008-04-05', { year: 2008, month: 4, day: 5 }],
  ['5 April 2008', { year: 2008, month: 4, day: 5 }],
  ['5 Apr 2008', { year: 2008, month: 4, day: 5 }],
  ['4/3/2008', { year: 2008, month: 3, day: 4 }],
  ['4.3.08', { year: 2008, month: 3, day: 4 }],
  ['4th March 2008', { year: 2008, month: 3, day: 4 }],
  ['3/14/2008', null],
  ['31/02/2008', null],
  ['soon', null],
  ['5 Smarch 2008', null],
])('date text %s', (input, expected) => {
  expect(parseDateText(input)).toEqual(expected);
});

test.each([
  [date('2008-03-01'), { year: 2008, month: 3 }],
  [text('2008-03'), { year: 2008, month: 3 }],
  [text('March 2008'), { year: 2008, month: 3 }],
  [39508, { year: 2008, month: 3 }],
  [text('Spring'), null],
  [text('2008-13'), null],
])('month %p', (cell, expected) => {
  expect(filledReturn({ Header_Month: cell }).month.month).toEqual(expected);
});

test('bad values are kept as found, never thrown', () => {
  const model = filledReturn({
    Numbers_InPost: text('4'),
    Numbers_Identified: text('lots'),
    EO1_SelfRating: text('yes'),
    EO1_DateAchieved: text('05/04/2008'),
    Added_DateSubmitted: { kind: 'e', value: '#REF!' },
  });
  expect(model.numbers[0]).toMatchObject({ number: 4, storedAsText: true, cell: cellOf('Numbers_InPost') });
  expect(model.numbers[2]).toMatchObject({ number: null, shown: 'lots' });
  expect(model.objectives[0].selfRating).toMatchObject({ number: null, shown: 'yes' });
  expect(model.objectives[0].dateAchieved).toMatchObject({
    date: { year: 2008, month: 4, day: 5 },
    storedAsText: true,
  });
  expect(model.dateSubmitted).toMatchObject({ date: null, shown: '#REF!' });
});

test('a sheet that is not a form reads with every field not found', () => {
  const model = readMonthlyReturn(
    { sheets: [], names: [] },
    { name: 'X', state: 'visible', cells: {}, merges: [] },
    NATIONAL_DEFINITION,
  );
  expect(model.notFound.length).toBeGreaterThan(50);
  expect(model.foundByLabel).toEqual([]);
});
