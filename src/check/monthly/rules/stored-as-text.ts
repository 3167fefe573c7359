import { spelledDate } from '../../../grid/dates';
import { allFields, DateRead, NumberRead } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** Numbers and dates typed as text are read, but Excel will not add, sort or compare them. */
export const storedAsText = monthlyRule({
  id: 'monthly.stored-as-text',
  title: 'Numbers stored as text',
  description: 'Numbers and dates are stored as numbers and dates, not text',
  severity: 'warning',
  check(model, report) {
    for (const field of allFields(model)) {
      const f = field as Partial<NumberRead & DateRead>;
      if (!f.storedAsText) continue;
      const kind = 'date' in f ? 'date' : 'number';
      // Day first, as in the UK: spelt out, so a reader sees at once whether 4/3 was meant as 4 March.
      const readAs = f.date ? ` It was read as ${spelledDate(f.date)}.` : '';
      report(
        field,
        `${field.label} "${field.shown}" is a ${kind} stored as text.${readAs}`,
        kind === 'date'
          ? 'Retype it as a date, e.g. 14/03/2008.'
          : 'Retype it as a number (not preceded by an apostrophe).',
      );
    }
  },
});
