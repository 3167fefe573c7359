import { monthlyRule, objectiveName, quoted, ratingOf, topRating } from '../rule-helpers';

/** A date achieved beside a rating below the top says the objective was achieved when the rating says not. */
export const dateAchievedLowerRating = monthlyRule({
  id: 'monthly.date-achieved-lower-rating',
  title: 'Date achieved without top rating',
  description: '"Date achieved" is given only with the top rating',
  severity: 'warning',
  check(model, report) {
    for (const o of model.objectives) {
      const rating = ratingOf(o, 'selfRating');
      if (rating === null || rating === topRating(o) || o.dateAchieved.empty || !o.dateAchieved.found) continue;
      report(
        o.dateAchieved,
        `${o.dateAchieved.label} ${quoted(o.dateAchieved)} is given, but ${objectiveName(o)} is rated ${rating}, not ${topRating(o)} (achieved).`,
        `Clear the date, or rate it ${topRating(o)} if it was achieved.`,
      );
    }
  },
});
