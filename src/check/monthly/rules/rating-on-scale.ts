import { monthlyRule, objectiveName, quoted, scaleList } from '../rule-helpers';

/** Every baseline and self rating is filled in and is a value of its own objective's scale. */
export const ratingOnScale = monthlyRule({
  id: 'monthly.rating-on-scale',
  title: 'Ratings on the scale',
  description: "Every baseline and self rating is present and on its objective's scale",
  severity: 'error',
  check(model, report) {
    for (const o of model.objectives) {
      for (const field of [o.baseline, o.selfRating]) {
        if (!field.found) continue;
        const name = field === o.selfRating ? 'Self rating' : 'Baseline';
        const fix = `Choose one of ${scaleList(o)} from the ${model.definition.ratingScaleLabel} of ${objectiveName(o)}.`;
        if (field.empty) {
          report(field, `${name} is empty for ${objectiveName(o)}.`, fix);
          continue;
        }
        const n = field.number;
        if (n === null || !o.objective.scale.some((l) => l.value === n))
          report(
            field,
            `${name} ${quoted(field)} is not on this objective's scale (${scaleList(o)}): ${objectiveName(o)}.`,
            fix,
          );
      }
    }
  },
});
