import { livedExperienceUnrated } from '../../../src/check/monthly/rules/lived-experience-unrated';
import { date, ruleTable } from './fixture';

ruleTable(livedExperienceUnrated, [
  ['below target, rated below 3', {}, []],
  [
    'target reached and rated 3',
    { Added_LivedExperience: 2, EO4_SelfRating: 3, EO4_DateAchieved: date('2008-03-01') },
    [],
  ],
  ['more declared than in post: left to lived-experience-count', { Added_LivedExperience: 9 }, []],
  [
    'target reached, rated 2',
    { Added_LivedExperience: 1 },
    [
      [
        'EO4_SelfRating',
        '1 of 5 STR workers in post (20%) declare lived experience, which meets the 20% target, but Equal Opportunities objective "Each implementation site to work toward…" is rated 2, not 3',
      ],
    ],
  ],
  [
    'target passed, rated 1',
    { Added_LivedExperience: 5, EO4_SelfRating: 1, EO4_PDSA: 1 },
    [['EO4_SelfRating', '5 of 5 STR workers in post (100%)']],
  ],
]);
