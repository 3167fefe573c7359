/**
 * Reads many workbooks safely: each file is preflighted, then parsed by exceljs in a worker thread
 * with a memory cap and a time limit. A file that fails gets one plain message and the batch goes on;
 * a worker that runs out of memory or time is replaced. Workers are reused, so exceljs loads once each.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import { WorkbookGrid } from '../grid/grid';
import { checkFileSize, DEFAULT_LIMITS, preflight, PreflightLimits, ReadProblem } from './preflight';

export type ReadFailure = ReadProblem | 'missing' | 'unreadable' | 'timeout' | 'out-of-memory';

export type ReadOutcome =
  { ok: true; file: string; grid: WorkbookGrid } | { ok: false; file: string; problem: ReadFailure; message: string };

export interface ReadPoolOptions {
  /** Worker threads; default: one per core, at most 4. */
  size?: number;
  /** Per file. */
  timeoutMs?: number;
  /** Heap cap per worker. */
  memoryMb?: number;
  limits?: PreflightLimits;
}

interface Job {
  id: number;
  file: string;
  bytes: Uint8Array;
  resolve: (outcome: ReadOutcome) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_FILE = path.join(__dirname, 'read-worker.js');

export class ReadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly limits: PreflightLimits;
  private readonly size: number;

  constructor(options: ReadPoolOptions = {}) {
    // Leave a core for the main thread, which reads files and runs the rules (measured: 2 workers on 2 cores are slower than 1).
    this.size = options.size ?? Math.min(4, Math.max(1, os.cpus().length - 1));
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.memoryMb = options.memoryMb ?? 384;
    this.limits = options.limits ?? DEFAULT_LIMITS;
  }

  /** Reads one file from disk; never rejects. */
  async read(file: string): Promise<ReadOutcome> {
    let bytes: Uint8Array;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return { ok: false, file, problem: 'missing', message: `${file} is not a file.` };
      const size = checkFileSize(stat.size, this.limits);
      if (!size.ok) return { ok: false, file, problem: size.problem, message: size.message };
      bytes = await fs.readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOENT' ? `${file} was not found.` : `${file} could not be opened (${code ?? 'error'}).`;
      return { ok: false, file, problem: 'missing', message };
    }
    return this.readBytes(file, bytes);
  }

  /** Reads bytes already in memory (e.g. a file picked in the browser, or a test fixture). */
  readBytes(file: string, bytes: Uint8Array): Promise<ReadOutcome> {
    const check = preflight(bytes, this.limits);
    if (!check.ok) return Promise.resolve({ ok: false, file, problem: check.problem, message: check.message });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, file, bytes, resolve });
      this.dispatch();
    });
  }

  /** How many reads to keep in flight: enough to keep every worker busy while the next file loads. */
  get lanes(): number {
    return this.size * 2;
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      this.start(slot, this.queue.shift() as Job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: 64 },
    });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (message: { id: number; json?: string; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      this.finish(
        slot,
        message.json !== undefined
          ? { ok: true, file: job.file, grid: JSON.parse(message.json) as WorkbookGrid }
          : { ok: false, file: job.file, problem: 'unreadable', message: unreadable(message.error) },
      );
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.replace(
        slot,
        outOfMemory ? 'out-of-memory' : 'unreadable',
        outOfMemory
          ? `Reading this workbook needed more than ${this.memoryMb} MB of memory, so it was stopped.`
          : unreadable(error.message),
      );
    });
    worker.on('exit', () => {
      if (slot.job) this.replace(slot, 'unreadable', 'The reader stopped unexpectedly while reading this workbook.');
    });
    // Idle workers must not keep the process alive.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.replace(
        slot,
        'timeout',
        `Reading this workbook took longer than ${Math.round(this.timeoutMs / 1000)} seconds, so it was stopped.`,
      );
    }, this.timeoutMs);
    // A fresh, exact-size copy: Buffer.slice() shares memory, and transferring that would detach it.
    const copy = new Uint8Array(job.bytes);
    slot.worker.postMessage({ id: job.id, bytes: copy }, [copy.buffer]);
  }

  private finish(slot: Slot, outcome: ReadOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    slot.timer = null;
    slot.worker.unref();
    job?.resolve(outcome);
    this.dispatch();
  }

  /** Fails the slot's job, throws the worker away and lets a fresh one take the queue. */
  private replace(slot: Slot, problem: ReadFailure, message: string): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (job) job.resolve({ ok: false, file: job.file, problem, message });
    this.dispatch();
  }
}

function unreadable(detail?: string): string {
  const reason = detail ? ` (${detail.split('\n')[0].slice(0, 200)})` : '';
  return `The workbook could not be read${reason}. Open it in Excel, save it as .xlsx, and try again.`;
}

/**
 * Reads files with one pool, a few at a time, handing each outcome to `onEach` and keeping none of them,
 * so memory stays bounded however many files a batch holds.
 */
export async function forEachWorkbook(
  files: string[],
  options: ReadPoolOptions,
  onEach: (outcome: ReadOutcome, index: number) => void,
): Promise<void> {
  const pool = new ReadPool(options);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const index = next++;
      onEach(await pool.read(files[index]), index);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, pool.lanes) }, lane));
  } finally {
    await pool.close();
  }
}

/** Reads files into a list in input order (for small batches; large ones use forEachWorkbook). */
export async function readWorkbooks(
  files: string[],
  options: ReadPoolOptions = {},
  onEach?: (outcome: ReadOutcome, index: number) => void,
): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = new Array(files.length);
  await forEachWorkbook(files, options, (outcome, index) => {
    outcomes[index] = outcome;
    onEach?.(outcome, index);
  });
  return outcomes;
}
