/**
 * Reads many workbooks safely: each file is read by the toolkit's workbook reader (src/ooxml/read-xlsx.ts, which
 * runs preflight's checks first) in a worker thread with a memory cap and a time limit. A file that fails gets
 * one plain message and the batch goes on; a worker that runs out of memory or time is replaced. Workers are
 * reused, so each loads the reader once.
 */
import { closeSync, fstatSync, openSync, readSync } from 'fs';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import { WorkbookGrid } from '../grid/grid';
import { checkFileSize, DEFAULT_LIMITS, PreflightLimits, ReadProblem, statedUnpackedBytes } from '../ooxml/preflight';
import type { ReadAnswer, ReadRequest } from './read-worker';

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
  /** Unpacks to more than LARGE_BYTES: read alone (see slotFor). */
  large: boolean;
  resolve: (outcome: ReadOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Sent to this worker, oldest first; the worker reads them in order, so the first is the one being read. */
  jobs: Job[];
  /** The time limit of the first job. */
  timer: NodeJS.Timeout | null;
}

/**
 * Jobs handed to a worker at once: the next file waits in the worker's own queue, so the worker never idles
 * while the main thread, busy with the rules, gets round to sending it (measured: workers were idle 15%).
 */
const DEPTH = 2;

/**
 * A file that unpacks to more than this (as its zip index says) may take a worker up to its memory cap: the
 * grid of a sheet of numbers, with its JSON, takes about 6 times the sheet's XML (measured: 4.8 MB of XML,
 * 100,000 one-number rows, left 29 MB on the heap), and a sheet of short texts more. Only one is read at a
 * time, so a batch needs one cap's worth of memory however many large files it holds; a monthly return
 * unpacks to about 100 KB.
 */
const LARGE_BYTES = 4 * 2 ** 20;

/**
 * A worker's young generation: V8 counts it outside maxOldGenerationSizeMb, and sizes it by the machine's
 * memory unless told. 32 MB parses as fast as the default here; 16 MB was 20% slower (measured).
 */
const YOUNG_MB = 32;
/**
 * Of a worker's cap, what is not its old generation: the young one (48 MB of heap for 32) and about 40 MB
 * beyond the heap (code, the file's bytes, zip buffers). Measured with exceljs as the reader: a 384 MB cap
 * stopped a worker at 370 MB resident; capping only the old generation at 384 MB let it reach 470 MB.
 */
const OUTSIDE_OLD_MB = 88;

/**
 * The worker is this folder's read-worker, compiled like this file: from dist-cli as installed. Under jest,
 * which runs this file from its TypeScript source, the worker loads the reader's source through
 * scripts/run-ts.js (sucrase, a development dependency that only strips the types, with its output kept by
 * the source's hash), so tests always run the code as written and a new worker does not compile it again.
 */
const FROM_SOURCE = path.extname(__filename) === '.ts';
const WORKER_FILE = path.join(__dirname, `read-worker${path.extname(__filename)}`);
const WORKER_EXEC_ARGV = FROM_SOURCE
  ? ['--require', path.join(__dirname, '..', '..', 'scripts', 'run-ts.js')]
  : undefined;

