import { Rule } from '../../../rules/types';
import { OutlineModel } from '../read-outline';
import { demonstratedLevel, finding, requirements } from './common';

const ID = 'ksf.gateway-passed';

/** "Foundation gateway met" or "Second gateway met" only when every dimension is demonstrated at its level. */
export const gatewayPassed: Rule<OutlineModel> = {
  id: ID,
  title: 'Gateway met',
  description: 'A gateway is met only when every dimension meets its level',
  severity: 'error',
  appliesTo: 'ksf-outline',
  check(model) {
    const outcome = model.outcome.value;
    const gw = /^foundation gateway met$/i.test(outcome)
      ? 'foundation'
      : /^second gateway met$/i.test(outcome)
        ? 'second'
        : null;
    if (!gw) return [];
    return requirements(model).flatMap((r) => {
      const level = r[gw];
      if (level === null) return [];
      const text = r.outline?.demonstrated ?? '';
      const shown = demonstratedLevel(text);
      if (shown !== null && shown >= level) return [];
      return [
        finding(
          ID,
          'error',
          model.sheet,
          r.outline?.demonstratedCell || model.outcome.cell,
          `The outcome is "${outcome}", but ${r.code} is demonstrated at ${text ? `"${text}"` : 'no level (blank)'}; expected Level ${level} or above.`,
          `Record the level demonstrated for ${r.code}, or change the gateway outcome to "${gw === 'foundation' ? 'Foundation' : 'Second'} gateway not yet met".`,
        ),
      ];
    });
  },
};
