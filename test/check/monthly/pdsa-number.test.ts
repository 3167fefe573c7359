import { pdsaNumber } from '../../../src/check/monthly/rules/pdsa-number';
import { ruleTable } from './fixture';

// EO1's 1 is "PDSA cycles initiated to engage service users"; RR1's 1 is "PDSA cycle initiated"; ET1's 1 is "Planned but not achieved".
ruleTable(pdsaNumber, [
  ['no rating says PDSA', {}, []],
  ['PDSA rating with its number', { EO1_SelfRating: 1, EO1_PDSA: 2 }, []],
  ['1 that is not a PDSA level', { ET1_SelfRating: 1 }, []],
  [
    'PDSA cycles initiated, no number',
    { EO1_SelfRating: 1 },
    [
      [
        'EO1_PDSA',
        'Equal Opportunities objective "All sites will seek to involve…" is rated "1 – PDSA cycles initiated to engage service users", but the PDSA number is empty',
      ],
    ],
  ],
  [
    'PDSA cycle initiated, no number',
    { RR1_SelfRating: 1, IO6_SelfRating: 1, IO6_PDSA: 1 },
    [['RR1_PDSA', 'Role Re-Design objective "All sites to adopt or adapt…" is rated "1 – PDSA cycle initiated"']],
  ],
]);
