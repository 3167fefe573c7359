import { CalendarDate } from '../../../monthly/month';
import { compareDates, DateRead, formatDate } from '../read-return';
import { monthlyRule, quoted } from '../rule-helpers';

/** The steering group's meeting date and the date submitted are dates, not after the submission. */
export const datesValid = monthlyRule({
  id: 'monthly.dates-valid',
  title: 'Meeting and submission dates',
  description: 'The initial meeting date and the date submitted are valid dates',
  severity: 'error',
  check(model, report) {
    const dates: DateRead[] = [model.steeringGroupMeeting, model.dateSubmitted];
    for (const field of dates) {
      if (field.found && !field.empty && !field.date)
        report(field, `${field.label} ${quoted(field)} is not a date.`, 'Type the date day first, e.g. 14/03/2008.');
    }
    const meeting: CalendarDate | null = model.steeringGroupMeeting.date;
    const submitted = model.dateSubmitted.date;
    if (meeting && submitted && compareDates(meeting, submitted) > 0)
      report(
        model.steeringGroupMeeting,
        `The initial meeting date ${formatDate(meeting)} is after the date submitted (${formatDate(submitted)}).`,
        'Check both dates.',
      );
  },
});
