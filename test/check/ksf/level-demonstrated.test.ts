import { levelDemonstrated } from '../../../src/check/ksf/rules/level-demonstrated';
import { ruleTable } from './expect-findings';
import { allMet, dimOf, outlineFixture } from './fixtures';
import { OutlineModel } from '../../../src/check/ksf/read-outline';

/** Core 2: foundation Level 1 (a–e), second Level 2 (a–f). */
const core2 = (demonstrated: string, reviews: Record<string, string> = {}, edit?: (m: OutlineModel) => void) =>
  outlineFixture((m) => {
    allMet(m);
    const d = dimOf(m, 'Core 2');
    d.demonstrated = demonstrated;
    for (const [ref, review] of Object.entries(reviews)) d.indicators.find((i) => i.ref === ref)!.review = review;
    edit?.(m);
  });
const cell = outlineFixture((m) => m).outline!.find((d) => d.code === 'Core 2')!.demonstratedCell;

ruleTable(levelDemonstrated, [
  ['nothing recorded yet', outlineFixture(), []],
  ['every dimension at its level with every indicator met', core2('Level 2'), []],
  ['Level 1 with a Level 2 indicator not yet met', core2('Level 1', { 'Core 2 L2 f': 'Not yet met' }), []],
  ['not yet at Level 1 with nothing met', core2('Not yet at Level 1', { 'Core 2 L1 a': '', 'Core 2 L1 b': 'Not yet met' }), []],
  [
    'Level 2 with a second-gateway indicator not yet met',
    core2('Level 2', { 'Core 2 L2 f': 'Not yet met' }),
    [[cell, 'Core 2 is recorded at Level 2, but a required indicator is not met: Core 2 L2 f (Not yet met)']],
  ],
  [
    'Level 1 with foundation indicators blank',
    core2('Level 1', { 'Core 2 L1 a': '', 'Core 2 L1 c': 'Not applicable' }),
    [[cell, '2 required indicators are not met: Core 2 L1 a (blank), Core 2 L1 c (Not applicable)']],
  ],
  [
    'Level 3 above both gateways still needs their indicators',
    core2('Level 3', { 'Core 2 L1 e': 'Not yet met' }),
    [[cell, 'Core 2 L1 e (Not yet met)']],
  ],
  ['a level typed wrongly', core2('Level two'), [[cell, 'The level demonstrated for Core 2 is "Level two"']]],
]);
