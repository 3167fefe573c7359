import { Rule } from '../../../rules/types';
import { OutlineModel } from '../read-outline';
import { finding } from './common';

const ID = 'ksf.not-yet-met-pdp';

/**
 * An indicator reviewed "Not yet met" is listed in the personal development plan, as the sheet asks
 * ("List here … every KSF indicator marked Not yet met"; its PDP column shows "Add to PDP" until it is).
 */
export const notYetMetPdp: Rule<OutlineModel> = {
  id: ID,
  title: '"Not yet met" in the development plan',
  description: '"Not yet met" indicators are listed in the personal development plan',
  severity: 'warning',
  appliesTo: 'ksf-outline',
  check(model) {
    const listed = new Set(model.pdp.map((p) => refKey(p.indicator)).filter((k) => k !== ''));
    return (model.outline ?? [])
      .flatMap((d) => d.indicators)
      .filter((i) => /^not yet met$/i.test(i.review.replace(/\s+/g, ' ').trim()) && !listed.has(refKey(i.ref)))
      .map((i) =>
        finding(
          ID,
          'warning',
          model.sheet,
          i.reviewCell,
          `${i.ref} is reviewed "Not yet met" but has no row in the personal development plan.`,
          `Choose ${i.ref} in the plan's "KSF indicator" column, with the action and support agreed.`,
        ),
      );
  },
};

/** The plan's indicator cell holds a Ref from the dropdown; spacing and case typed differently still match. */
function refKey(ref: string): string {
  return ref.replace(/\s+/g, ' ').trim().toLowerCase();
}
