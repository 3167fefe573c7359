import { inputFields } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** Inputs hold typed values; a formula or hyperlink there may be formula injection. */
export const formulaInInput = monthlyRule({
  id: 'monthly.formula-in-input',
  description: 'Input cells hold typed values, not formulas or hyperlinks',
  severity: 'warning',
  check(model, report) {
    for (const field of inputFields(model)) {
      const raw = field.raw;
      if (!raw) continue;
      if (raw.formula !== undefined)
        report(
          field,
          `${field.label} holds the formula =${raw.formula} where a typed value belongs; it may be formula injection.`,
          'Replace the formula with the value itself.',
        );
      if (raw.hyperlink !== undefined)
        report(
          field,
          `${field.label} holds a link to ${raw.hyperlink} where a typed value belongs; it may be formula injection.`,
          'Remove the link and type the value.',
        );
    }
  },
});
