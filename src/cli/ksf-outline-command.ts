/**
 * `str-toolkit ksf-outline`: a role profile and KSF outline for one worker (--name, --grade, --setting)
 * or for everyone on a staff list (--staff FILE), in one workbook (-o) or one workbook each (--split DIR).
 *
 * Exit codes: 0 all written; 1 written, but some staff-list rows were left out (each is named);
 * 2 nothing written (bad options, no usable row, or an output file exists and --force was not given).
 */
import { promises as fs } from 'fs';
import path from 'path';
import { LocalNosRow } from '../roles/local-rows';
import { gradeChoices, parseGrade, parseSetting, settingChoices, WorkerInput } from '../roles/worker';
import { buildWorkerWorkbook } from '../sheets/worker-workbook';
import { parseStaffRows } from '../staff/staff-list';
import { readLocalRows, readStaffFile } from '../xlsx/read-staff';
import { writeNewFile } from '../xlsx/safe-write';
import { workerWorkbookBytes } from '../xlsx/write-worker-workbook';
import { CliIo, Command } from './command';
import { requireXlsxOut } from './options';
import { startProgress } from './progress';
import { UserError } from './user-error';
import { workerFileNames } from './worker-file-names';

const HELP = `Usage: str-toolkit ksf-outline --name NAME --grade GRADE --setting SETTING [--team TEAM] -o FILE.xlsx
       str-toolkit ksf-outline --staff staff.csv|staff.xlsx (-o FILE.xlsx | --split DIR)

Writes a role profile (Appendix E of the competence framework) and a KSF outline
with review columns and a personal development plan, for one worker or for
everyone on a staff list. Intermediate workers get the handbook's model KSF
outline; Foundation and Senior outlines are derived from it (the sheet says how)
and are labelled "derived - agree locally".

  --name NAME        the worker's name
  --grade GRADE      ${gradeChoices()}
  --setting SETTING  ${settingChoices()}
                     (e.g. older-people, crisis, community-mental-health-team)
  --team TEAM        the worker's team (optional)
  --staff FILE       a staff list: .csv, or .xlsx (its first sheet), with a header
                     row naming the columns Name, Grade, Setting and (optional) Team
  --framework FILE   an .xlsx with an adapted "Competence Framework" sheet: rows
                     added there locally appear in every profile (a staff .xlsx
                     with that sheet is read for them too)
  -o, --out FILE     one workbook: a pair of sheets per worker (and an index)
  --split DIR        one workbook per worker, named after the worker, in DIR
  --force            replace files that already exist

Exit status: 0 all written; 1 written, but some staff-list rows were left out;
2 nothing written.`;

