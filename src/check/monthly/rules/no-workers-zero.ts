import { inPostOf, ObjectiveRead, validCount } from '../read-return';
import { monthlyRule, objectiveName, ratingOf } from '../rule-helpers';

/** Scale levels that say there are no STR workers in post. */
export const NO_WORKERS_LEVEL = /no STR workers in post/i;

/** The level that means "No STR Workers in post", when the objective's scale has one. */
export function noWorkersLevel(o: ObjectiveRead): number | null {
  return o.objective.scale.find((l) => NO_WORKERS_LEVEL.test(l.text))?.value ?? null;
}

/** Rating "No STR Workers in post" while the numbers say workers are in post. */
export const noWorkersZero = monthlyRule({
  id: 'monthly.no-workers-zero',
  title: '"No workers" rating with workers in post',
  description: 'A rating meaning "No STR Workers in post" is not used while workers are in post',
  severity: 'error',
  check(model, report) {
    const inPost = inPostOf(model);
    const workers = inPost ? validCount(inPost) : null;
    if (!workers) return;
    for (const o of model.objectives) {
      const none = noWorkersLevel(o);
      if (none === null || ratingOf(o, 'selfRating') !== none) continue;
      report(
        o.selfRating,
        `${objectiveName(o)} is rated ${none} ("No STR Workers in post"), but ${workers} STR worker${workers === 1 ? ' is' : 's are'} in post.`,
        'Rate the objective on the rest of its scale.',
      );
    }
  },
});
