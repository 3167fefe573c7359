import { datesPlausible } from '../../../src/check/monthly/rules/dates-plausible';
import { date, ruleTable, text } from './fixture';

ruleTable(datesPlausible, [
  ['dates within the programme', {}, []],
  ['a date typed as text is a date', { Added_DateSubmitted: text('4/4/08') }, []],
  ['a date achieved late in the year is date-achieved’s to judge', { EO1_DateAchieved: date('2009-12-01') }, []],
  [
    'a rating typed into "Date achieved"',
    { EO1_DateAchieved: 3 },
    [['EO1_DateAchieved', 'Date achieved holds the number 3, not a date (Excel would show it as 03/01/1900)']],
  ],
  [
    'a day number without its date format is still not a date',
    { Added_DateSubmitted: 39541 },
    [['Added_DateSubmitted', 'Date submitted holds the number 39541, not a date (Excel would show it as 03/04/2008)']],
  ],
  [
    'a date before the programme',
    { Added_SteeringGroupMeeting: date('1998-02-01') },
    [['Added_SteeringGroupMeeting', '01/02/1998 is before the STR programme began']],
  ],
  [
    'a date achieved before the programme',
    { EO1_DateAchieved: text('01/03/1908') },
    [['EO1_DateAchieved', 'Date achieved 01/03/1908 is before the STR programme began']],
  ],
  [
    'a date far in the future',
    { Added_DateSubmitted: date('2080-04-03') },
    [['Added_DateSubmitted', 'Date submitted 03/04/2080 is more than a year after the report month (March 2008)']],
  ],
]);
