import { totalInSite } from '../../../src/check/monthly/rules/total-in-site';
import { ruleTable } from './fixture';

ruleTable(totalInSite, [
  ['total is the sum', {}, []],
  ['formula not yet calculated', { Numbers_Total: { kind: 'empty', value: null, formula: 'SUM(B18:B20)' } }, []],
  ['a part is not a count: left to counts-whole', { Numbers_Total: 3, Numbers_Identified: 'x' }, []],
  [
    'typed total is wrong',
    { Numbers_Total: 9 },
    [['Numbers_Total', 'Total in site 9 is not the sum of the three numbers above (8)']],
  ],
  [
    'stale formula result',
    { Numbers_Total: { kind: 'n', value: 7, formula: 'SUM(B18:B20)' } },
    [['Numbers_Total', 'Total in site 7 is not the sum']],
  ],
  [
    'total typed as words',
    { Numbers_Total: 'eight' },
    [['Numbers_Total', 'Total in site eight is not the sum of the three numbers above (8)']],
  ],
]);
