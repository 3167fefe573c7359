import { overdueTwoMonths } from '../../../src/check/monthly/rules/overdue-two-months';
import { date, ruleTable } from './fixture';

// EO5, RR1 and IO6 are due "within two months of initial meeting"; the form's month is March 2008.
const achieved = { EO5_SelfRating: 3, RR1_SelfRating: 3, IO6_SelfRating: 3 };
ruleTable(overdueTwoMonths, [
  ['met on 1 Feb: due 1 Apr, not yet overdue', {}, []],
  ['all achieved long after the meeting', { ...achieved, Added_SteeringGroupMeeting: date('2007-06-01') }, []],
  [
    'overdue',
    { EO5_SelfRating: 3, IO6_SelfRating: 3, Added_SteeringGroupMeeting: date('2008-01-15') },
    [
      [
        'RR1_SelfRating',
        'Role Re-Design objective "All sites to adopt or adapt…" was due by 15/03/2008 (within 2 months of the initial meeting on 15/01/2008) but is rated 2, not 3, in March 2008',
      ],
    ],
  ],
  [
    'meeting date missing',
    { Added_SteeringGroupMeeting: null },
    [['Added_SteeringGroupMeeting', 'the date of that meeting is empty']],
  ],
  ['meeting date missing, all achieved', { ...achieved, Added_SteeringGroupMeeting: null }, []],
]);
