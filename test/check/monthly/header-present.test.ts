import { headerPresent } from '../../../src/check/monthly/rules/header-present';
import { date, ruleTable, text } from './fixture';

ruleTable(headerPresent, [
  ['site, lead and month present', {}, []],
  ['month typed as text', { Header_Month: text('March 2008') }, []],
  ['site empty', { Header_Site: null }, [['Header_Site', 'Site is empty']]],
  ['lead blank text', { Header_Lead: '   ' }, [['Header_Lead', 'Programme Lead is empty']]],
  ['site a number', { Header_Site: 42 }, [['Header_Site', 'Site 42 is not a name']]],
  ['month empty', { Header_Month: null }, [['Header_Month', 'The report month is empty']]],
  [
    'month not a month',
    { Header_Month: text('Spring') },
    [['Header_Month', 'The report month "Spring" is not a month']],
  ],
  [
    'month of another sheet',
    { Header_Month: date('2008-04-01') },
    [['Header_Month', "April 2008 does not match the sheet's month 2008-03"]],
  ],
]);
