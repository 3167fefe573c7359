/** The national form's shape, checked without the seed documents (they are not everywhere). */
import { NATIONAL_DEFINITION, levelLabel } from '../../src/monthly/definition';
import { validateDefinition } from '../../src/monthly/validate-definition';

const d = NATIONAL_DEFINITION;
const objectives = d.sections.flatMap((s) => s.objectives);
const find = (start: string) => {
  const found = objectives.filter((o) => o.statement.startsWith(start));
  expect(found).toHaveLength(1);
  return found[0];
};
const values = (start: string) => find(start).scale.map((l) => l.value);

test('the national definition passes its own schema', () => {
  expect(validateDefinition(JSON.parse(JSON.stringify(d)), 'templates/monthly-report.json')).toEqual(d);
});

test('17 objectives: Equal Opportunities 5, Education and Training 4, Role Re-Design 2, Integration into Organisation 6', () => {
  expect(d.sections.map((s) => [s.id, s.title, s.objectives.length])).toEqual([
    ['EO', 'Equal Opportunities', 5],
    ['ET', 'Education and Training', 4],
    ['RR', 'Role Re-Design', 2],
    ['IO', 'Integration into Organisation', 6],
  ]);
  expect(objectives).toHaveLength(17);
});

test('induction, cohort, foundation training, NVQ and nominated person are rated 0 / 1 / 3, with no 2', () => {
  const noTwo = objectives.filter((o) => !o.scale.some((l) => l.value === 2)).map((o) => o.statement.slice(0, 40));
  expect(noTwo).toEqual([
    'All STR workers to undergo induction to ',
    'All STR workers to form part of identifi',
    'All STR workers to undergo foundation tr',
    'All STR workers to achieve Level 3 NVQ o',
    'All STR workers to meet with a nominated',
  ]);
  for (const start of [
    'All STR workers to undergo induction',
    'All STR workers to form part',
    'All STR workers to undergo foundation',
    'All STR workers to achieve Level 3',
    'All STR workers to meet with a nominated',
  ]) {
    expect(values(start)).toEqual([0, 1, 3]);
  }
  for (const o of objectives.filter((x) => x.scale.some((l) => l.value === 2)))
    expect(o.scale.map((l) => l.value)).toEqual([0, 1, 2, 3]);
});

test('four scales start "0 – No STR Workers in post"', () => {
  const starts = objectives
    .filter((o) => o.scale[0].text === '0 – No STR Workers in post')
    .map((o) => o.statement.slice(0, 45));
  expect(starts).toEqual([
    'Job description to be reviewed as part of per',
    'All host organisations to have pre-placement ',
    'All host organisations to have adopted nation',
    'All STR placements to be reviewed quarterly b',
  ]);
});

test("the 20% objective's 0 has no label, and only that one", () => {
  const twenty = find('Each implementation site to work toward employing a minimum of 20%');
  expect(twenty.scale[0]).toEqual({ value: 0, text: '0 –' });
  expect(levelLabel(twenty.scale[0])).toBe('');
  expect(objectives.flatMap((o) => o.scale).filter((l) => levelLabel(l) === '')).toHaveLength(1);
  expect(twenty.scale[3].text).toBe('3 – 20% target achieved');
});

test('the form keeps its own spellings: "3 - Achieved" with a hyphen, and one "Date Achieved"', () => {
  expect(find('All STR workers to undergo induction').scale[2].text).toBe('3 - Achieved');
  expect(find('All STR workers to meet with a nominated').scale[2].text).toBe('3 – Achieved');
  expect(objectives.filter((o) => o.labels?.dateAchieved).map((o) => [o.statement, o.labels?.dateAchieved])).toEqual([
    ['All STR workers to form part of identified cohort', 'Date Achieved'],
  ]);
});

test('the fixed parts of the form', () => {
  expect(d.numbers.rows.map((r) => r.id)).toEqual(['InPost', 'InRecruitment', 'Identified']);
  expect(d.numbers.total.label).toBe('Total in site:');
  expect(d.serviceAreas.teams).toHaveLength(10);
  expect(d.serviceAreas.teams[0].label).toBe('Assertive Outreach');
  expect(d.serviceAreas.teams[9].label).toBe('Learning disabilities');
  expect(d.serviceAreas.other.label).toBe('Other (please state)');
  expect(d.leadsReport.fields.map((f) => f.label)).toEqual([
    'Progress this month',
    'Difficulties encountered',
    'Lessons learnt',
    'Tips for sharing',
    'Issues to raise',
    'Local impact measures',
    'Other',
  ]);
  expect(d.objectiveLabels).toEqual({
    baseline: 'Baseline:',
    selfRating: 'Self rating this month:',
    pdsa: 'PDSA no',
    dateAchieved: 'Date achieved',
  });
});
