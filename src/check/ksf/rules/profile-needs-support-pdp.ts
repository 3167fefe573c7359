import { Rule } from '../../../rules/types';
import { NEEDS_DEVELOPMENT } from '../../../sheets/role-profile-sheet';
import { ProfileModel } from '../read-profile';
import { finding } from './common';

const ID = 'profile.needs-support-pdp';

/**
 * A NOS self-assessed "Developing" or "Needs support" has an action agreed in the personal development plan,
 * as the role profile tells the reviewer ("Developing or Needs support puts it in the development plan").
 */
export const profileNeedsSupportPdp: Rule<ProfileModel> = {
  id: ID,
  title: 'Development plan for support needs',
  description: '"Developing" and "Needs support" have an action in the personal development plan',
  severity: 'warning',
  appliesTo: 'role-profile',
  check(model) {
    const plan = model.pdp?.rows ?? [];
    const where = model.pdp
      ? `the development plan on "${model.pdp.sheet}"`
      : 'a development plan (no KSF outline was found for this profile)';
    const needing = NEEDS_DEVELOPMENT.map((v) => v.toLowerCase());
    return model.rows
      .filter((r) => needing.includes(r.selfAssessment.replace(/\s+/g, ' ').trim().toLowerCase()))
      .filter((r) => !plan.some((p) => codeOf(p.nos) === r.code.toLowerCase() && p.action !== ''))
      .map((r) => {
        const listed = plan.some((p) => codeOf(p.nos) === r.code.toLowerCase());
        return finding(
          ID,
          'warning',
          model.sheet,
          r.selfCell,
          `${r.code} is self-assessed "${r.selfAssessment.trim()}" but ${listed ? 'its row in' : 'has no row in'} ${where}${listed ? ' has no action' : ''}; expected an agreed action.`,
          `List ${r.code} in the personal development plan with the action and support agreed.`,
        );
      });
  },
};

/** The PDP's NOS cell holds a code from the dropdown; a typed "HSC35 Title" counts too. */
function codeOf(nos: string): string {
  return nos.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}