export const ksfOutlineCommand: Command = {
  name: 'ksf-outline',
  summary: 'write role profiles and KSF outlines for one worker or a staff list',
  help: HELP,
  options: {
    name: { type: 'string' },
    grade: { type: 'string' },
    setting: { type: 'string' },
    team: { type: 'string' },
    staff: { type: 'string' },
    framework: { type: 'string' },
    out: { type: 'string', short: 'o' },
    split: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(values, _positionals, io) {
    const out = values.out as string | undefined;
    const split = values.split as string | undefined;
    if (out !== undefined && split !== undefined)
      throw new UserError('Give either -o FILE.xlsx or --split DIR, not both.');
    if (split === '') throw new UserError('Say which folder --split should write to.');
    if (split === undefined) requireXlsxOut(out, HELP);

    const { workers, problems, notices, localRows } = await workersFrom(values);
    for (const notice of notices) io.error(notice);
    for (const problem of problems) io.error(problem);
    if (workers.length === 0)
      throw new UserError('No worker could be made from the staff list, so nothing was written.');

    const force = values.force === true;
    const now = new Date();
    if (split !== undefined) await writeSplit(split, workers, localRows, force, now, io);
    else await writeOne(out as string, workers, localRows, force, now, io);
    if (problems.length > 0) {
      io.error(
        `${problems.length} row${problems.length > 1 ? 's were' : ' was'} left out (see above); fix and run again for them.`,
      );
      return 1;
    }
    return 0;
  },
};

interface Input {
  workers: WorkerInput[];
  problems: string[];
  notices: string[];
  localRows: LocalNosRow[];
}

async function workersFrom(values: Record<string, unknown>): Promise<Input> {
  const staff = values.staff as string | undefined;
  const single = ['name', 'grade', 'setting', 'team'].filter((k) => values[k] !== undefined);
  const extraLocal = typeof values.framework === 'string' ? await readLocalRows(values.framework) : [];
  if (staff !== undefined) {
    if (single.length > 0) {
      throw new UserError(
        `--staff reads names, grades and settings from the file; leave out --${single.join(', --')}.`,
      );
    }
    const file = await readStaffFile(staff);
    const list = parseStaffRows(file.values);
    return {
      workers: list.workers.map((w) => w.worker),
      problems: list.problems.map((p) => `${staff}: ${p}`),
      notices: list.notices.map((n) => `${staff}: ${n}`),
      localRows: [...extraLocal, ...file.localRows],
    };
  }
  return { workers: [singleWorker(values)], problems: [], notices: [], localRows: extraLocal };
}

function singleWorker(values: Record<string, unknown>): WorkerInput {
  const name = typeof values.name === 'string' ? values.name.trim() : undefined;
  if (name === undefined)
    throw new UserError(
      `Say who the outline is for with --name NAME, or give a staff list with --staff FILE.\n\n${HELP}`,
    );
  if (name === '') throw new UserError('The name given with --name is empty.');
  const gradeText = values.grade as string | undefined;
  const settingText = values.setting as string | undefined;
  if (gradeText === undefined) throw new UserError(`Say the grade with --grade: ${gradeChoices()}.`);
  if (settingText === undefined) throw new UserError(`Say the service setting with --setting: ${settingChoices()}.`);
  const grade = parseGrade(gradeText);
  if (!grade) throw new UserError(`The grade "${gradeText}" is not ${gradeChoices()}.`);
  const setting = parseSetting(settingText);
  if (!setting) throw new UserError(`The setting "${settingText}" is not one of ${settingChoices()}.`);
  const team = typeof values.team === 'string' ? values.team.trim() : '';
  return { name, grade, setting, ...(team && { team }) };
}

async function writeOne(
  out: string,
  workers: WorkerInput[],
  localRows: LocalNosRow[],
  force: boolean,
  now: Date,
  io: CliIo,
) {
  const progress = startProgress(2, io.stderrIsTTY && workers.length > 1, 'Outlines');
  progress.tick('building sheets');
  const book = buildWorkerWorkbook(workers, { localRows });
  progress.tick('writing the workbook');
  const bytes = await workerWorkbookBytes(book, now);
  progress.stop();
  await writeNewFile(out, bytes, force);
  const index = book.kinds.includes('index') ? ' and an index sheet' : '';
  io.log(`Wrote ${out}: a role profile and KSF outline for ${plural(workers.length, 'worker')}${index}.`);
}

async function writeSplit(
  dir: string,
  workers: WorkerInput[],
  localRows: LocalNosRow[],
  force: boolean,
  now: Date,
  io: CliIo,
) {
  const files = workerFileNames(workers.map((w) => w.name)).map((f) => path.join(dir, f));
  if (!force) {
    const existing = (await Promise.all(files.map(async (f) => ((await exists(f)) ? f : null)))).filter(
      (f) => f !== null,
    );
    if (existing.length > 0) {
      const shown = existing.slice(0, 5).join(', ') + (existing.length > 5 ? ` and ${existing.length - 5} more` : '');
      throw new UserError(
        `These files already exist: ${shown}. Nothing was written. Choose another folder, or add --force to replace them.`,
      );
    }
  }
  const progress = startProgress(workers.length, io.stderrIsTTY, 'Outlines');
  try {
    for (let i = 0; i < workers.length; i++) {
      const book = buildWorkerWorkbook([workers[i]], { localRows });
      await writeNewFile(files[i], await workerWorkbookBytes(book, now), force);
      progress.tick(workers[i].name.slice(0, 30));
    }
  } finally {
    progress.stop();
  }
  io.log(`Wrote ${plural(workers.length, 'workbook')} to ${dir}, one per worker.`);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
