/**
 * The handbook's model KSF outline for an intermediate STR worker, as typed data.
 * data/ksf-outline.json is generated from the seed text: `node scripts/run-extract-ksf-outline.js`.
 */
import data from './data/ksf-outline.json';
import type { KsfOutlineData, OutlineDimension } from './types';

export * from './types';

// JSON imports widen literal types (level: number); the extractor and its tests guarantee the shape.
export const ksfModelOutline: KsfOutlineData = data as KsfOutlineData;

export function modelDimension(code: string): OutlineDimension | undefined {
  return ksfModelOutline.dimensions.find((d) => d.code === code);
}
