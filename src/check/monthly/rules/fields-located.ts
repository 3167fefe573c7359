import { allFields } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** Fields found by their label because their defined name is missing: the check is then less sure. */
export const fieldsLocated = monthlyRule({
  id: 'monthly.fields-located',
  title: 'Every field found',
  description: 'Every field is found by its defined name',
  severity: 'warning',
  check(model, report) {
    // Names left on the wrong cell by an edit are layout-changed's to report.
    for (const field of allFields(model).filter((f) => f.nameMovedFrom === undefined)) {
      if (field.byLabel)
        report(
          field,
          `${field.label} was found by its label, because its name ${field.name} is missing.`,
          'Copy the entries into a freshly generated sheet, so every field keeps its name.',
        );
      else if (!field.found)
        report(
          '',
          `${field.label} (${field.name}) was not found on the sheet, by name or by label, so it was not checked.`,
          'Copy the entries into a freshly generated sheet.',
        );
    }
  },
});
