/** Side-by-side timing for the bench: alternate ours and the reference so machine drift hits both. */
import { performance } from 'perf_hooks';

export interface Timing {
  oursMs: number;
  referenceMs: number;
  ratio: number;
  peakRssMb: number;
}

export async function timeSideBySide(
  ours: () => Promise<unknown>,
  reference: () => Promise<unknown>,
  runs: number,
  warmUp = true,
): Promise<Timing> {
  if (warmUp) {
    await ours();
    await reference();
  }
  const a: number[] = [];
  const b: number[] = [];
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    a.push(await timed(ours));
    b.push(await timed(reference));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const oursMs = median(a);
  const referenceMs = median(b);
  return { oursMs, referenceMs, ratio: oursMs / referenceMs, peakRssMb: peak / 2 ** 20 };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
