import { profilePdpOverdue } from '../../../src/check/ksf/rules/profile-pdp-overdue';
import { ruleTable } from './expect-findings';
import { date, profileFixture } from './fixtures';

ruleTable(profilePdpOverdue, [
  ['an empty plan', profileFixture(), []],
  ['no outline found', profileFixture({ pdp: null }), []],
  ['a target date still ahead', profileFixture({ pdp: [{ nos: 'HSC35', target: date('2008-07-01'), progress: 'In progress' }] }), []],
  ['due today', profileFixture({ pdp: [{ nos: 'HSC35', target: date('2008-06-15') }] }), []],
  ['past due but achieved', profileFixture({ pdp: [{ nos: 'HSC35', target: date('2008-05-01'), progress: 'Achieved' }] }), []],
  [
    'past due with an achieved date',
    profileFixture({ pdp: [{ nos: 'HSC35', target: date('2008-05-01'), achieved: date('2008-04-28', 'G151') }] }),
    [],
  ],
  [
    'past due and in progress',
    profileFixture({ pdp: [{ nos: 'HSC35', target: date('2008-05-01'), progress: 'In progress' }] }),
    [['D151', 'HSC35 was due by 01/05/2008 and is "In progress" (today is 15/06/2008)']],
  ],
  [
    'an indicator past due and not started, the second row',
    profileFixture({
      pdp: [
        { nos: 'HSC35', target: date('2008-09-01') },
        { indicator: 'Core 2 L2 f', target: date('2008-06-14', 'D152') },
      ],
    }),
    [['D152', 'Core 2 L2 f was due by 14/06/2008 and is "blank"']],
  ],
]);
