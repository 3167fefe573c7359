import { validCount } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** A number against "Other (please state)" needs the service area named. */
export const otherAreaNamed = monthlyRule({
  id: 'monthly.other-area-named',
  title: 'Other service area named',
  description: 'An "Other" service-area number has its "please state" text',
  severity: 'error',
  check(model, report) {
    const count = validCount(model.otherArea);
    if (!count || !model.otherAreaName.found || !model.otherAreaName.empty) return;
    report(
      model.otherAreaName,
      `${count} STR worker${count === 1 ? ' is' : 's are'} counted under "Other", but the service area is not stated.`,
      'Type the name of the other service area beside its number.',
    );
  },
});
