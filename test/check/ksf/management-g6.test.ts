import { managementG6 } from '../../../src/check/ksf/rules/management-g6';
import { ruleTable } from './expect-findings';
import { outlineFixture } from './fixtures';

const hsc43 = { code: 'HSC43', status: 'Applies', sheet: 'Role - Sam', cell: 'E70' };
const hsc439 = { code: 'HSC439', status: 'Optional', sheet: 'Role - Sam', cell: 'E74' };

ruleTable(managementG6, [
  ['no management NOS in the profile', outlineFixture(), []],
  ['no paired profile found', outlineFixture((m) => (m.profileManagementNos = null)), []],
  [
    'management NOS but no G6',
    outlineFixture((m) => (m.profileManagementNos = [hsc43, hsc439])),
    [['B8', 'holds management NOS HSC43 (Applies), HSC439 (Optional), but this outline has no G6']],
  ],
  [
    'management NOS with G6 in the outline',
    outlineFixture((m) => {
      m.profileManagementNos = [hsc43];
      m.outline!.push({ ...m.outline![0], code: 'G6', indicators: [] });
    }),
    [],
  ],
]);
