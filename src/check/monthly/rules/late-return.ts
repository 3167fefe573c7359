import { dueDate, monthName } from '../../../monthly/month';
import { compareDates, formatDate } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** The return is due by the 5th of the month after the one it reports. */
export const lateReturn = monthlyRule({
  id: 'monthly.late-return',
  title: 'Return sent on time',
  description: 'The return was submitted by the 5th of the following month',
  severity: 'warning',
  check(model, report) {
    const month = model.month.month;
    const submitted = model.dateSubmitted.date;
    if (!month || !submitted) return;
    const due = dueDate(month);
    if (compareDates(submitted, due) <= 0) return;
    report(
      model.dateSubmitted,
      `The ${monthName(month)} return was submitted on ${formatDate(submitted)}, after it was due on ${formatDate(due)}.`,
      'Send returns by the 5th of each month.',
    );
  },
});
