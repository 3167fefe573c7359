/** Side-by-side timing for the bench: alternate ours and the reference so machine drift hits both. */
import { performance } from 'perf_hooks';

export interface Timing {
  oursMs: number;
  referenceMs: number;
  ratio: number;
  /** Medians of the process's CPU time (worker threads included), and their ratio: steadier on a busy machine. */
  oursCpuMs: number;
  referenceCpuMs: number;
  cpuRatio: number;
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
  const a: Timed[] = [];
  const b: Timed[] = [];
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    a.push(await timed(ours));
    b.push(await timed(reference));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { ...medians(a, b), peakRssMb: peak / 2 ** 20 };
}

/** The medians of both sides' times and CPU times, and their ratios. */
export function medians(ours: Timed[], reference: Timed[]): Omit<Timing, 'peakRssMb'> {
  const oursMs = median(ours.map((t) => t.ms));
  const referenceMs = median(reference.map((t) => t.ms));
  const oursCpuMs = median(ours.map((t) => t.cpuMs));
  const referenceCpuMs = median(reference.map((t) => t.cpuMs));
  return {
    oursMs,
    referenceMs,
    ratio: oursMs / referenceMs,
    oursCpuMs,
    referenceCpuMs,
    cpuRatio: oursCpuMs / referenceCpuMs,
  };
}

export interface Timed {
  ms: number;
  cpuMs: number;
}

async function timed(fn: () => Promise<unknown>): Promise<Timed> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await fn();
  const cpu = process.cpuUsage(cpuStart);
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
