import { monthName } from '../../../monthly/month';
import { compareDates, formatDate, monthEnd } from '../read-return';
import { monthlyRule, objectiveName, quoted, ratingOf, topRating } from '../rule-helpers';

/** The top rating needs a valid date achieved, no later than the end of the report month. */
export const dateAchieved = monthlyRule({
  id: 'monthly.date-achieved',
  title: 'Date achieved for the top rating',
  description: 'The top rating has a valid "Date achieved" no later than the report month',
  severity: 'error',
  check(model, report) {
    for (const o of model.objectives) {
      const rating = ratingOf(o, 'selfRating');
      const date = o.dateAchieved;
      if (rating === null || rating !== topRating(o) || !date.found) continue;
      if (date.empty) {
        report(
          date,
          `${objectiveName(o)} is rated ${rating} but ${date.label} is empty.`,
          'Type the date it was achieved, e.g. 14/03/2008.',
        );
      } else if (!date.date) {
        report(date, `${date.label} ${quoted(date)} is not a date.`, 'Type the date it was achieved, e.g. 14/03/2008.');
      } else if (model.month.month && compareDates(date.date, monthEnd(model.month.month)) > 0) {
        report(
          date,
          `${date.label} ${formatDate(date.date)} is after the report month (${monthName(model.month.month)}).`,
          `Rate it ${rating} in the month it was achieved, or correct the date.`,
        );
      }
    }
  },
});
