import { MANAGEMENT_NOS } from '../../../roles/role-profile';
import { GRADE_LABELS } from '../../../roles/worker';
import { Rule } from '../../../rules/types';
import { ProfileModel } from '../read-profile';
import { finding } from './common';
import { inProfile, nationalRows } from './profile-common';

const ID = 'profile.management-nos';

/** Appendix E 2.2: the management NOS typically apply only to senior STR workers. */
export const profileManagementNos: Rule<ProfileModel> = {
  id: ID,
  title: 'Management NOS for Senior only',
  description: 'Management NOS are in Senior profiles only',
  severity: 'warning',
  appliesTo: 'role-profile',
  check(model) {
    if (model.grade.value === 'senior') return [];
    const label = model.grade.value ? GRADE_LABELS[model.grade.value] : '';
    const grade = label
      ? `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label} profile`
      : model.grade.raw
        ? `a profile graded "${model.grade.raw}"`
        : 'a profile with no grade';
    return nationalRows(model)
      .filter((r) => MANAGEMENT_NOS.includes(r.code) && inProfile(r.status))
      .map((r) =>
        finding(
          ID,
          'warning',
          model.sheet,
          r.statusCell,
          `${r.code} is "${r.status}" in ${grade}; expected Not applicable, as the management NOS are for senior STR workers (Appendix E 2.2).`,
          `Mark ${r.code} Not applicable, or record the grade as Senior if the role manages the STR service.`,
        ),
      );
  },
};
