import { Rule } from '../../../rules/types';
import { OutlineModel } from '../read-outline';
import { finding } from './common';

const ID = 'ksf.management-g6';

/**
 * The management NOS (HSC43, HSC444, HSC451, HSC446, HSC439) link to G6 People management: an outline
 * whose role profile holds any of them should include G6.
 */
export const managementG6: Rule<OutlineModel> = {
  id: ID,
  title: 'G6 for management NOS',
  description: 'G6 is in the outline when the role profile holds management NOS',
  severity: 'warning',
  appliesTo: 'ksf-outline',
  check(model) {
    const nos = model.profileManagementNos ?? [];
    if (nos.length === 0) return [];
    const codes = [...(model.glance ?? []).map((g) => g.code), ...(model.outline ?? []).map((d) => d.code)];
    if (codes.includes('G6')) return [];
    const list = nos.map((n) => `${n.code} (${n.status})`).join(', ');
    return [
      finding(
        ID,
        'warning',
        model.sheet,
        model.profileSheetCell,
        `The role profile "${nos[0].sheet}" holds management NOS ${list}, but this outline has no G6 People management; expected G6 with the level those NOS suggest.`,
        'Add G6 to the outline (a Senior outline adds it from the management NOS), or mark the management NOS Not applicable on the role profile.',
      ),
    ];
  },
};
