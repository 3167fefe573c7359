import { dateAchieved } from '../../../src/check/monthly/rules/date-achieved';
import { date, ruleTable, text } from './fixture';

ruleTable(dateAchieved, [
  ['no objective at the top rating', {}, []],
  ['3 with a date in the month', { ET1_SelfRating: 3, ET1_DateAchieved: date('2008-03-31') }, []],
  ['3 with an earlier date', { EO2_SelfRating: 3, EO2_DateAchieved: date('2007-11-15') }, []],
  ['3 with a date typed as text', { EO2_SelfRating: 3, EO2_DateAchieved: text('14/03/2008') }, []],
  [
    '3 without a date',
    { ET1_SelfRating: 3 },
    [
      [
        'ET1_DateAchieved',
        'Education and Training objective "All STR workers to undergo induction…" is rated 3 but Date achieved is empty',
      ],
    ],
  ],
  [
    '3 with a date that is not one',
    { ET2_SelfRating: 3, ET2_DateAchieved: 'soon' },
    [['ET2_DateAchieved', 'Date Achieved "soon" is not a date']],
  ],
  [
    '3 with an impossible date',
    { ET1_SelfRating: 3, ET1_DateAchieved: text('31/02/2008') },
    [['ET1_DateAchieved', 'Date achieved "31/02/2008" is not a date']],
  ],
  [
    '3 with a date after the month',
    { EO1_SelfRating: 3, EO1_DateAchieved: date('2008-04-01') },
    [['EO1_DateAchieved', 'Date achieved 01/04/2008 is after the report month (March 2008)']],
  ],
]);
