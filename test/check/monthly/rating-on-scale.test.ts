import { ratingOnScale } from '../../../src/check/monthly/rules/rating-on-scale';
import { ruleTable, text } from './fixture';

// ET1's scale is 0, 1, 3; EO1's is 0, 1, 2, 3.
ruleTable(ratingOnScale, [
  ['every rating on its scale', {}, []],
  ['3 and 0 are on a 0/1/3 scale', { ET1_SelfRating: 3, ET1_DateAchieved: null, ET1_Baseline: 0 }, []],
  ['rating typed as text "2" is read as 2', { EO1_SelfRating: text('2') }, []],
  [
    '2 on a 0/1/3 scale',
    { ET1_SelfRating: 2 },
    [['ET1_SelfRating', "Self rating 2 is not on this objective's scale (0, 1, 3)"]],
  ],
  ['4', { EO1_SelfRating: 4 }, [['EO1_SelfRating', "Self rating 4 is not on this objective's scale (0, 1, 2, 3)"]]],
  ['-1', { EO2_Baseline: -1 }, [['EO2_Baseline', "Baseline -1 is not on this objective's scale (0, 1, 2, 3)"]]],
  ['1.5', { EO1_SelfRating: 1.5 }, [['EO1_SelfRating', 'Self rating 1.5 is not on']]],
  ['"yes"', { EO1_SelfRating: 'yes' }, [['EO1_SelfRating', 'Self rating "yes" is not on']]],
  [
    'empty baseline and self rating',
    { RR1_Baseline: null, RR1_SelfRating: null },
    [
      ['RR1_Baseline', 'Baseline is empty for Role Re-Design objective "All sites to adopt or adapt…"'],
      ['RR1_SelfRating', 'Self rating is empty for Role Re-Design objective "All sites to adopt or adapt…"'],
    ],
  ],
]);
