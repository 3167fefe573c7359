import { OLDER_PEOPLE_NA } from '../../../roles/role-profile';
import { Rule } from '../../../rules/types';
import { ProfileModel } from '../read-profile';
import { finding } from './common';
import { inProfile, nationalRows } from './profile-common';

const ID = 'profile.older-people-nos';

/** Appendix E 2.2: HSC347 and HSC348 will probably not apply in older people's mental health services. */
export const profileOlderPeople: Rule<ProfileModel> = {
  id: ID,
  title: "Older people's services NOS",
  description: "HSC347 and HSC348 are not applicable in older people's services",
  severity: 'warning',
  appliesTo: 'role-profile',
  check(model) {
    if (model.setting.value !== 'older-people') return [];
    return nationalRows(model)
      .filter((r) => OLDER_PEOPLE_NA.includes(r.code) && inProfile(r.status))
      .map((r) =>
        finding(
          ID,
          'warning',
          model.sheet,
          r.statusCell,
          `${r.code} is "${r.status || 'blank'}" in an older people's service; expected Not applicable (Appendix E 2.2).`,
          `Mark ${r.code} Not applicable, unless this role really covers it; then accept this warning with the reason.`,
        ),
      );
  },
};
