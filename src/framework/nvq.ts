/**
 * Which of the handbook's NVQ Level 3 units cover a NOS. An NVQ unit is assessed against the National
 * Occupational Standard of the same code (handbook: "NVQ ... is assessed against National Occupational
 * Standards"), so a unit covers the NOS it is named after, and any NOS its framework rows list it beside as
 * an "other related NOS". Most NOS have no recommended unit: the list is the handbook's short list.
 */
import { framework } from './index';
import type { NvqUnit } from './types';

const key = (code: string) => code.replace(/\s+/g, '').toUpperCase();
const units = new Map(framework.nvqUnits.map((u) => [key(u.code), u]));

/** The handbook's NVQ Level 3 units that cover `nosCode`, core units first, in the handbook's order. */
export function nvqUnitsCovering(nosCode: string): NvqUnit[] {
  const codes = new Set([key(nosCode)]);
  for (const row of framework.rows)
    if (row.nos.some((n) => key(n) === key(nosCode))) for (const o of row.otherRelatedNos) codes.add(key(o.code));
  return framework.nvqUnits.filter((u) => codes.has(key(u.code)) && units.has(key(u.code)));
}

/** The core tasks (Appendix B) the NOS serves, in framework order, each once. */
export function coreTasksServed(nosCode: string): string[] {
  const tasks = framework.rows.filter((r) => r.nos.some((n) => key(n) === key(nosCode))).flatMap((r) => r.coreTasks);
  return [...new Set(tasks)];
}
