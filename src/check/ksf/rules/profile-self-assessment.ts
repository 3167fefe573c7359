import { Rule } from '../../../rules/types';
import { SELF_ASSESSMENT } from '../../../sheets/role-profile-sheet';
import { ProfileModel } from '../read-profile';
import { finding } from './common';

const ID = 'profile.self-assessment-scale';

/** Self-assessments are blank or one of the scale's values (a pasted value escapes Excel's dropdown). */
export const profileSelfAssessment: Rule<ProfileModel> = {
  id: ID,
  title: 'Self-assessment on the scale',
  description: 'Self-assessment values are on the scale',
  severity: 'error',
  appliesTo: 'role-profile',
  check(model) {
    const scale = SELF_ASSESSMENT.map((v) => v.toLowerCase());
    return model.rows
      .filter((r) => r.selfAssessment !== '' && !scale.includes(r.selfAssessment.toLowerCase()))
      .map((r) =>
        finding(
          ID,
          'error',
          model.sheet,
          r.selfCell,
          `The self-assessment of ${r.code} is "${r.selfAssessment}"; expected one of ${SELF_ASSESSMENT.join(', ')}.`,
          'Choose the self-assessment from the dropdown.',
        ),
      );
  },
};
