import { monthName } from '../../../monthly/month';
import { monthlyRule, objectiveName, ratingOf } from '../rule-helpers';

/** A self rating lower than last month's for the same site. */
export const ratingDropped = monthlyRule({
  id: 'monthly.rating-dropped',
  title: 'Rating lower than last month',
  description: "A self rating is not lower than the previous month's",
  severity: 'warning',
  check(model, report) {
    const previous = model.previous;
    if (!previous?.month.month) return;
    for (const o of model.objectives) {
      const before = previous.objectives.find((p) => p.key === o.key);
      const now = ratingOf(o, 'selfRating');
      const then = before ? ratingOf(before, 'selfRating') : null;
      if (now === null || then === null || now >= then) continue;
      report(
        o.selfRating,
        `${objectiveName(o)} is rated ${now}, lower than ${then} in ${monthName(previous.month.month)}.`,
        'Check the rating, and explain the fall in the leads report if it is right.',
      );
    }
  },
});
