import { monthlyRule, objectiveName, ratingOf } from '../rule-helpers';

/** Scale levels that say a PDSA cycle was initiated. */
export const PDSA_LEVEL = /PDSA cycles? initiated/i;

/** A self rating whose words say a PDSA cycle was initiated needs that cycle's number. */
export const pdsaNumber = monthlyRule({
  id: 'monthly.pdsa-number',
  title: 'PDSA number given',
  description: 'A rating that says a PDSA cycle was initiated has a PDSA number',
  severity: 'error',
  check(model, report) {
    for (const o of model.objectives) {
      const rating = ratingOf(o, 'selfRating');
      const level = o.objective.scale.find((l) => l.value === rating);
      if (!level || !PDSA_LEVEL.test(level.text) || !o.pdsa.found || !o.pdsa.empty) continue;
      report(
        o.pdsa,
        `${objectiveName(o)} is rated "${level.text}", but the PDSA number is empty.`,
        'Type the number of the PDSA cycle.',
      );
    }
  },
});
