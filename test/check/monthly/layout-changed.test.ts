import { readMonthlyReturn } from '../../../src/check/monthly/read-return';
import { layoutChanged } from '../../../src/check/monthly/rules/layout-changed';
import { GridCell } from '../../../src/grid/grid';
import { NATIONAL_DEFINITION } from '../../../src/monthly/definition';
import { cellAddress, parseCell } from '../../../src/sheets/a1';
import { cellOf, filledGrid, ruleTable, Values } from './fixture';

/**
 * The form after an edit that does not move defined names (as openpyxl's insert_rows does): `insertAbove`
 * a field's row, one empty row is inserted; `hide` removes label texts as well.
 */
const edited = (values: Values) => {
  const {
    insertAbove,
    rows = 1,
    hide = [],
  } = values as unknown as { insertAbove?: string; rows?: number; hide?: string[] };
  const { grid, sheet } = filledGrid();
  if (insertAbove) {
    const from = parseCell(cellOf(insertAbove)).row;
    const cells: Record<string, GridCell> = {};
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const { row, col } = parseCell(address);
      cells[cellAddress(row >= from ? row + rows : row, col)] = cell;
    }
    sheet.cells = cells;
  }
  for (const [address, cell] of Object.entries(sheet.cells))
    if (hide.includes(String(cell.value))) delete sheet.cells[address];
  return readMonthlyReturn(grid, sheet, NATIONAL_DEFINITION);
};

ruleTable(
  layoutChanged,
  [
    ['every name beside its label', {}, []],
    [
      'a row inserted above the objectives',
      { insertAbove: 'EO1_Baseline' } as unknown as Values,
      [['', 'The layout of this sheet was changed: rows or columns were inserted or deleted']],
    ],
    [
      'a row inserted above the date submitted, whose label is then gone too',
      { insertAbove: 'Added_DateSubmitted', hide: ['Date submitted:'] } as unknown as Values,
      [['', 'The layout of this sheet was changed, and Date submitted could not be read']],
    ],
  ],
  edited,
);

test('after a row is inserted above the objectives, every field is read from its real cell', () => {
  const model = edited({ insertAbove: 'EO1_Baseline' } as unknown as Values);
  const moved = model.objectives[0].baseline;
  expect(moved.nameMovedFrom).toBe(cellOf('EO1_Baseline'));
  const { row, col } = parseCell(cellOf('EO1_Baseline'));
  expect(moved.cell).toBe(cellAddress(row + 1, col));
  expect(moved.number).toBe(0);
  expect(model.site.nameMovedFrom).toBeUndefined();
  expect(model.notFound).toEqual([]);
});

test('rows inserted exactly one objective high: no name is trusted on the objective above its own', () => {
  // Equal Opportunities objectives 1 and 2 are 10 rows apart: EO2's names now sit beside EO1's labels.
  const stride = parseCell(cellOf('EO2_Baseline')).row - parseCell(cellOf('EO1_Baseline')).row;
  const model = edited({ insertAbove: 'EO1_Baseline', rows: stride } as unknown as Values);
  const second = model.objectives[1].baseline;
  expect(second.nameMovedFrom).toBe(cellOf('EO2_Baseline'));
  expect(second.cell).toBe(
    cellAddress(parseCell(cellOf('EO2_Baseline')).row + stride, parseCell(cellOf('EO2_Baseline')).col),
  );
  expect(model.objectives.every((o) => o.selfRating.nameMovedFrom !== undefined)).toBe(true);
  expect(model.notFound).toEqual([]);
});
