import { allFields } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** How many moved names a message lists before "and N more". */
const LISTED = 3;

/**
 * Defined names that no longer sit beside their labels: rows or columns were inserted or deleted by a
 * program that does not move names (openpyxl, some online editors). Those names are not trusted; the fields
 * were looked up by their labels instead, and any that could not be found are named, so no finding ever
 * lands on the wrong cell and nothing goes unchecked without a word.
 */
export const layoutChanged = monthlyRule({
  id: 'monthly.layout-changed',
  title: 'Form layout changed',
  description: "Every field's name still sits beside its label",
  severity: 'warning',
  check(model, report) {
    const moved = allFields(model).filter((f) => f.nameMovedFrom !== undefined);
    const refound = moved.filter((f) => f.found);
    if (refound.length > 0) {
      const named = refound.slice(0, LISTED).map((f) => `${f.label} (named at ${f.nameMovedFrom}, now at ${f.cell})`);
      const more = refound.length > LISTED ? ` and ${refound.length - LISTED} more` : '';
      report(
        '',
        `The layout of this sheet was changed: rows or columns were inserted or deleted, and the names of ` +
          `${refound.length} fields were left on the wrong cells. Those fields were found by their labels instead: ` +
          `${named.join(', ')}${more}.`,
        'Copy the entries into a freshly generated sheet. To add rows, use Excel, which moves the names with them.',
      );
    }
    for (const f of moved.filter((m) => !m.found))
      report(
        '',
        `The layout of this sheet was changed, and ${f.label} could not be read: its name points at ` +
          `${f.nameMovedFrom}, which is no longer beside its label, and the label was not found either.`,
        'Copy the entries into a freshly generated sheet.',
      );
  },
});
