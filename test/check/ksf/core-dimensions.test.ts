import { coreDimensions } from '../../../src/check/ksf/rules/core-dimensions';
import { ruleTable } from './expect-findings';
import { outlineFixture } from './fixtures';

const noCore12 = outlineFixture((m) => {
  m.glance = m.glance!.filter((g) => !['Core 1', 'Core 2'].includes(g.code));
  m.outline = m.outline!.filter((d) => !['Core 1', 'Core 2'].includes(d.code));
});
const firstRef = noCore12.outline![0].refCell;

ruleTable(coreDimensions, [
  ['the handbook outline has all six', outlineFixture(), []],
  [
    'Core 3 deleted from the table at a glance',
    outlineFixture((m) => (m.glance = m.glance!.filter((g) => g.code !== 'Core 3'))),
    [['A21', 'Core 3 is missing from the outline at a glance']],
  ],
  [
    'Core 6 deleted from the full outline',
    outlineFixture((m) => (m.outline = m.outline!.filter((d) => d.code !== 'Core 6'))),
    [['A41', 'Core 6 is missing from the full outline: found Core 1, Core 2, Core 3, Core 4, Core 5']],
  ],
  [
    'Core 1 and Core 2 deleted from both',
    noCore12,
    [
      ['A23', 'Core 1 is missing from the outline at a glance'],
      ['A23', 'Core 2 is missing from the outline at a glance'],
      [firstRef, 'Core 1 is missing from the full outline'],
      [firstRef, 'Core 2 is missing from the full outline'],
    ],
  ],
  ['a part of the sheet not found is not reported twice', outlineFixture((m) => (m.glance = null)), []],
]);
