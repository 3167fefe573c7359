import { gatewayIndicators } from '../../../src/check/ksf/rules/gateway-indicators';
import { ruleTable } from './expect-findings';
import { glanceOf, outlineFixture } from './fixtures';

const edit = (code: string, f: [number, string], s: [number, string]) =>
  outlineFixture((m) => {
    const g = glanceOf(m, code);
    [g.foundation.level, g.foundation.indicators] = f;
    [g.second.level, g.second.indicators] = s;
  });

ruleTable(gatewayIndicators, [
  ['the handbook outline (HWB4 a,b,c,f,g at Level 1, IK1 a,c,d,e)', outlineFixture(), []],
  ['a subset at the same level', edit('Core 4', [1, 'a,b'], [1, 'a,b,c']), []],
  ['a foundation list under a second "All"', edit('Core 1', [2, 'a, c'], [2, 'All']), []],
  ['different levels are not compared', edit('Core 2', [1, 'a,b,c,d,e'], [2, 'a']), []],
  [
    'foundation asks for an indicator the second gateway lacks',
    edit('Core 4', [1, 'a,b,e'], [1, 'a,b']),
    [['D24', 'Core 4 Level 1: the foundation gateway asks for e, which the second gateway ("a,b") does not']],
  ],
  [
    'foundation "All" over a second-gateway list',
    edit('Core 5', [2, 'All'], [2, 'a,b,c']),
    [['D25', 'the foundation gateway asks for All']],
  ],
  [
    'a letter Core 6 Level 2 does not have',
    edit('Core 6', [2, 'a,b'], [2, 'a,b,h']),
    [['F26', 'Core 6 Level 2 has no indicator h) (second gateway: "a,b,h"); expected letters from a, b, c, d']],
  ],
  [
    'letters checked at the level the gateway names',
    edit('Core 2', [1, 'f'], [2, 'All']),
    [['D22', 'Core 2 Level 1 has no indicator f)']],
  ],
  ['a level the handbook copy lacks cannot be judged', edit('HWB5', [1, 'z'], [2, 'All']), []],
]);
