/**
 * The national STR Competence Framework as typed data, with small look-up helpers.
 * data/framework.json is generated from the seed text: `node scripts/run-extract.js`.
 */
import data from './data/framework.json';
import type { Area, Esc, Framework, KsfDimension, Nos, Section } from './types';

export * from './types';

// JSON imports widen literal types (level: number); the extractor and its tests guarantee the shape.
export const framework: Framework = data as Framework;

/** e.g. "STR Competence Framework, DH 2008 (288773)". */
export const FRAMEWORK_EDITION: string = framework.edition;

/** Codes compare without spaces and case, so "SfH MH 94", "HSC 347" and "CfA220" all resolve. */
function codeKey(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

const nosIndex = new Map<string, Nos>(framework.nos.map((n) => [codeKey(n.code), n]));

/** Every NOS title the framework prints, first by column two, then other related NOS, then NVQ units. */
const titleIndex = new Map<string, string>();
for (const n of framework.nos) titleIndex.set(codeKey(n.code), n.title);
for (const r of framework.rows)
  for (const o of r.otherRelatedNos) if (!titleIndex.has(codeKey(o.code))) titleIndex.set(codeKey(o.code), o.title);
for (const u of framework.nvqUnits) if (!titleIndex.has(codeKey(u.code))) titleIndex.set(codeKey(u.code), u.title);
// Appendix E misprints ("HS233") resolve to the NOS they mean.
for (const m of framework.mostImportantNos)
  if (!titleIndex.has(codeKey(m.seedCode))) titleIndex.set(codeKey(m.seedCode), titleIndex.get(codeKey(m.code))!);

/** A NOS of column two (the 59), by code. */
export function nosByCode(code: string): Nos | undefined {
  return nosIndex.get(codeKey(code));
}

/** The title of any NOS code the framework uses (column two, other related, most important, NVQ units). */
export function nosTitle(code: string): string | undefined {
  return titleIndex.get(codeKey(code));
}

export function sectionById(id: string): Section | undefined {
  return framework.sections.find((s) => s.id === id);
}

export function areaById(id: string): Area | undefined {
  return framework.areas.find((a) => a.id === id);
}

/** A KSF dimension by code: "HWB4", "HWB 4", "Core 1", "core1". */
export function ksfDimension(code: string): KsfDimension | undefined {
  const key = codeKey(code);
  return framework.ksfDimensions.find((d) => codeKey(d.code) === key);
}

export function escByNumber(n: number): Esc | undefined {
  return framework.esc.find((e) => e.number === n);
}

/** Appendix C's 108 core tasks, in order. */
export function coreTasks(): string[] {
  return framework.coreTaskGroups.flatMap((g) => g.tasks);
}
