import { livedExperienceCount } from '../../../src/check/monthly/rules/lived-experience-count';
import { ruleTable } from './fixture';

ruleTable(livedExperienceCount, [
  ['fewer than in post', { Added_LivedExperience: 2 }, []],
  ['all in post', { Added_LivedExperience: 5 }, []],
  ['not filled in', { Added_LivedExperience: null }, []],
  [
    'more than in post',
    { Added_LivedExperience: 6 },
    [['Added_LivedExperience', '6 STR workers declare lived experience, more than the 5 in post']],
  ],
  [
    'some with none in post',
    { Numbers_InPost: 0, Added_LivedExperience: 1 },
    [['Added_LivedExperience', 'more than the 0 in post']],
  ],
]);
