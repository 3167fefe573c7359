/**
 * The KSF dimensions and levels a role profile's NOS suggest (column four's indicative links), so an
 * outline can be compared with them. NOS marked "Not applicable" suggest nothing.
 */
import { ksfDimension } from '../framework';
import { KsfLevel } from '../ksf/types';
import { ProfileEntry } from './role-profile';

export interface KsfSuggestion {
  dimension: string;
  title: string;
  /** Each suggested level with the NOS that suggest it, lowest level first. */
  levels: { level: KsfLevel; nos: string[] }[];
}

export function ksfSuggestions(entries: ProfileEntry[]): KsfSuggestion[] {
  const byDimension = new Map<string, Map<KsfLevel, string[]>>();
  for (const entry of entries) {
    if (entry.status === 'not-applicable') continue;
    for (const link of entry.ksf) {
      const levels = byDimension.get(link.dimension) ?? new Map<KsfLevel, string[]>();
      const nos = levels.get(link.level) ?? [];
      if (!nos.includes(entry.code)) nos.push(entry.code);
      levels.set(link.level, nos);
      byDimension.set(link.dimension, levels);
    }
  }
  return [...byDimension]
    .map(([dimension, levels]) => ({
      dimension,
      title: ksfDimension(dimension)?.title ?? '',
      levels: [...levels].sort(([a], [b]) => a - b).map(([level, nos]) => ({ level, nos })),
    }))
    .sort((a, b) => dimensionOrder(a.dimension) - dimensionOrder(b.dimension));
}

/** "Level 2: HSC233, HSC226; Level 3: HSC332" */
export function suggestionText(s: KsfSuggestion | undefined): string {
  if (!s) return '';
  return s.levels.map((l) => `Level ${l.level}: ${l.nos.join(', ')}`).join('; ');
}

const THEMES = ['Core', 'HWB', 'EF', 'IK', 'G'];

/** Core 1–6, then HWB, EF, IK and G in number order, as Appendix F lists them. */
export function dimensionOrder(code: string): number {
  const m = /^(Core|HWB|EF|IK|G)\s*(\d+)$/.exec(code);
  return m ? THEMES.indexOf(m[1]) * 100 + Number(m[2]) : 10_000;
}
