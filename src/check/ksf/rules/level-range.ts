import { Rule } from '../../../rules/types';
import { OutlineModel } from '../read-outline';
import { finding, wholeLevel } from './common';

const ID = 'ksf.level-range';

/** Gateway levels in the table at a glance are whole numbers from 1 to 4. */
export const levelRange: Rule<OutlineModel> = {
  id: ID,
  title: 'Gateway levels 1 to 4',
  description: 'Gateway levels are whole numbers from 1 to 4',
  severity: 'error',
  appliesTo: 'ksf-outline',
  check(model) {
    return (model.glance ?? []).flatMap((g) =>
      (['foundation', 'second'] as const)
        .filter((gw) => wholeLevel(g[gw].level) === null)
        .map((gw) => {
          const raw = g[gw].level;
          const found = raw === null || raw === '' ? 'nothing' : `"${raw}"`;
          return finding(
            ID,
            'error',
            model.sheet,
            g[gw].levelCell,
            `The ${gw} gateway level of ${g.code} is ${found}; expected a whole number from 1 to 4.`,
            `Type the KSF level agreed for ${g.code} at the ${gw} gateway: 1, 2, 3 or 4.`,
          );
        }),
    );
  },
};
