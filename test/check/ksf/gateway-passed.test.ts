import { gatewayPassed } from '../../../src/check/ksf/rules/gateway-passed';
import { ruleTable } from './expect-findings';
import { allMet, dimOf, outlineFixture } from './fixtures';
import { OutlineModel } from '../../../src/check/ksf/read-outline';

const outcome = (value: string, edit?: (m: OutlineModel) => void) =>
  outlineFixture((m) => {
    allMet(m);
    m.outcome.value = value;
    edit?.(m);
  });
const cellOf = (code: string) => outlineFixture().outline!.find((d) => d.code === code)!.demonstratedCell;

ruleTable(gatewayPassed, [
  ['no outcome yet', outlineFixture(), []],
  ['second gateway met with every dimension at its level', outcome('Second gateway met'), []],
  ['"not yet met" outcomes need nothing', outcome('Second gateway not yet met', (m) => (dimOf(m, 'Core 1').demonstrated = '')), []],
  [
    'foundation gateway met with Core 2 at its foundation level only',
    outcome('Foundation gateway met', (m) => (dimOf(m, 'Core 2').demonstrated = 'Level 1')),
    [],
  ],
  [
    'second gateway met with Core 2 only at Level 1',
    outcome('Second gateway met', (m) => (dimOf(m, 'Core 2').demonstrated = 'Level 1')),
    [[cellOf('Core 2'), 'The outcome is "Second gateway met", but Core 2 is demonstrated at "Level 1"; expected Level 2 or above']],
  ],
  [
    'foundation gateway met with two dimensions not recorded',
    outcome('Foundation gateway met', (m) => {
      dimOf(m, 'Core 5').demonstrated = '';
      dimOf(m, 'IK1').demonstrated = 'Not yet at Level 1';
    }),
    [
      [cellOf('Core 5'), 'Core 5 is demonstrated at no level (blank); expected Level 2 or above'],
      [cellOf('IK1'), 'IK1 is demonstrated at "Not yet at Level 1"; expected Level 1 or above'],
    ],
  ],
]);
