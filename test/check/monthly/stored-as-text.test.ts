import { storedAsText } from '../../../src/check/monthly/rules/stored-as-text';
import { ruleTable, text } from './fixture';

ruleTable(storedAsText, [
  ['numbers and dates as such', {}, []],
  ['words are not numbers stored as text', { Numbers_InPost: 'five' }, []],
  [
    'count as text',
    { Numbers_InPost: text('4') },
    [['Numbers_InPost', 'Number of STR workers in post "4" is a number stored as text']],
  ],
  ['rating as text', { EO1_SelfRating: text('2') }, [['EO1_SelfRating', '"2" is a number stored as text']]],
  [
    'date as text',
    { Added_DateSubmitted: text('03/04/2008') },
    [['Added_DateSubmitted', 'Date submitted "03/04/2008" is a date stored as text. It was read as 3 April 2008.']],
  ],
  [
    'a date as text is read day first, with a two-digit year',
    { Added_DateSubmitted: text('4/3/08') },
    [['Added_DateSubmitted', 'Date submitted "4/3/08" is a date stored as text. It was read as 4 March 2008.']],
  ],
]);
