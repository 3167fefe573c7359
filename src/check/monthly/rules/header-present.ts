import { formatMonth, monthName } from '../../../monthly/month';
import { monthlyRule, quoted } from '../rule-helpers';

/** Site, programme lead and month are filled in, and the month is a month. */
export const headerPresent = monthlyRule({
  id: 'monthly.header-present',
  title: 'Site, lead and month filled in',
  description: 'Site, programme lead and month are present, and the month is valid',
  severity: 'error',
  check(model, report) {
    for (const field of [model.site, model.lead]) {
      if (field.found && (field.empty || field.raw?.kind !== 's'))
        report(
          field,
          field.empty ? `${field.label} is empty.` : `${field.label} ${quoted(field)} is not a name.`,
          `Type the ${field.label.toLowerCase()}.`,
        );
    }
    const month = model.month;
    if (!month.found) return;
    if (month.empty)
      report(month, 'The report month is empty.', 'Copy the entries into a sheet generated for this month.');
    else if (!month.month)
      report(
        month,
        `The report month ${quoted(month)} is not a month, such as March 2008.`,
        'Copy the entries into a sheet generated for this month.',
      );
    else if (/^\d{4}-\d{2}$/.test(model.sheet) && formatMonth(month.month) !== model.sheet)
      report(
        month,
        `The report month ${monthName(month.month)} does not match the sheet's month ${model.sheet}.`,
        'Put each month on the sheet generated for it.',
      );
  },
});
