import { profileSelfAssessment } from '../../../src/check/ksf/rules/profile-self-assessment';
import { ruleTable } from './expect-findings';
import { profileFixture } from './fixtures';

const one = (self: string) => profileFixture({ rows: [['HSC35', 'Applies', self]] });

ruleTable(profileSelfAssessment, [
  ['blank (not assessed yet)', one(''), []],
  ...['Competent', 'Developing', 'Needs support', 'Not applicable', 'needs support'].map(
    (v) => [`"${v}"`, one(v), []] as [string, ReturnType<typeof one>, []],
  ),
  ['"Good"', one('Good'), [['J31', 'The self-assessment of HSC35 is "Good"; expected one of Competent, Developing, Needs support, Not applicable']]],
  ['a number pasted in', one('3'), [['J31', 'is "3"']]],
  ['"Yes"', one('Yes'), [['J31', 'is "Yes"']]],
]);
