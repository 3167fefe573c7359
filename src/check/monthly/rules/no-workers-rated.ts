import { inPostOf, validCount } from '../read-return';
import { monthlyRule, objectiveName, ratingOf } from '../rule-helpers';
import { noWorkersLevel } from './no-workers-zero';

/** A rating above "No STR Workers in post" while the numbers say none are in post. */
export const noWorkersRated = monthlyRule({
  id: 'monthly.no-workers-rated',
  title: 'Rated higher with no workers in post',
  description: 'Objectives whose scale starts at "No STR Workers in post" are not rated higher with none in post',
  severity: 'warning',
  check(model, report) {
    const inPost = inPostOf(model);
    if (!inPost || validCount(inPost) !== 0) return;
    for (const o of model.objectives) {
      const none = noWorkersLevel(o);
      const rating = ratingOf(o, 'selfRating');
      if (none === null || rating === null || rating <= none) continue;
      report(
        o.selfRating,
        `${objectiveName(o)} is rated ${rating}, but no STR workers are in post (expected ${none}, "No STR Workers in post").`,
        `Rate it ${none} until workers are in post, or correct the number in post.`,
      );
    }
  },
});
