/**
 * Runs LibreOffice headless, when installed, to open generated workbooks in a real spreadsheet program.
 *
 * Starting LibreOffice costs about 5 s of CPU, so each jest worker process keeps one office, started on first
 * use and reached through python3-uno (office.py) by every later job in that process, from any test file: jest
 * loads this module afresh for each file, but the process, its pid and its office stay. The office stops
 * when the worker ends. A job that hangs (a hostile file) is stopped with a clear error, and the worker gets
 * a fresh office for its next job.
 */
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import { Socket } from 'net';
import os from 'os';
import path from 'path';
import { hasPythonModules, requiredInCi, SYSTEM_PYTHON } from './tools';

/** The office and its jobs: see office.py. */
const OFFICE_PY = path.join(__dirname, 'office.py');
/** This process's office: its pipe's name, and its folder (profile and pid files), which any test file finds. */
const OFFICE_NAME = `str-lo-${process.pid}`;
const OFFICE_DIR = path.join(os.tmpdir(), OFFICE_NAME);

/**
 * LibreOffice's soffice, or null when it or Debian's python3-uno (how the tests reach it) is missing; under
 * CI, missing fails (see tools.ts).
 */
export function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim())
      return hasPythonModules(['uno'], 'python3-uno') ? found.stdout.trim() : null;
  }
  requiredInCi(false, 'LibreOffice (soffice)', 'libreoffice-calc-nogui');
  return null;
}

