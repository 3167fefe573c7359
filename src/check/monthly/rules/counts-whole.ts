import { CountRead, NumberRead, validCount } from '../read-return';
import { monthlyRule, quoted } from '../rule-helpers';

/** Every count (numbers, posts, service areas, lived experience, PDSA numbers) is a whole number of 0 or more. */
export const countsWhole = monthlyRule({
  id: 'monthly.counts-whole',
  title: 'Counts are whole numbers',
  description: 'Counts are whole numbers of 0 or more, and the STR worker numbers are filled in',
  severity: 'error',
  check(model, report) {
    for (const field of model.numbers)
      if (field.found && field.empty)
        report(field, `${field.label.replace(/:$/, '')} is empty.`, 'Type a whole number: 0 if there are none.');
    const counts: (CountRead | NumberRead)[] = [
      ...model.numbers,
      ...model.posts,
      ...model.areas,
      model.otherArea,
      model.livedExperience,
      ...model.objectives.map((o) => o.pdsa),
    ];
    for (const field of counts) {
      if (!field.found || field.empty || validCount(field) !== null) continue;
      report(
        field,
        `${field.label} ${quoted(field)} is not a whole number of 0 or more.`,
        'Type a whole number: 0, 1, 2 and so on.',
      );
    }
  },
});
