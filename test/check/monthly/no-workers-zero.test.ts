import { noWorkersZero } from '../../../src/check/monthly/rules/no-workers-zero';
import { ruleTable } from './fixture';

// RR2, IO2, IO3 and IO4 start at "0 – No STR Workers in post"; EO1's 0 means something else.
ruleTable(noWorkersZero, [
  ['workers in post, rated above 0', {}, []],
  ['0 on another scale', { EO1_SelfRating: 0 }, []],
  ['0 with none in post', { Numbers_InPost: 0, RR2_SelfRating: 0 }, []],
  [
    '0 with workers in post',
    { RR2_SelfRating: 0 },
    [
      [
        'RR2_SelfRating',
        'Role Re-Design objective "Job description to be reviewed as part…" is rated 0 ("No STR Workers in post"), but 5 STR workers are in post',
      ],
    ],
  ],
  [
    'two of them',
    { Numbers_InPost: 1, IO2_SelfRating: 0, IO4_SelfRating: 0 },
    [
      ['IO2_SelfRating', 'but 1 STR worker is in post'],
      ['IO4_SelfRating', 'Integration into Organisation objective "All STR placements to be reviewed…" is rated 0'],
    ],
  ],
]);
