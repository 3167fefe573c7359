import { Rule } from '../../../rules/types';
import { showDate } from '../grid-reader';
import { ProfileModel } from '../read-profile';
import { finding } from './common';

const ID = 'profile.pdp-overdue';

/** A development plan action past its target date and not achieved is overdue. */
export const profilePdpOverdue: Rule<ProfileModel> = {
  id: ID,
  title: 'Development plan overdue',
  description: 'Development plan actions are not past their target date',
  severity: 'warning',
  appliesTo: 'role-profile',
  check(model) {
    if (!model.pdp) return [];
    const sheet = model.pdp.sheet;
    return model.pdp.rows
      .filter((p) => p.target.value !== null && p.target.value < model.today)
      .filter((p) => !/^achieved$/i.test(p.progress) && p.achieved.value === null)
      .map((p) => {
        const what = p.nos || p.indicator || p.action || 'An action';
        return finding(
          ID,
          'warning',
          sheet,
          p.target.cell,
          `${what} was due by ${showDate(p.target.value!)} and is "${p.progress || 'blank'}" (today is ${showDate(model.today)}); expected it achieved or a new target date.`,
          'Record it as Achieved with the date, or agree a new target date at supervision.',
        );
      });
  },
};
