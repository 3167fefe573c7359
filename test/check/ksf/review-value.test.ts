import { reviewValue } from '../../../src/check/ksf/rules/review-value';
import { ruleTable } from './expect-findings';
import { allMet, dimOf, outlineFixture } from './fixtures';
import { OutlineModel } from '../../../src/check/ksf/read-outline';

/** The outline with Core 1's first indicator reviewed as `value`. */
const reviewed = (value: string) =>
  outlineFixture((m: OutlineModel) => {
    allMet(m);
    dimOf(m, 'Core 1').indicators[0].review = value;
  });
const first = outlineFixture().outline![0].indicators[0];

ruleTable(reviewValue, [
  ['nothing reviewed yet', outlineFixture(), []],
  ['every indicator met', reviewed('Met'), []],
  ['"Not yet met" and "Not applicable" are on the list', reviewed('Not yet met'), []],
  ['typed in lower case, with extra spaces', reviewed(' not  applicable '), []],
  [
    'a value that is not on the list',
    reviewed('Partly'),
    [[first.reviewCell, `The review of ${first.ref} is "Partly"; expected one of Met, Not yet met, Not applicable.`]],
  ],
  ['a tick pasted from elsewhere', reviewed('✓'), [[first.reviewCell, '"✓"']]],
]);
