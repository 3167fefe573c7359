import { areasMatchInPost } from '../../../src/check/monthly/rules/areas-match-in-post';
import { ruleTable } from './fixture';

ruleTable(areasMatchInPost, [
  ['areas add up to in post', {}, []],
  ['areas not filled in', { Area_CMHT: null, Area_AssertiveOutreach: null, Area_Other: null }, []],
  ['a bad area number: left to counts-whole', { Area_CMHT: 'three' }, []],
  [
    'too few',
    { Area_CMHT: 1 },
    [['Area_AssertiveOutreach', 'The service areas add up to 3, but 5 STR workers are in post']],
  ],
  ['Other counts too', { Area_Other: 4 }, [['Area_AssertiveOutreach', 'add up to 8, but 5']]],
]);
