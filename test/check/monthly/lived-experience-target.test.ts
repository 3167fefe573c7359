import { livedExperienceTargetMet } from '../../../src/check/monthly/rules/lived-experience-target';
import { date, ruleTable } from './fixture';

// EO4: "a minimum of 20% of people who declare lived experience"; 3 is "20% target achieved".
const achieved = { EO4_SelfRating: 3, EO4_DateAchieved: date('2008-03-10') };
ruleTable(livedExperienceTargetMet, [
  ['not rated achieved', {}, []],
  ['3 with exactly 20%', { ...achieved, Added_LivedExperience: 1 }, []],
  ['3 with 40%', { ...achieved, Added_LivedExperience: 2 }, []],
  [
    '3 with 0 of 5',
    { ...achieved },
    [
      [
        'EO4_SelfRating',
        'Equal Opportunities objective "Each implementation site to work toward…" is rated 3 (target achieved), but the toolkit\'s numbers show 0 of 5 in post (0%); the target is 20%',
      ],
    ],
  ],
  [
    '3 with 1 of 6',
    { ...achieved, Numbers_InPost: 6, Added_LivedExperience: 1 },
    [['EO4_SelfRating', '1 of 6 in post (16.7%)']],
  ],
  [
    '3 with the count missing',
    { ...achieved, Added_LivedExperience: null },
    [['EO4_SelfRating', 'no valid count of workers declaring lived experience']],
  ],
  ['3 with none in post', { ...achieved, Numbers_InPost: 0 }, [['EO4_SelfRating', 'no valid count']]],
]);
