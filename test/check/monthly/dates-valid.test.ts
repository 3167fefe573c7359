import { datesValid } from '../../../src/check/monthly/rules/dates-valid';
import { date, ruleTable, text } from './fixture';

ruleTable(datesValid, [
  ['valid dates', {}, []],
  ['not filled in', { Added_SteeringGroupMeeting: null, Added_DateSubmitted: null }, []],
  ['date as text is a date', { Added_DateSubmitted: text('3 April 2008') }, []],
  [
    'not a date',
    { Added_DateSubmitted: 'last week' },
    [['Added_DateSubmitted', 'Date submitted "last week" is not a date']],
  ],
  [
    'impossible date',
    { Added_SteeringGroupMeeting: text('30/02/2008') },
    [['Added_SteeringGroupMeeting', '"30/02/2008" is not a date']],
  ],
  [
    'meeting after submission',
    { Added_SteeringGroupMeeting: date('2008-05-01') },
    [['Added_SteeringGroupMeeting', 'The initial meeting date 01/05/2008 is after the date submitted (03/04/2008)']],
  ],
]);
