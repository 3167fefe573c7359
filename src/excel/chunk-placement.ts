/**
 * Splits the sheets of one Placement into parts that each fit one request (Excel on the web refuses
 * requests over 5 MB), so a batch of many sheets takes about ceil(payload / budget) round trips instead
 * of failing. Sheets that belong together (a "unit", e.g. a worker's profile and outline) stay in one
 * part. render.ts's queuePlacement writes each part; the first moves replaced sheets aside, the last
 * writes the registry and deletes them.
 */
import { Placement } from '../sheets/placement';
import { PlacementPart } from './render';
import { estimateSheetBytes } from './payload-estimate';

/** Bytes per request the parts aim at: under the 5 MB limit, with room for the estimate's error. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

export interface ChunkOptions {
  budget?: number;
  comments?: boolean;
}

/**
 * `units` lists the placement's sheet names in writing order, grouped; every sheet must be in exactly
 * one unit. Parts fill up to the budget by estimate; a unit bigger than the budget gets a part to itself.
 */
export function chunkPlacement(placement: Placement, units: string[][], options: ChunkOptions = {}): PlacementPart[] {
  const budget = options.budget ?? REQUEST_BUDGET;
  const byName = new Map(placement.sheets.map((s) => [s.name, s]));
  const listed = units.flat();
  if (
    listed.length !== placement.sheets.length ||
    new Set(listed).size !== listed.length ||
    listed.some((n) => !byName.has(n))
  ) {
    throw new Error('chunkPlacement: the units must list every sheet of the placement exactly once.');
  }

  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const unit of units) {
    const bytes = unit.reduce((sum, n) => sum + estimateSheetBytes(byName.get(n)!, options), 0);
    if (current.length > 0 && size + bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(...unit);
    size += bytes;
  }
  // Always one part, so the registry is written even when there are no sheets.
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups.map((names, i) => ({
    sheets: names.map((n) => byName.get(n)!),
    first: i === 0,
    last: i === groups.length - 1,
  }));
}
