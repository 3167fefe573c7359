import { gatewayOrder } from '../../../src/check/ksf/rules/gateway-order';
import { ruleTable } from './expect-findings';
import { glanceOf, outlineFixture } from './fixtures';

const levels = (code: string, f: number, s: number) =>
  outlineFixture((m) => {
    glanceOf(m, code).foundation.level = f;
    glanceOf(m, code).second.level = s;
  });

const ik1Only = outlineFixture((m) => {
  m.glance = m.glance!.filter((g) => g.code !== 'IK1');
  const ik1 = m.outline!.find((d) => d.code === 'IK1')!;
  ik1.indicators = ik1.indicators.map((i) => ({ ...i, level: 2, foundation: true, second: false }));
  ik1.indicators.push({ ...ik1.indicators[0], level: 1, foundation: false, second: true });
});

ruleTable(gatewayOrder, [
  ['handbook levels', outlineFixture(), []],
  ['equal levels', levels('Core 3', 2, 2), []],
  ['foundation below second', levels('Core 4', 1, 3), []],
  ['foundation above second', levels('Core 1', 3, 2), [['C21', 'Core 1 asks for Level 3 at the foundation gateway but Level 2 at the second']]],
  ['an unreadable level is left to ksf.level-range', levels('Core 1', 7, 2), []],
  [
    'a dimension only the full outline lists, judged by its ticks',
    ik1Only,
    [[ik1Only.outline!.find((d) => d.code === 'IK1')!.refCell, 'IK1 asks for Level 2 at the foundation gateway but Level 1']],
  ],
]);
