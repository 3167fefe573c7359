/** The runs render.ts queues as one action each (write-runs.ts). */
import { columnWidthRuns, formulaBlocks, mergeBlocks, rowHeightRuns } from '../../src/excel/write-runs';

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
