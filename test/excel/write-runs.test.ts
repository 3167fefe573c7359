/** The runs render.ts queues as one action each, and the settings it makes once for several ranges (write-runs.ts). */
import fc from 'fast-check';
import {
  areaGroups,
  columnWidthRuns,
  formulaBlocks,
  heightGroups,
  MAX_AREAS_ADDRESS,
  mergeBlocks,
  rowHeightRuns,
  styleGroups,
  validationGroups,
} from '../../src/excel/write-runs';
import { columnLetter, parseRange } from '../../src/sheets/a1';

test('rows of equal height next to each other are one run; a gap or another height starts the next', () => {
  expect(rowHeightRuns({ 4: 30, 5: 30, 6: 30, 8: 30, 9: 45, 2: 15 })).toEqual([
    { from: 3, to: 3, height: 15 },
    { from: 5, to: 7, height: 30 },
    { from: 9, to: 9, height: 30 },
    { from: 10, to: 10, height: 45 },
  ]);
  expect(rowHeightRuns(undefined)).toEqual([]);
});

test('columns of equal width next to each other are one run', () => {
  expect(columnWidthRuns([{ width: 10 }, { width: 10 }, { width: 40 }, { width: 10 }])).toEqual([
    { address: 'A:B', width: 10 },
    { address: 'C:C', width: 40 },
    { address: 'D:D', width: 10 },
  ]);
});

test('formulas one below the other in the spec’s order are one block; anything else starts a new one', () => {
  expect(
    formulaBlocks([
      { cell: 'G53', formula: '=1' },
      { cell: 'G54', formula: '=2' },
      { cell: 'G55', formula: '=3' },
      { cell: 'H56', formula: '=4' },
      { cell: 'G57', formula: '=5' },
      { cell: 'G56', formula: '=6' },
    ]),
  ).toEqual([
    { address: 'G53:G55', formulas: [['=1'], ['=2'], ['=3']] },
    { address: 'H56', formulas: [['=4']] },
    { address: 'G57', formulas: [['=5']] },
    { address: 'G56', formulas: [['=6']] },
  ]);
});

test('one-row merges of the same columns in consecutive rows are one merge across; others stay', () => {
  expect(mergeBlocks(['A4:B4', 'A5:B5', 'A6:B6', 'A7:C7', 'A13:A14', 'B15:B15', 'G15:H15', 'G16:H16', 'A:B'])).toEqual([
    { address: 'A4:B6', across: true },
    { address: 'A7:C7', across: false },
    { address: 'A13:A14', across: false },
    { address: 'B15:B15', across: false },
    { address: 'G15:H16', across: true },
    { address: 'A:B', across: false },
  ]);
});

const byValue = (value: string) => value;
const item = (address: string, value: string) => ({ address, value });

test.each([
  [
    'the same value on ranges apart: one group',
    [item('A1:B1', 'x'), item('A3:B3', 'x'), item('D5', 'x')],
    [{ addresses: ['A1:B1', 'A3:B3', 'D5'], value: 'x' }],
  ],
  [
    'another value between them on other cells: still one group, before it',
    [item('A1', 'x'), item('B1', 'y'), item('C1', 'x')],
    [
      { addresses: ['A1', 'C1'], value: 'x' },
      { addresses: ['B1'], value: 'y' },
    ],
  ],
  [
    'another value between them on the same cells: the later range keeps its place',
    [item('A1:C1', 'x'), item('B1', 'y'), item('B1:B2', 'x')],
    [
      { addresses: ['A1:C1'], value: 'x' },
      { addresses: ['B1'], value: 'y' },
      { addresses: ['B1:B2'], value: 'x' },
    ],
  ],
  [
    'whole rows and whole columns are compared as the cells they cover',
    [item('3:3', 'x'), item('B:B', 'y'), item('5:7', 'x'), item('C9', 'x')],
    [
      { addresses: ['3:3'], value: 'x' },
      { addresses: ['B:B'], value: 'y' },
      { addresses: ['5:7', 'C9'], value: 'x' },
    ],
  ],
  [
    'an address that is not a plain range stays alone, and nothing joins past it',
    [item('A1', 'x'), item('Named', 'x'), item('C3', 'x')],
    [
      { addresses: ['A1'], value: 'x' },
      { addresses: ['Named'], value: 'x' },
      { addresses: ['C3'], value: 'x' },
    ],
  ],
])('areaGroups: %s', (_name, items, groups) => {
  expect(areaGroups(items, byValue)).toEqual(groups);
});

test('areaGroups: a value without a key stays alone', () => {
  expect(areaGroups([item('A1', 'x'), item('A3', 'x')], () => undefined)).toEqual([
    { addresses: ['A1'], value: 'x' },
    { addresses: ['A3'], value: 'x' },
  ]);
});

