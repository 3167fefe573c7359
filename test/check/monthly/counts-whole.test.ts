import { countsWhole } from '../../../src/check/monthly/rules/counts-whole';
import { ruleTable, text } from './fixture';

ruleTable(countsWhole, [
  ['whole numbers', {}, []],
  ['zero is fine, optional counts may be empty', { Numbers_Identified: 0, Posts_New: null, Area_CMHT: null }, []],
  ['number typed as text is read (stored-as-text warns)', { Numbers_InPost: text('5') }, []],
  ['in post empty', { Numbers_InPost: null }, [['Numbers_InPost', 'Number of STR workers in post is empty']]],
  [
    'negative',
    { Posts_New: -1 },
    [['Posts_New', 'Number of STR workers working in new posts -1 is not a whole number of 0 or more']],
  ],
  ['fraction', { Area_CMHT: 1.5 }, [['Area_CMHT', 'CMHT 1.5 is not a whole number']]],
  ['words', { Numbers_Identified: 'a few' }, [['Numbers_Identified', '"a few" is not a whole number']]],
  ['PDSA number', { EO1_PDSA: 2.5 }, [['EO1_PDSA', 'PDSA no 2.5 is not a whole number']]],
  ['lived experience', { Added_LivedExperience: -2 }, [['Added_LivedExperience', '-2 is not a whole number']]],
]);
