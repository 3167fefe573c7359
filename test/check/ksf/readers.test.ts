/** The readers never throw: odd or foreign sheets give a problem or an empty model, not a crash. */
import { GridSheet } from '../../../src/grid/grid';
import { readOutlineSheet } from '../../../src/check/ksf/read-outline';
import { readProfileSheet } from '../../../src/check/ksf/read-profile';
import { cellDate } from '../../../src/check/ksf/grid-reader';

const sheet = (cells: GridSheet['cells']): GridSheet => ({ name: 'S', state: 'visible', cells, merges: [] });

test.each<[string, GridSheet]>([
  ['an empty sheet', sheet({})],
  ['a sheet of numbers', sheet({ A1: { kind: 'n', value: 1 }, ZZ999: { kind: 'n', value: 2 } })],
  ['an error and an odd address', sheet({ A1: { kind: 'e', value: '#REF!' }, 'not-a-cell': { kind: 's', value: 'x' } })],
])('%s is reported as unreadable, not thrown', (_, s) => {
  expect(readOutlineSheet(s)).toMatchObject({ ok: false });
  expect(readProfileSheet(s)).toMatchObject({ ok: false });
});

test('an outline header with no rows reads as empty parts', () => {
  const read = readOutlineSheet(
    sheet({ A1: { kind: 's', value: 'No.' }, B1: { kind: 's', value: 'Dimension' }, C5: { kind: 's', value: 'x' } }),
  );
  expect(read).toMatchObject({ ok: true, model: { glance: [], outline: null, pdp: [] } });
});

test.each<[string, Parameters<typeof cellDate>[0], string | null]>([
  ['a date cell', { kind: 'd', value: '2008-04-05' }, '2008-04-05'],
  ['a day number', { kind: 'n', value: 39543 }, '2008-04-05'],
  ['typed dd/mm/yyyy', { kind: 's', value: '05/04/2008' }, '2008-04-05'],
  ['31 February', { kind: 's', value: '31/02/2008' }, null],
  ['words', { kind: 's', value: 'soon' }, null],
  ['blank', undefined, null],
])('cellDate: %s', (_, cell, iso) => expect(cellDate(cell)).toBe(iso));
