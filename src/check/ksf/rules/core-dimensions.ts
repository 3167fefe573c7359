import { Rule } from '../../../rules/types';
import { OutlineModel } from '../read-outline';
import { CORE_DIMENSIONS, finding } from './common';

const ID = 'ksf.core-dimensions';

/** Every KSF outline holds the six core dimensions, in the table at a glance and in the full outline. */
export const coreDimensions: Rule<OutlineModel> = {
  id: ID,
  title: 'All six core dimensions',
  description: 'All six core dimensions are in the outline',
  severity: 'error',
  appliesTo: 'ksf-outline',
  check(model) {
    const parts: { name: string; codes: string[] | null; cell: string }[] = [
      {
        name: 'the outline at a glance',
        codes: model.glance?.map((g) => g.code) ?? null,
        cell: model.glance?.[0]?.numberCell ?? '',
      },
      {
        name: 'the full outline',
        codes: model.outline?.map((d) => d.code) ?? null,
        cell: model.outline?.[0]?.refCell ?? '',
      },
    ];
    return parts.flatMap((part) => {
      if (part.codes === null) return [];
      const missing = CORE_DIMENSIONS.filter((c) => !part.codes!.includes(c));
      return missing.map((code) =>
        finding(
          ID,
          'error',
          model.sheet,
          part.cell,
          `${code} is missing from ${part.name}: found ${part.codes!.filter((c) => c.startsWith('Core')).join(', ') || 'no core dimensions'}; expected all six, Core 1 to Core 6.`,
          `Put ${code} back: every NHS KSF outline has the six core dimensions. Generate a fresh outline and copy the entries across.`,
        ),
      );
    });
  },
};
