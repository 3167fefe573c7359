import { levelRange } from '../../../src/check/ksf/rules/level-range';
import { ruleTable } from './expect-findings';
import { glanceOf, outlineFixture } from './fixtures';

const withLevel = (gw: 'foundation' | 'second', level: number | string | null) =>
  outlineFixture((m) => (glanceOf(m, 'Core 2')[gw].level = level));

ruleTable(levelRange, [
  ['handbook levels', outlineFixture(), []],
  ['level 4', withLevel('second', 4), []],
  ['a level typed as text "3"', withLevel('second', '3'), []],
  ['level 0', withLevel('foundation', 0), [['C22', 'The foundation gateway level of Core 2 is "0"; expected a whole number from 1 to 4']]],
  ['level 5', withLevel('second', 5), [['E22', 'is "5"']]],
  ['level 1.5', withLevel('foundation', 1.5), [['C22', 'is "1.5"']]],
  ['level "two"', withLevel('second', 'two'), [['E22', 'is "two"']]],
  ['a blank level', withLevel('second', null), [['E22', 'is nothing']]],
  ['level -1', withLevel('foundation', -1), [['C22', 'is "-1"']]],
]);
