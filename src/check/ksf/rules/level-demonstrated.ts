import { Rule } from '../../../rules/types';
import { OutlineModel } from '../read-outline';
import { demonstratedLevel, finding, requiredIndicators, requirements } from './common';

const ID = 'ksf.level-demonstrated';

/** A dimension demonstrated at or above a gateway's level has every indicator that gateway requires met. */
export const levelDemonstrated: Rule<OutlineModel> = {
  id: ID,
  title: 'Level demonstrated',
  description: 'The level demonstrated is reached only when every required indicator is met',
  severity: 'error',
  appliesTo: 'ksf-outline',
  check(model) {
    const out = [];
    for (const r of requirements(model)) {
      const d = r.outline;
      if (!d || !d.demonstrated) continue;
      const shown = demonstratedLevel(d.demonstrated);
      if (shown === null) {
        out.push(
          finding(
            ID,
            'error',
            model.sheet,
            d.demonstratedCell,
            `The level demonstrated for ${d.code} is "${d.demonstrated}"; expected one of Not yet at Level 1, Level 1, Level 2, Level 3 or Level 4.`,
            'Choose the level demonstrated from the dropdown.',
          ),
        );
        continue;
      }
      const unmet = new Map<string, string>();
      for (const gw of ['foundation', 'second'] as const) {
        const level = r[gw];
        if (level === null || shown < level) continue;
        for (const i of requiredIndicators(d, gw, level)) if (i.review !== 'Met') unmet.set(i.ref, i.review || 'blank');
      }
      if (unmet.size === 0) continue;
      const list = [...unmet].map(([ref, review]) => `${ref} (${review})`).join(', ');
      out.push(
        finding(
          ID,
          'error',
          model.sheet,
          d.demonstratedCell,
          `${d.code} is recorded at Level ${shown}, but ${unmet.size === 1 ? 'a required indicator is' : `${unmet.size} required indicators are`} not met: ${list}; expected every required indicator Met.`,
          `Record each indicator as Met with its evidence, or lower the level demonstrated for ${d.code}.`,
        ),
      );
    }
    return out;
  },
};
