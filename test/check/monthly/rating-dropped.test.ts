import { ratingDropped } from '../../../src/check/monthly/rules/rating-dropped';
import { FixtureOptions, filledReturn, ruleTable, Values } from './fixture';

const withPrevious = (values: Values, options?: FixtureOptions) => {
  const { previous, ...now } = values as Values & { previous?: Values };
  return {
    ...filledReturn(now, options),
    previous: filledReturn((previous ?? {}) as Values, { month: { year: 2008, month: 2 } }),
  };
};

ruleTable(
  ratingDropped,
  [
    ['same as last month', {}, []],
    ['higher than last month', { previous: { EO1_SelfRating: 1, EO1_PDSA: 1 } } as unknown as Values, []],
    [
      'lower than last month',
      { EO2_SelfRating: 1, previous: { EO2_SelfRating: 3 } } as unknown as Values,
      [
        [
          'EO2_SelfRating',
          'Equal Opportunities objective "All individuals involved in the recruitment…" is rated 1, lower than 3 in February 2008',
        ],
      ],
    ],
  ],
  withPrevious,
);

test('no previous month, nothing to compare', () => {
  expect(ratingDropped.check(filledReturn({ EO2_SelfRating: 0 }))).toEqual([]);
});
