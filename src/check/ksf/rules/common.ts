/** Shared reading of an outline model for the KSF rules: each dimension's gateway levels and indicators. */
import { modelDimension } from '../../../ksf';
import { Finding, Severity } from '../../../rules/types';
import { GlanceRow, IndicatorRow, OutlineDimensionRows, OutlineModel } from '../read-outline';

export const CORE_DIMENSIONS = ['Core 1', 'Core 2', 'Core 3', 'Core 4', 'Core 5', 'Core 6'];

export function finding(
  ruleId: string,
  severity: Severity,
  sheet: string,
  cell: string,
  message: string,
  fix: string,
): Finding {
  return { ruleId, severity, sheet, cell, message, fix };
}

/** A whole-number level 1–4, or null. */
export function wholeLevel(level: number | string | null): number | null {
  const n =
    typeof level === 'number' ? level : typeof level === 'string' && /^\s*\d+\s*$/.test(level) ? Number(level) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}

/** "All" → 'all'; "a,b,c,f,g" → ["a", …]; "" → []. */
export function indicatorLetters(text: string): 'all' | string[] {
  const t = text.trim();
  if (/^all$/i.test(t)) return 'all';
  return t
    .split(/[\s,;]+/)
    .map((l) => l.replace(/[).]$/, '').toLowerCase())
    .filter((l) => l !== '');
}

export interface Requirement {
  code: string;
  foundation: number | null;
  second: number | null;
  glance?: GlanceRow;
  outline?: OutlineDimensionRows;
}

/**
 * Each dimension's required levels: from the table at a glance, or, for a dimension only the full outline
 * lists, from its ticked indicator rows.
 */
export function requirements(model: OutlineModel): Requirement[] {
  const out: Requirement[] = [];
  for (const g of model.glance ?? []) {
    out.push({
      code: g.code,
      foundation: wholeLevel(g.foundation.level),
      second: wholeLevel(g.second.level),
      glance: g,
    });
  }
  for (const d of model.outline ?? []) {
    const found = out.find((r) => r.code === d.code);
    if (found) {
      found.outline ??= d;
      continue;
    }
    const tickedLevel = (g: 'foundation' | 'second') => d.indicators.find((i) => i[g])?.level ?? null;
    out.push({ code: d.code, foundation: tickedLevel('foundation'), second: tickedLevel('second'), outline: d });
  }
  return out;
}

/** Indicators a gateway requires at its level, from the full outline's ticks. */
export function requiredIndicators(
  d: OutlineDimensionRows,
  gateway: 'foundation' | 'second',
  level: number,
): IndicatorRow[] {
  return d.indicators.filter((i) => i.level === level && i[gateway]);
}

/** "Level 3" → 3, "Not yet at Level 1" → 0; null for blank or unreadable text. */
export function demonstratedLevel(text: string): number | null {
  if (/^not yet/i.test(text.trim())) return 0;
  const m = /^level\s*([0-4])$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/**
 * The indicator letters the handbook's outline has for a dimension at a level, or null when the seeds
 * cannot say (a dimension or level the model lacks, or a page missing from the handbook copy).
 */
export function knownLetters(code: string, level: number): Set<string> | null {
  const d = modelDimension(code);
  if (!d) return null;
  const printings = [d.foundation, d.second].filter((g) => g.printed.level === level);
  if (printings.length === 0 || printings.some((g) => g.printed.incomplete)) return null;
  const letters = new Set<string>();
  for (const g of printings) {
    for (const i of g.printed.indicators) letters.add(i.letter);
    for (const l of g.notPrinted ?? []) letters.add(l);
  }
  for (const g of [d.foundation, d.second])
    if (g.level === level && g.indicators !== 'all') g.indicators.forEach((l) => letters.add(l));
  return letters;
}
