import { MonthlyReportDefinition, NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { DefinitionError, fieldPath, validateDefinition } from '../../src/monthly/validate-definition';

/** A definition being broken on purpose: any field may get any value. */
type Broken = any;

/** A deep copy of the national form to break, as a local adaptation might. */
function local(change: (d: MonthlyReportDefinition & Record<string, unknown>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(NATIONAL_DEFINITION));
  change(copy);
  return copy;
}

function problems(data: unknown): string[] {
  try {
    validateDefinition(data, 'local.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as Error).message).toMatch(/^local\.json is not a valid monthly report definition:/);
    return (error as DefinitionError).problems;
  }
  throw new Error('expected the definition to be refused');
}

test('a locally adapted definition with its own objectives and scales is accepted', () => {
  const adapted = local((d) => {
    d.id = 'north-west-monthly-report';
    d.version = '2008.2';
    d.sections[2].objectives.push({
      statement: 'A local objective',
      scale: [
        { value: 0, text: '0 – Not yet' },
        { value: 5, text: '5 – Done' },
      ],
    });
  });
  expect(validateDefinition(adapted, 'local.json').sections[2].objectives).toHaveLength(3);
});

test.each([
  [
    'a rating value that is not a number',
    (d: Broken) => (d.sections[1].objectives[0].scale[2].value = 'three'),
    'sections[1].objectives[0].scale[2].value must be an integer',
  ],
  [
    'a missing statement',
    (d: Broken) => delete d.sections[0].objectives[3].statement,
    'sections[0].objectives[3].statement is missing',
  ],
  [
    'a misspelt field',
    (d: Broken) => (d.sections[0].objectives[0].scales = []),
    'sections[0].objectives[0].scales is not a field the form knows (check the spelling)',
  ],
  [
    'a section id that cannot name cells',
    (d: Broken) => (d.sections[3].id = 'io'),
    'sections[3].id ("io") is not valid: Two to four capital letters',
  ],
  [
    'a field id with a space',
    (d: Broken) => (d.posts.rows[0].id = 'In Post'),
    'posts.rows[0].id ("In Post") is not valid: Letters and digits',
  ],
  [
    'a scale of one rating',
    (d: Broken) => d.sections[0].objectives[0].scale.splice(1),
    'sections[0].objectives[0].scale must NOT have fewer than 2 items',
  ],
  [
    'no InPost count',
    (d: Broken) => (d.numbers.rows[0].id = 'Employed'),
    'numbers.rows is not valid: The counts that add up to the total. One must have the id InPost',
  ],
  [
    'a rating whose text has another number',
    (d: Broken) => (d.sections[1].objectives[0].scale[2].text = '2 - Achieved'),
    'sections[1].objectives[0].scale[2].text ("2 - Achieved") must start with its value, 3',
  ],
  [
    'ratings out of order',
    (d: Broken) => d.sections[0].objectives[0].scale.reverse(),
    'sections[0].objectives[0].scale[1].value must be higher than the rating before it (3)',
  ],
  [
    'two service areas with one id',
    (d: Broken) => (d.serviceAreas.teams[1].id = 'assertiveoutreach'),
    'serviceAreas.teams[1].id repeats the id "assertiveoutreach" of serviceAreas.teams[0].id',
  ],
  [
    'two sections with one id',
    (d: Broken) => (d.sections[1].id = 'EO'),
    'sections[1].id repeats the id "EO" of sections[0].id',
  ],
])('%s is refused, naming the field', (_what, change, expected) => {
  const found = problems(local(change as (d: MonthlyReportDefinition) => void));
  expect(found.some((p) => p.startsWith(expected))).toBe(true);
});

test('not an object at all, and every problem listed at once', () => {
  expect(problems([])).toEqual(['the definition must be an object']);
  const many = problems(
    local((d) => {
      d.version = '';
      d.header.site = '';
    }),
  );
  expect(many).toEqual(
    expect.arrayContaining([expect.stringMatching(/^version/), expect.stringMatching(/^header\.site/)]),
  );
});

test('JSON pointers become field paths', () => {
  expect(fieldPath('/sections/1/objectives/0/scale/2/text')).toBe('sections[1].objectives[0].scale[2].text');
  expect(fieldPath('', 'id')).toBe('id');
  expect(fieldPath('')).toBe('the definition');
});
