import { postsMatchInPost } from '../../../src/check/monthly/rules/posts-match-in-post';
import { ruleTable } from './fixture';

ruleTable(postsMatchInPost, [
  ['converted + new = in post', {}, []],
  ['posts not filled in', { Posts_Converted: null, Posts_New: null }, []],
  ['in post not a count', { Numbers_InPost: 'five' }, []],
  ['one post empty counts as 0', { Posts_Converted: null, Posts_New: 5 }, []],
  [
    'too few',
    { Posts_New: 1 },
    [['Posts_Converted', 'Converted plus new posts make 3, but 5 STR workers are in post']],
  ],
  [
    'too many',
    { Numbers_InPost: 1, Area_CMHT: 0, Area_AssertiveOutreach: 0, Area_Other: 1 },
    [['Posts_Converted', 'make 5, but 1 STR worker is in post']],
  ],
]);
