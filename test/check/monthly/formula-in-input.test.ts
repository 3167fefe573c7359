import { formulaInInput } from '../../../src/check/monthly/rules/formula-in-input';
import { ruleTable } from './fixture';

ruleTable(formulaInInput, [
  ['typed values; the total is a formula by design', {}, []],
  ['text that starts with = is typed text', { Header_Lead: '=Jo' }, []],
  [
    'formula in a count',
    { Numbers_InPost: { kind: 'n', value: 5, formula: 'HYPERLINK("http://x.test","5")' } },
    [
      [
        'Numbers_InPost',
        'Number of STR workers in post holds a formula typed into an input cell (=HYPERLINK("http://x.test","5")), where a typed value belongs.',
      ],
    ],
  ],
  [
    'hyperlink in the leads report',
    { Report_Progress: { kind: 's', value: 'see here', hyperlink: 'http://x.test/' } },
    [['Report_Progress', 'Progress this month holds a link to http://x.test/']],
  ],
  [
    'formula in a rating',
    { EO1_SelfRating: { kind: 'n', value: 2, formula: '1+1' } },
    [['EO1_SelfRating', 'holds a formula typed into an input cell (=1+1)']],
  ],
]);
