import { baselineChanged } from '../../../src/check/monthly/rules/baseline-changed';
import { filledReturn, ruleTable, Values } from './fixture';

const withPrevious = (values: Values) => {
  const { previous, ...now } = values as Values & { previous?: Values };
  return {
    ...filledReturn(now),
    previous: filledReturn((previous ?? {}) as Values, { month: { year: 2008, month: 2 } }),
  };
};

ruleTable(
  baselineChanged,
  [
    ['baselines unchanged', {}, []],
    ['last month had none yet', { previous: { EO1_Baseline: null } } as unknown as Values, []],
    [
      'changed',
      { ET3_Baseline: 1 },
      [
        [
          'ET3_Baseline',
          'Education and Training objective "All STR workers to undergo foundation…"\'s baseline is 1, but it was 0 in February 2008',
        ],
      ],
    ],
  ],
  withPrevious,
);
