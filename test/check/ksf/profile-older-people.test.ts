import { profileOlderPeople } from '../../../src/check/ksf/rules/profile-older-people';
import { ruleTable } from './expect-findings';
import { profileFixture } from './fixtures';

ruleTable(profileOlderPeople, [
  [
    "older people's service with both not applicable",
    profileFixture({ setting: 'older-people', rows: [['HSC347', 'Not applicable'], ['HSC348', 'not applicable']] }),
    [],
  ],
  ['another setting with both applying', profileFixture({ setting: 'crisis', rows: [['HSC347', 'Applies'], ['HSC348', 'Applies']] }), []],
  [
    "older people's service with HSC348 applying",
    profileFixture({ setting: 'older-people', rows: [['HSC347', 'Not applicable'], ['HSC348', 'Applies']] }),
    [['E32', `HSC348 is "Applies" in an older people's service; expected Not applicable`]],
  ],
  [
    "older people's service with HSC347 optional and HSC348 blank",
    profileFixture({ setting: 'older-people', rows: [['HSC347', 'Optional'], ['HSC348', '']] }),
    [
      ['E31', 'HSC347 is "Optional"'],
      ['E32', 'HSC348 is "blank"'],
    ],
  ],
]);
