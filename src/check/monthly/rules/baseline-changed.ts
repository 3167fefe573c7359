import { monthName } from '../../../monthly/month';
import { monthlyRule, objectiveName } from '../rule-helpers';

/** A baseline is where the site started: it should not change from month to month. */
export const baselineChanged = monthlyRule({
  id: 'monthly.baseline-changed',
  title: 'Baseline changed since last month',
  description: "A baseline is the same as the previous month's",
  severity: 'warning',
  check(model, report) {
    const previous = model.previous;
    if (!previous?.month.month) return;
    for (const o of model.objectives) {
      const before = previous.objectives.find((p) => p.key === o.key);
      if (!before || before.baseline.empty || o.baseline.empty) continue;
      if (before.baseline.shown.trim() === o.baseline.shown.trim()) continue;
      report(
        o.baseline,
        `${objectiveName(o)}'s baseline is ${o.baseline.shown}, but it was ${before.baseline.shown} in ${monthName(previous.month.month)}.`,
        `Keep the baseline as first recorded (${before.baseline.shown}).`,
      );
    }
  },
});
