import { Rule } from '../../../rules/types';
import { OutlineModel } from '../read-outline';
import { finding, requirements } from './common';

const ID = 'ksf.gateway-order';

/** The foundation gateway asks for no higher a level than the second gateway. */
export const gatewayOrder: Rule<OutlineModel> = {
  id: ID,
  title: 'Gateway levels in order',
  description: 'Foundation gateway level is not above the second gateway level',
  severity: 'error',
  appliesTo: 'ksf-outline',
  check(model) {
    return requirements(model)
      .filter((r) => r.foundation !== null && r.second !== null && r.foundation > r.second)
      .map((r) =>
        finding(
          ID,
          'error',
          model.sheet,
          r.glance?.foundation.levelCell ?? r.outline?.refCell ?? '',
          `${r.code} asks for Level ${r.foundation} at the foundation gateway but Level ${r.second} at the second; expected the foundation level to be ${r.second} or lower.`,
          'The foundation gateway is a subset of the full outline: lower its level, or raise the second gateway level.',
        ),
      );
  },
};
