/**
 * Bench: role profiles and KSF outlines for a large staff list (1,000 workers by default), on the command
 * line with --split (one workbook per worker, the way to run lists this size): time per worker and peak
 * memory, sampled while it runs. The Office.js side is measured with Microsoft's library
 * (test/fakes/measure-flows.ts, the bench's Office.js rows).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { main } from '../src/cli/main';
import { GRADES, SETTINGS, WorkerInput } from '../src/roles/worker';

export interface KsfBench {
  cliMsPerWorker: number;
  peakRssMb: number;
}

function staff(n: number): WorkerInput[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Worker ${String(i + 1).padStart(4, '0')} ${['Smith', "O'Neill", 'Featherstonehaugh-Cholmondeley'][i % 3]}`,
    grade: GRADES[i % GRADES.length],
    setting: SETTINGS[i % SETTINGS.length],
    team: `Team ${(i % 12) + 1}`,
  }));
}

export async function benchKsfOutlines(n = 1000): Promise<KsfBench> {
  const workers = staff(n);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-bench-ksf-'));
  try {
    const csv = path.join(dir, 'staff.csv');
    const quote = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    fs.writeFileSync(
      csv,
      [
        'Name,Grade,Setting,Team',
        ...workers.map((w) => [w.name, w.grade, w.setting, w.team ?? ''].map(quote).join(',')),
      ].join('\n'),
    );

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const errors: string[] = [];
    const start = performance.now();
    const code = await main(
      ['ksf-outline', '--staff', csv, '--split', path.join(dir, 'out')],
      () => undefined,
      (l) => errors.push(l),
    );
    const cliMs = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (code !== 0) throw new Error(`ksf-outline failed: ${errors.join('\n')}`);

    return {
      cliMsPerWorker: cliMs / n,
      peakRssMb: peak / 2 ** 20,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