export class ReadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly limits: PreflightLimits;
  private readonly size: number;

  constructor(options: ReadPoolOptions = {}) {
    // One worker per core: parsing is most of the work, and the main thread's share (reading bytes, the rules)
    // is small enough to interleave (measured on a busy 2-core machine: 2 workers check 1,000 returns as fast
    // as 1 or up to 30% faster).
    this.size = options.size ?? Math.min(4, Math.max(1, os.availableParallelism()));
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.memoryMb = options.memoryMb ?? 384;
    this.limits = options.limits ?? DEFAULT_LIMITS;
  }

  /** Reads one file from disk; never rejects. */
  async read(file: string): Promise<ReadOutcome> {
    const loaded = this.load(file);
    if ('problem' in loaded) return { ok: false, file, ...loaded };
    return this.readBytes(file, loaded.bytes);
  }

  /**
   * The file's bytes, refused by its size before they are read. Synchronous on purpose: a workbook is at
   * most a few MB, and fs.promises spends more time hopping threads than reading (measured 1.6 ms a file
   * against 0.1 ms, on the main thread that also runs the rules).
   */
  private load(file: string): { bytes: Uint8Array } | { problem: ReadFailure; message: string } {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { problem: 'missing', message: `${file} is not a file.` };
      const size = checkFileSize(stat.size, this.limits);
      if (!size.ok) return { problem: size.problem, message: size.message };
      const bytes = Buffer.allocUnsafe(stat.size);
      let filled = 0;
      while (filled < bytes.length) {
        const read = readSync(fd, bytes, filled, bytes.length - filled, null);
        if (read === 0) break;
        filled += read;
      }
      return { bytes: bytes.subarray(0, filled) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOENT'
          ? `${file} was not found.`
          : code === 'EISDIR'
            ? `${file} is not a file.`
            : `${file} could not be opened (${code ?? 'error'}).`;
      return { problem: 'missing', message };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** Reads bytes already in memory (e.g. a test fixture); the worker checks them (preflight) before parsing. */
  readBytes(file: string, bytes: Uint8Array): Promise<ReadOutcome> {
    const large = statedUnpackedBytes(bytes) > LARGE_BYTES;
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, file, bytes, large, resolve });
      this.dispatch();
    });
  }

  /** How many reads to keep in flight: every worker's queue full, and one more being read from disk. */
  get lanes(): number {
    return this.size * DEPTH + 1;
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (let i = 0; i < this.queue.length;) {
      const slot = this.slotFor(this.queue[i]);
      if (slot) this.send(slot, this.queue.splice(i, 1)[0]);
      else i++;
    }
  }

  /**
   * An idle worker first, then a new one, then the shortest queue with room. A large file waits while another
   * is read, and nothing queues behind one: its worker is retired after it (see finish).
   */
  private slotFor(job: Job): Slot | undefined {
    const open = this.slots.filter((s) => !s.jobs.some((j) => j.large));
    if (job.large && open.length < this.slots.length) return undefined;
    let slot = open.find((s) => s.jobs.length === 0);
    if (!slot && this.slots.length < this.size) slot = this.spawn();
    return slot ?? open.filter((s) => s.jobs.length < DEPTH).sort((a, b) => a.jobs.length - b.jobs.length)[0];
  }

  private spawn(): Slot {
    // The cap is for the whole worker, as its out-of-memory message says, not only its old generation.
    const young = Math.min(YOUNG_MB, this.memoryMb / 4);
    const old = Math.max(this.memoryMb / 2, this.memoryMb - OUTSIDE_OLD_MB);
    const worker = new Worker(WORKER_FILE, {
      execArgv: WORKER_EXEC_ARGV,
      resourceLimits: { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: young },
    });
    const slot: Slot = { worker, jobs: [], timer: null };
    worker.on('message', (answer: ReadAnswer) => {
      const job = slot.jobs[0];
      if (!job || job.id !== answer.id) return;
      this.finish(slot, outcomeOf(job.file, answer));
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
      if (slot.jobs.length > 0)
        this.replace(slot, 'unreadable', 'The reader stopped unexpectedly while reading this workbook.');
    });
    // Idle workers must not keep the process alive.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private send(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    slot.worker.ref();
    if (slot.jobs.length === 1) this.startTimer(slot);
    // A fresh, exact-size copy: Buffer.slice() shares memory, and transferring that would detach it.
    const copy = new Uint8Array(job.bytes);
    const request: ReadRequest = { id: job.id, bytes: copy, limits: this.limits };
    slot.worker.postMessage(request, [copy.buffer]);
  }

  /** The time limit of the slot's first job, counted from when the worker can start on it. */
  private startTimer(slot: Slot): void {
    slot.timer = setTimeout(() => {
      this.replace(
        slot,
        'timeout',
        `Reading this workbook took longer than ${Math.round(this.timeoutMs / 1000)} seconds, so it was stopped.`,
      );
    }, this.timeoutMs);
  }

  private finish(slot: Slot, outcome: ReadOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.jobs.shift();
    if (job?.large) this.retire(slot);
    else if (slot.jobs.length > 0) this.startTimer(slot);
    else slot.worker.unref();
    job?.resolve(outcome);
    this.dispatch();
  }

  /** Throws away a worker whose heap grew for a large file, so the memory goes back at once. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
  }

  /** Fails the slot's current job, throws the worker away and puts its waiting jobs back for a fresh one. */
  private replace(slot: Slot, problem: ReadFailure, message: string): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const [job, ...waiting] = slot.jobs.splice(0);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
    this.queue.unshift(...waiting);
    if (job) job.resolve({ ok: false, file: job.file, problem, message });
    this.dispatch();
  }
}

function outcomeOf(file: string, answer: ReadAnswer): ReadOutcome {
  if ('json' in answer) return { ok: true, file, grid: JSON.parse(answer.json) as WorkbookGrid };
  if ('problem' in answer) return { ok: false, file, problem: answer.problem, message: answer.message };
  return { ok: false, file, problem: 'unreadable', message: unreadable() };
}

function unreadable(detail?: string): string {
  const reason = detail
    ? ` (${detail.split('\n')[0].slice(0, 200)})`
    : ': part of it is damaged, or not laid out the way Excel writes workbooks';
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
