import { dateAchievedLowerRating } from '../../../src/check/monthly/rules/date-achieved-lower-rating';
import { date, ruleTable } from './fixture';

ruleTable(dateAchievedLowerRating, [
  ['no dates on lower ratings', {}, []],
  ['date with the top rating', { ET1_SelfRating: 3, ET1_DateAchieved: date('2008-03-02') }, []],
  [
    'date on a rating not on the scale: left to rating-on-scale',
    { ET1_SelfRating: 2, ET1_DateAchieved: date('2008-03-02') },
    [],
  ],
  [
    'date with rating 2',
    { EO1_DateAchieved: date('2008-03-02') },
    [
      [
        'EO1_DateAchieved',
        'Date achieved 02/03/2008 is given, but Equal Opportunities objective "All sites will seek to involve…" is rated 2, not 3 (achieved)',
      ],
    ],
  ],
  [
    'text with rating 1',
    { ET1_DateAchieved: 'March' },
    [
      [
        'ET1_DateAchieved',
        'Date achieved "March" is given, but Education and Training objective "All STR workers to undergo induction…" is rated 1',
      ],
    ],
  ],
]);
