import { lateReturn } from '../../../src/check/monthly/rules/late-return';
import { date, ruleTable, text } from './fixture';

ruleTable(lateReturn, [
  ['submitted on the 3rd', {}, []],
  ['submitted on the 5th', { Added_DateSubmitted: date('2008-04-05') }, []],
  ['not submitted yet', { Added_DateSubmitted: null }, []],
  [
    'submitted on the 6th',
    { Added_DateSubmitted: date('2008-04-06') },
    [['Added_DateSubmitted', 'The March 2008 return was submitted on 06/04/2008, after it was due on 05/04/2008']],
  ],
  [
    'late, typed as text',
    { Added_DateSubmitted: text('2 May 2008') },
    [['Added_DateSubmitted', 'submitted on 02/05/2008']],
  ],
]);