test('areaGroups: no address of a group is longer than MAX_AREAS_ADDRESS', () => {
  const items = Array.from({ length: 2000 }, (_, i) => item(`A${2 * i + 1}`, 'x'));
  const groups = areaGroups(items, byValue);
  expect(groups.length).toBeGreaterThan(1);
  for (const g of groups) expect(g.addresses.join(',').length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
  expect(groups.flatMap((g) => g.addresses)).toEqual(items.map((i) => i.address));
});

/** What each cell of a 6 × 6 grid ends up with when `settings` are made in order, one range at a time. */
function outcome(settings: { addresses: string[]; value: string }[]): string[] {
  const cells: string[] = Array.from({ length: 36 }, () => '');
  for (const { addresses, value } of settings) {
    for (const address of addresses) {
      const rows = /^(\d+):(\d+)$/.exec(address);
      const columns = /^([A-F]):([A-F])$/.exec(address);
      const b = rows
        ? { row: +rows[1] - 1, lastRow: +rows[2] - 1, col: 0, lastCol: 5 }
        : columns
          ? { row: 0, lastRow: 5, col: columns[1].charCodeAt(0) - 65, lastCol: columns[2].charCodeAt(0) - 65 }
          : parseRange(address);
      for (let r = b.row; r <= b.lastRow; r++) for (let c = b.col; c <= b.lastCol; c++) cells[r * 6 + c] = value;
    }
  }
  return cells;
}

test('areaGroups: every cell ends up as if each range were set on its own, in order (1,000 runs)', () => {
  const at = fc.integer({ min: 0, max: 5 });
  const address = fc.oneof(
    fc.tuple(at, at, at, at).map(([r1, c1, r2, c2]) => {
      const [row, lastRow] = [Math.min(r1, r2), Math.max(r1, r2)];
      const [col, lastCol] = [Math.min(c1, c2), Math.max(c1, c2)];
      const first = `${columnLetter(col)}${row + 1}`;
      return row === lastRow && col === lastCol ? first : `${first}:${columnLetter(lastCol)}${lastRow + 1}`;
    }),
    fc.tuple(at, at).map(([a, b]) => `${Math.min(a, b) + 1}:${Math.max(a, b) + 1}`),
    fc.tuple(at, at).map(([a, b]) => `${columnLetter(Math.min(a, b))}:${columnLetter(Math.max(a, b))}`),
  );
  const items = fc.array(fc.record({ address, value: fc.constantFrom('x', 'y', 'z') }), { maxLength: 12 });
  fc.assert(
    fc.property(items, (list) => {
      const groups = areaGroups(list, byValue);
      expect(outcome(groups)).toEqual(outcome(list.map((i) => ({ addresses: [i.address], value: i.value }))));
      expect(groups.flatMap((g) => g.addresses).sort()).toEqual(list.map((i) => i.address).sort());
    }),
    { numRuns: 1000 },
  );
});

test('styles: the same style is one group; a border or a number format keeps its range to itself', () => {
  expect(
    styleGroups([
      { range: 'A1:H1', style: { bold: true, fill: '005EB8' } },
      { range: 'A2:H2', style: { border: true } },
      { range: 'A3:H3', style: { fill: '005EB8', bold: true } },
      { range: 'A4:H4', style: { border: true } },
      { range: 'D5', style: { numberFormat: 'dd/mm/yyyy' } },
      { range: 'D6', style: { numberFormat: 'dd/mm/yyyy' } },
    ]).map((g) => g.addresses),
  ).toEqual([['A1:H1', 'A3:H3'], ['A2:H2'], ['A4:H4'], ['D5'], ['D6']]);
});

test('row heights: each height once, for all its runs of rows', () => {
  expect(heightGroups({ 2: 15, 4: 30, 5: 30, 8: 15, 9: 45 })).toEqual([
    { addresses: ['3:3', '9:9'], value: 15 },
    { addresses: ['5:6'], value: 30 },
    { addresses: ['10:10'], value: 45 },
  ]);
});

test('validations: the same rule and messages are one group; other messages another', () => {
  const groups = validationGroups([
    { range: 'B2', values: ['Yes', 'No'], prompt: 'Choose' },
    { range: 'B4', values: ['Yes', 'No'], prompt: 'Choose' },
    { range: 'B6', values: ['Yes', 'No'], prompt: 'Pick one' },
  ]);
  expect(groups.map((g) => g.addresses)).toEqual([['B2', 'B4'], ['B6']]);
  expect(groups[0].value).toEqual({ range: 'B2', values: ['Yes', 'No'], prompt: 'Choose' });
});
