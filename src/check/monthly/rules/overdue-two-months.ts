import { monthName } from '../../../monthly/month';
import { CalendarDate } from '../../../monthly/month';
import { compareDates, formatDate, monthEnd, ObjectiveRead } from '../read-return';
import { monthlyRule, objectiveName, ratingOf, topRating } from '../rule-helpers';

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, six: 6 };

/** Months allowed from the initial meeting, from the statement: "within two months of initial meeting" → 2. */
export function monthsFromInitialMeeting(o: ObjectiveRead): number | null {
  const match = /within (\w+) months? of (?:the )?initial meeting/i.exec(o.objective.statement);
  if (!match) return null;
  const n = WORDS[match[1].toLowerCase()] ?? Number(match[1]);
  return Number.isInteger(n) && n > 0 ? n : null;
}

function addMonthsToDate(d: CalendarDate, count: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + count;
  const m = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  return { ...m, day: Math.min(d.day, monthEnd(m).day) };
}

/** Objectives due within so many months of the steering group's initial meeting, still not achieved after. */
export const overdueTwoMonths = monthlyRule({
  id: 'monthly.overdue-two-months',
  title: 'Two-month objectives overdue',
  description: 'Objectives due "within two months of initial meeting" are achieved by then',
  severity: 'warning',
  check(model, report) {
    const month = model.month.month;
    if (!month) return;
    const meeting = model.steeringGroupMeeting;
    let askedForDate = false;
    for (const o of model.objectives) {
      const allowed = monthsFromInitialMeeting(o);
      const rating = ratingOf(o, 'selfRating');
      if (allowed === null || rating === null || rating >= topRating(o)) continue;
      if (!meeting.date) {
        if (!askedForDate && meeting.found && meeting.empty)
          report(
            meeting,
            `${objectiveName(o)} is due within ${allowed} months of the steering group's initial meeting, but the date of that meeting is empty.`,
            'Type the date the steering group first met.',
          );
        askedForDate = true;
        continue;
      }
      const due = addMonthsToDate(meeting.date, allowed);
      if (compareDates(monthEnd(month), due) <= 0) continue;
      report(
        o.selfRating,
        `${objectiveName(o)} was due by ${formatDate(due)} (within ${allowed} months of the initial meeting on ${formatDate(meeting.date)}) but is rated ${rating}, not ${topRating(o)}, in ${monthName(month)}.`,
        'Record what is holding it up in the leads report, and agree a new date.',
      );
    }
  },
});