/** The pid of this process's office keeper (office.py keep), started now if it is not running yet. */
function officeKeeper(soffice: string): number {
  const keeperFile = path.join(OFFICE_DIR, 'keeper.pid');
  const known = fs.existsSync(keeperFile) ? Number(fs.readFileSync(keeperFile, 'utf8')) : null;
  if (known !== null && commandLine(known).includes(`${OFFICE_PY}\0keep\0${OFFICE_DIR}\0`)) return known;
  fs.mkdirSync(OFFICE_DIR, { recursive: true });
  // stdin is a pipe that closes when this process ends, however it ends: the keeper then stops the office.
  const keeper = spawn(SYSTEM_PYTHON, [OFFICE_PY, 'keep', OFFICE_DIR, OFFICE_NAME, soffice], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  // Neither the keeper nor the pipe keeps this process from ending.
  keeper.unref();
  (keeper.stdin as Socket).unref();
  fs.writeFileSync(keeperFile, String(keeper.pid));
  return keeper.pid as number;
}

/** A process's command line, NUL-separated, or '' when it has ended (a zombie's is empty too). */
function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** The pid of this process's office (and of its process group), or null before its first job. */
export function workerOfficePid(): number | null {
  const file = path.join(OFFICE_DIR, 'office.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : null;
}

/** How many documents this process's office has open: none between jobs. */
export function openDocuments(soffice: string): number {
  return Number(runInOffice(soffice, [OFFICE_PY, 'open-documents'], 'count its documents', { timeoutMs: 60_000 }));
}

/**
 * Kills a hung office (the whole group: soffice, oosplash, soffice.bin), and returns once its keeper has started
 * a new one, so the next job cannot reach the dying office (its pipe may still take a connection for a moment).
 */
function killOffice(): void {
  const pid = workerOfficePid();
  // Only ours: its command line names this process's profile.
  if (!pid || !commandLine(pid).includes(`-env:UserInstallation=file://${OFFICE_DIR}/profile`)) return;
  process.kill(-pid, 'SIGKILL');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const deadline = Date.now() + 60_000; workerOfficePid() === pid && Date.now() < deadline;)
    Atomics.wait(pause, 0, 0, 50);
}

/**
 * Runs a job script (office.py, pages.py) in this worker's office and returns what it printed. `what` says
 * what it does ("convert x.xlsx to pdf"), for the error when it fails or does not finish in time.
 */
export function runInOffice(
  soffice: string,
  args: string[],
  what: string,
  options: { timeoutMs: number; input?: string },
): string {
  const job = () =>
    spawnSync(SYSTEM_PYTHON, args, {
      env: { ...process.env, STR_LO_PIPE: OFFICE_NAME, STR_LO_KEEPER: String(officeKeeper(soffice)) },
      input: options.input,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      timeout: options.timeoutMs,
    });
  const timedOut = (ran: ReturnType<typeof job>) =>
    (ran.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  let run = job();
  // A job that crashed (a signal) may have left the office in any state: it gets a fresh start, and the job
  // one more try there. Python's bridge to the office crashed once in about ten full runs (SIGSEGV, printing
  // a monthly report that prints every other time); a file that crashes the office crashes it again.
  if (run.signal && !timedOut(run)) {
    killOffice();
    run = job();
  }
  const hung = timedOut(run);
  if (run.error && !hung) throw run.error;
  const said = run.stderr.trim().split('\n').slice(-5).join('\n');
  if (hung) {
    killOffice();
    throw new Error(
      `LibreOffice did not ${what} within ${options.timeoutMs / 1000} s (a file that hangs it, or a machine ` +
        'too busy); that office was stopped, and the next job gets a new one',
    );
  }
  if (run.signal) killOffice();
  if (run.status !== 0) {
    const ended = run.signal ? `its job ended on ${run.signal}, twice` : 'its job failed';
    throw new Error(`LibreOffice could not ${what} (${ended}):\n${said}`);
  }
  return run.stdout;
}

/** The filter `soffice --convert-to` picks for a spreadsheet when the format names none. */
const GUESSED_FILTERS: Record<string, string> = { pdf: 'calc_pdf_Export' };

/**
 * Converts `file` with LibreOffice, as `soffice --convert-to format` does, and returns the output path.
 * `format` is an extension ("pdf") or an extension and a filter ("xlsx:Calc MS Excel 2007 XML").
 */
export function convertWithLibreOffice(soffice: string, file: string, format: string, timeoutMs = 120_000): string {
  const [extension, ...named] = format.split(':');
  const filter = named.length > 0 ? named.join(':') : GUESSED_FILTERS[extension];
  if (!filter) throw new Error(`No filter for ${format}: name one, as in "xlsx:Calc MS Excel 2007 XML"`);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-out-'));
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`);
  runInOffice(soffice, [OFFICE_PY, 'convert', file, filter, out], `convert ${file} to ${format}`, { timeoutMs });
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file} to ${format}`);
  return out;
}

/** One round of typing into a sheet, then saving the whole workbook as `out`. */
export interface FillStep {
  sheet: string;
  typed: Record<string, string>;
  out: string;
}

/**
 * Has LibreOffice itself fill a workbook and save it as .xlsx: it opens `file`, enters each text into its cell
 * as if typed (XCell.setFormula: LibreOffice's own input recognition, so "5" becomes a number, "2008-02-01" a
 * date and "'2" the text 2), recalculates, and stores the result with the Excel 2007 filter. Entering through
 * the API skips data validation, as pasting does. Returns the saved file's path.
 */
export function fillWithLibreOffice(
  soffice: string,
  file: string,
  sheet: string,
  typed: Record<string, string>,
): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-filled-'));
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}-filled.xlsx`);
  fillStepsWithLibreOffice(soffice, file, [{ sheet, typed, out }]);
  return out;
}

/**
 * As fillWithLibreOffice, in steps: the workbook stays open, and after each step's typing it is saved as that
 * step's `out`. So a site's workbook sent every month (the March copy, then March and April, ...) is saved by
 * LibreOffice each time, as a site lead would.
 */
export function fillStepsWithLibreOffice(soffice: string, file: string, steps: FillStep[]): void {
  runInOffice(soffice, [OFFICE_PY, 'fill', file], `fill in ${file}`, {
    timeoutMs: 180_000,
    input: JSON.stringify(steps),
  });
  for (const step of steps) if (!fs.existsSync(step.out)) throw new Error(`LibreOffice did not save ${step.out}`);
}
