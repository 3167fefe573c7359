/**
 * One timed run of the check bench in a process of its own, so its peak memory is its own: either our
 * checker or the reference (exceljs loading the same files alone). Started by bench/check.ts with
 * `node check-child.js ours|reference LIST_FILE`; prints one line of JSON (CheckChildResult).
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import { performance } from 'perf_hooks';
import { checkFiles } from '../src/check/check-files';
import { CHECKERS } from '../src/check/checkers';

export interface CheckChildResult {
  ms: number;
  /** CPU time of the whole process, worker threads included (user + system): steadier than `ms` on a busy machine. */
  cpuMs: number;
  /** The process's peak resident memory, worker threads included (getrusage ru_maxrss). */
  peakRssMb: number;
  findings: number;
}

async function ours(files: string[]): Promise<number> {
  const result = await checkFiles(files, [], CHECKERS, new Date(Date.UTC(2008, 3, 3)));
  if (result.unreadable.length > 0) throw new Error(result.unreadable[0].message);
  return result.findings.length;
}

/** exceljs alone, as a program using it would load each file: read the bytes, load them, one file after another. */
async function reference(files: string[]): Promise<number> {
  for (const file of files) {
    const bytes = await fs.promises.readFile(file);
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
  }
  return 0;
}

async function main(): Promise<void> {
  const [mode, listFile] = process.argv.slice(2);
  const files = JSON.parse(fs.readFileSync(listFile, 'utf8')) as string[];
  const run = mode === 'ours' ? ours : mode === 'reference' ? reference : null;
  if (!run) throw new Error(`Unknown mode ${mode}: give ours or reference`);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const findings = await run(files);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const result: CheckChildResult = { ms, cpuMs, peakRssMb: process.resourceUsage().maxRSS / 1024, findings };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
