/**
 * The one way the Office.js adapter splits writing into requests: the sheets of a Placement go into parts
 * that each fit one request by the estimate of payload-estimate.ts (Excel on the web refuses requests over
 * 5 MB), so a batch takes about ceil(payload / budget) round trips instead of failing. Sheets that belong
 * together (a "unit", e.g. a worker's profile and outline) stay in one part; a sheet larger than the
 * budget on its own is written in bands of rows (sheet-band.ts), one part each. insert-framework.ts's
 * writeInParts writes the parts; the first moves replaced sheets aside, the last writes the registry and
 * deletes them.
 */
import { Placement } from '../sheets/placement';
import { SheetSpec } from '../sheets/model';
import { PlacementPart } from './render';
import { estimateSheetBytes } from './payload-estimate';
import { bandOf, RowBand } from './sheet-band';

/**
 * Bytes a request body, or the response to a read, aims at: under Excel on the web's 5 MB limit on each,
 * with room for the estimate's error (the write estimate is tested never to fall below the real body
 * Microsoft's library sends; the read estimate, never below the real response of the toolkit's sheets).
 */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

export interface ChunkOptions {
  budget?: number;
  comments?: boolean;
}

/**
 * `units` lists the placement's sheet names in writing order, grouped; every sheet must be in exactly
 * one unit. Parts fill up to the budget by estimate; a unit bigger than the budget gets a part to itself,
 * or, when it is one sheet, a part per band of rows.
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

  // A unit bigger than the budget gets a part of its own; one sheet that big, a part per band of rows.
  const items: Sized<{ sheets: SheetSpec[]; band?: RowBand }>[] = units.flatMap((unit) => {
    const sheets = unit.map((n) => byName.get(n)!);
    const bytes = sheets.reduce((sum, s) => sum + estimateSheetBytes(s, options), 0);
    if (bytes > budget && sheets.length === 1) {
      return rowBands(sheets[0], budget, options).map((band) => ({ item: { sheets, band }, bytes, alone: true }));
    }
    return [{ item: { sheets }, bytes }];
  });
  const groups = packByBudget(items, budget).map((part) =>
    part.length === 1 ? part[0] : { sheets: part.flatMap((p) => p.sheets) },
  );
  // Always one part, so the registry is written even when there are no sheets.
  if (groups.length === 0) groups.push({ sheets: [] });
  return groups.map((group, i) => ({
    ...group,
    first: i === 0,
    last: i === groups.length - 1,
  }));
}

/** Something to send, its estimated bytes, and whether it must go in a request of its own. */
export interface Sized<T> {
  item: T;
  bytes: number;
  alone?: boolean;
}

/**
 * The one packing rule, for writes (chunkPlacement) and reads (read-grid.ts): items in order, each part
 * filled up to `budget` bytes by estimate; an item over the budget, or marked `alone`, gets a part to itself.
 */
export function packByBudget<T>(items: Sized<T>[], budget: number = REQUEST_BUDGET): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  let size = 0;
  const close = () => {
    if (current.length > 0) parts.push(current);
    current = [];
    size = 0;
  };
  for (const { item, bytes, alone } of items) {
    if (alone || bytes > budget) {
      close();
      parts.push([item]);
      continue;
    }
    if (size + bytes > budget) close();
    current.push(item);
    size += bytes;
  }
  close();
  return parts;
}

/** The fewest equal bands of rows that each fit the budget (a single row always makes a band). */
function rowBands(sheet: SheetSpec, budget: number, options: ChunkOptions): RowBand[] {
  const rows = Math.max(sheet.rows.length, 1);
  for (let count = Math.ceil(estimateSheetBytes(sheet, options) / budget); ; count++) {
    const height = Math.ceil(rows / count);
    const bands: RowBand[] = [];
    for (let from = 0; from < rows; from += height) bands.push({ from, to: Math.min(from + height, rows) });
    if (height === 1 || bands.every((band) => estimateSheetBytes(bandOf(sheet, band), options) <= budget)) return bands;
  }
}
