import { validCount } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** "Total in site (Sum of above)" is the sum of in post, in recruitment and identified. */
export const totalInSite = monthlyRule({
  id: 'monthly.total-in-site',
  title: 'Total in site adds up',
  description: '"Total in site" equals the sum of its three parts',
  severity: 'error',
  check(model, report) {
    const total = model.total;
    if (!total.found || total.empty) return; // a formula Excel has not calculated yet
    const parts = model.numbers.map(validCount);
    if (parts.some((p) => p === null)) return; // counts-whole names the bad part
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (total.number === sum) return;
    report(
      total,
      `Total in site ${total.shown} is not the sum of the three numbers above (${sum}).`,
      total.raw?.formula === undefined
        ? `Restore the total's formula, or type ${sum}.`
        : `Recalculate the workbook, or check the total's formula adds the three numbers above (${sum}).`,
    );
  },
});
