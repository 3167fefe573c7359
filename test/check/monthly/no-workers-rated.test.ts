import { noWorkersRated } from '../../../src/check/monthly/rules/no-workers-rated';
import { FixtureOptions, ruleTable, Values } from './fixture';

const none: Values = { Numbers_InPost: 0, RR2_SelfRating: 0, IO2_SelfRating: 0, IO3_SelfRating: 0, IO4_SelfRating: 0 };
const noOptions: FixtureOptions = {};

ruleTable(noWorkersRated, [
  ['workers in post', {}, []],
  ['none in post, rated 0', none, []],
  ['in post not a count', { Numbers_InPost: 'none' }, [], noOptions],
  [
    'none in post, rated 2',
    { ...none, IO3_SelfRating: 2 },
    [
      [
        'IO3_SelfRating',
        'Integration into Organisation objective "All host organisations to have adopted…" is rated 2, but no STR workers are in post (expected 0, "No STR Workers in post")',
      ],
    ],
  ],
  [
    'none in post, rated 3',
    { ...none, RR2_SelfRating: 3 },
    [['RR2_SelfRating', 'Role Re-Design objective "Job description to be reviewed as part…" is rated 3']],
  ],
]);
