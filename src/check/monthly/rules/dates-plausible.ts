import { compareDates, formatDate } from '../../../grid/dates';
import { addMonths, monthName } from '../../../monthly/month';
import { DateRead, monthEnd } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/**
 * The STR programme's first pilot sites started in 2002 (the handbook's history: "the initial 6 pilot sites
 * (2002-2003)"), so no date on a return can be earlier: an earlier one is a slip of the year, or a number
 * that Excel turned into a day of 1900.
 */
export const PROGRAMME_START = { year: 2002, month: 1, day: 1 };
/** A date this many months after the report month is a mistyped year, not a plan. */
const FAR_MONTHS = 12;

/** Dates are dates (not a rating typed into "Date achieved"), and fall within the programme's years. */
export const datesPlausible = monthlyRule({
  id: 'monthly.dates-plausible',
  title: 'Dates within the programme',
  description: 'Dates are typed as dates and fall within the programme',
  severity: 'error',
  check(model, report) {
    // A date achieved after the report month is date-achieved's to report, so only the others look ahead.
    const lookAhead = new Set<DateRead>([model.steeringGroupMeeting, model.dateSubmitted]);
    const fields = [...lookAhead, ...model.objectives.map((o) => o.dateAchieved)];
    const month = model.month.month;
    const latest = month ? monthEnd(addMonths(month, FAR_MONTHS)) : null;
    for (const f of fields) {
      if (!f.found || f.empty) continue;
      if (f.bareNumber)
        report(
          f,
          `${f.label} holds the number ${f.shown}, not a date` +
            (f.date ? ` (Excel would show it as ${formatDate(f.date)}).` : '.'),
          'Type the date, e.g. 14/03/2008.',
        );
      else if (f.date && compareDates(f.date, PROGRAMME_START) < 0)
        report(
          f,
          `${f.label} ${formatDate(f.date)} is before the STR programme began (its first sites started in 2002).`,
          'Check the year, and type the date as 14/03/2008.',
        );
      else if (f.date && month && latest && lookAhead.has(f) && compareDates(f.date, latest) > 0)
        report(
          f,
          `${f.label} ${formatDate(f.date)} is more than a year after the report month (${monthName(month)}).`,
          'Check the year, and type the date as 14/03/2008.',
        );
    }
  },
});
