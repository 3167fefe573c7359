import { otherAreaNamed } from '../../../src/check/monthly/rules/other-area-named';
import { ruleTable } from './fixture';

ruleTable(otherAreaNamed, [
  ['other named', {}, []],
  ['no other number, no name', { Area_Other: null, Area_OtherName: null }, []],
  ['other 0 needs no name', { Area_Other: 0, Area_OtherName: null }, []],
  [
    'other without a name',
    { Area_OtherName: null },
    [['Area_OtherName', '1 STR worker is counted under "Other", but the service area is not stated']],
  ],
  [
    'blank name',
    { Area_Other: 2, Area_OtherName: ' ' },
    [['Area_OtherName', '2 STR workers are counted under "Other"']],
  ],
]);
