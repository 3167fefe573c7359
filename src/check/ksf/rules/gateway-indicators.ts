import { Rule } from '../../../rules/types';
import { OutlineModel } from '../read-outline';
import { finding, indicatorLetters, knownLetters, requirements } from './common';

const ID = 'ksf.gateway-indicators';

/**
 * At the same level, the foundation gateway's indicators are a subset of the second gateway's; and every
 * indicator letter named exists for that dimension and level in the handbook's outline.
 */
export const gatewayIndicators: Rule<OutlineModel> = {
  id: ID,
  title: 'Gateway indicators',
  description: 'Gateway indicators exist and the foundation ones are a subset of the second gateway',
  severity: 'error',
  appliesTo: 'ksf-outline',
  check(model) {
    const out = [];
    for (const r of requirements(model)) {
      const g = r.glance;
      if (!g) continue;
      const foundation = indicatorLetters(g.foundation.indicators);
      const second = indicatorLetters(g.second.indicators);
      for (const [gw, letters, level] of [
        ['foundation', foundation, r.foundation],
        ['second', second, r.second],
      ] as const) {
        if (level === null || letters === 'all') continue;
        const known = knownLetters(r.code, level);
        if (!known) continue;
        const unknown = letters.filter((l) => !known.has(l));
        if (unknown.length === 0) continue;
        out.push(
          finding(
            ID,
            'error',
            model.sheet,
            g[gw].indicatorsCell,
            `${r.code} Level ${level} has no indicator ${unknown.map((l) => `${l})`).join(', ')} (${gw} gateway: "${g[gw].indicators}"); expected letters from ${[...known].sort().join(', ')}.`,
            `Use the indicator letters of ${r.code} Level ${level} as the full outline prints them, or "All".`,
          ),
        );
      }
      if (r.foundation === null || r.foundation !== r.second || second === 'all') continue;
      const extra = foundation === 'all' ? ['All'] : foundation.filter((l) => !second.includes(l));
      if (extra.length === 0) continue;
      out.push(
        finding(
          ID,
          'error',
          model.sheet,
          g.foundation.indicatorsCell,
          `${r.code} Level ${r.foundation}: the foundation gateway asks for ${foundation === 'all' ? 'All' : extra.join(', ')}, which the second gateway ("${g.second.indicators}") does not; expected the foundation indicators to be among the second gateway's.`,
          `Add ${extra.join(', ')} to the second gateway's indicators, or remove ${extra.length > 1 ? 'them' : 'it'} from the foundation gateway.`,
        ),
      );
    }
    return out;
  },
};
