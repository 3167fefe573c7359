import { Rule } from '../../../rules/types';
import { ProfileModel } from '../read-profile';
import { finding } from './common';

const ID = 'profile.needs-support-pdp';

/** A NOS self-assessed "Needs support" has an action agreed in the personal development plan. */
export const profileNeedsSupportPdp: Rule<ProfileModel> = {
  id: ID,
  description: '"Needs support" has an action in the personal development plan',
  severity: 'warning',
  appliesTo: 'role-profile',
  check(model) {
    const plan = model.pdp?.rows ?? [];
    const where = model.pdp
      ? `the development plan on "${model.pdp.sheet}"`
      : 'a development plan (no KSF outline was found for this profile)';
    return model.rows
      .filter((r) => /^needs support$/i.test(r.selfAssessment))
      .filter((r) => !plan.some((p) => codeOf(p.nos) === r.code.toLowerCase() && p.action !== ''))
      .map((r) => {
        const listed = plan.some((p) => codeOf(p.nos) === r.code.toLowerCase());
        return finding(
          ID,
          'warning',
          model.sheet,
          r.selfCell,
          `${r.code} is self-assessed "Needs support" but ${listed ? 'its row in' : 'has no row in'} ${where}${listed ? ' has no action' : ''}; expected an agreed action.`,
          `List ${r.code} in the personal development plan with the action and support agreed.`,
        );
      });
  },
};

/** The PDP's NOS cell holds a code from the dropdown; a typed "HSC35 Title" counts too. */
function codeOf(nos: string): string {
  return nos.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}
