import { readMonthlyReturn } from '../../../src/check/monthly/read-return';
import { fieldsLocated } from '../../../src/check/monthly/rules/fields-located';
import { NATIONAL_DEFINITION } from '../../../src/monthly/definition';
import { filledGrid, ruleTable, Values } from './fixture';

/** `drop`: names to remove; `hide`: label texts to remove as well. */
const without = (values: Values) => {
  const { drop = [], hide = [] } = values as unknown as { drop?: string[]; hide?: string[] };
  const { grid, sheet } = filledGrid();
  for (const [address, cell] of Object.entries(sheet.cells))
    if (hide.includes(String(cell.value))) delete sheet.cells[address];
  return readMonthlyReturn(
    { ...grid, names: grid.names.filter((n) => !drop.includes(n.name)) },
    sheet,
    NATIONAL_DEFINITION,
  );
};

ruleTable(
  fieldsLocated,
  [
    ['every name present', {}, []],
    [
      'site found by label',
      { drop: ['Header_Site'] } as unknown as Values,
      [['Header_Site', 'Site was found by its label, because its name Header_Site is missing']],
    ],
    [
      'self rating found by its label below its statement',
      { drop: ['ET2_SelfRating'] } as unknown as Values,
      [['ET2_SelfRating', 'found by its label']],
    ],
    [
      'neither name nor label',
      { drop: ['Added_DateSubmitted'], hide: ['Date submitted:'] } as unknown as Values,
      [['', 'Date submitted (Added_DateSubmitted) was not found on the sheet']],
    ],
  ],
  without,
);
