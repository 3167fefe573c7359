import { inputFields } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/**
 * Inputs hold typed values. A formula typed into an input cell (or a link) can show one thing and hold
 * another, and can reach outside the workbook, so it is named in plain words.
 */
export const formulaInInput = monthlyRule({
  id: 'monthly.formula-in-input',
  title: 'Typed values, not formulas',
  description: 'Input cells hold typed values, not formulas or hyperlinks',
  severity: 'warning',
  check(model, report) {
    for (const field of inputFields(model)) {
      const raw = field.raw;
      if (!raw) continue;
      if (raw.formula !== undefined)
        report(
          field,
          `${field.label} holds a formula typed into an input cell (=${raw.formula}), where a typed value belongs.`,
          'Replace the formula with the value itself.',
        );
      if (raw.hyperlink !== undefined)
        report(
          field,
          `${field.label} holds a link to ${raw.hyperlink}, where a typed value belongs.`,
          'Remove the link and type the value.',
        );
    }
  },
});
