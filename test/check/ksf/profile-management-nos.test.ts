import { profileManagementNos } from '../../../src/check/ksf/rules/profile-management-nos';
import { ruleTable } from './expect-findings';
import { profileFixture } from './fixtures';

const rows: [string, string][] = [
  ['HSC35', 'Applies'],
  ['HSC43', 'Not applicable'],
  ['HSC446', 'Not applicable'],
];

ruleTable(profileManagementNos, [
  ['intermediate with management NOS not applicable', profileFixture({ rows }), []],
  ['senior with management NOS applying', profileFixture({ grade: 'senior', rows: [['HSC43', 'Applies'], ['HSC439', 'Optional']] }), []],
  ['a local row that reuses a code', profileFixture({ rows: [['HSC43', 'Optional', '', 'Local']] }), []],
  [
    'foundation with HSC43 applying',
    profileFixture({ grade: 'foundation', rows: [['HSC35', 'Applies'], ['HSC43', 'Applies']] }),
    [['E32', 'HSC43 is "Applies" in a Foundation profile; expected Not applicable']],
  ],
  [
    'intermediate with two optional management NOS',
    profileFixture({ rows: [['HSC446', 'Optional'], ['HSC451', 'Optional']] }),
    [
      ['E31', 'HSC446 is "Optional" in an Intermediate profile'],
      ['E32', 'HSC451 is "Optional"'],
    ],
  ],
  ['an unreadable grade is not Senior', profileFixture({ grade: null, rows: [['HSC444', 'Applies']] }), [['E31', 'in a profile with no grade']]],
]);
