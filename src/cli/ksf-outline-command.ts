/**
 * `str-toolkit ksf-outline`: a role profile and KSF outline for one worker (--name, --grade, --setting)
 * or for everyone on a staff list (--staff FILE), in one workbook (-o) or one workbook each (--split DIR).
 *
 * Exit codes: 0 all written; 1 written, but some staff-list rows were left out (each is named);
 * 2 nothing written (bad options, no usable row, or an output file exists and neither --force nor
 * --skip-existing was given).
 */
import path from 'path';
import { LocalNosRow } from '../roles/local-rows';
import { gradeChoices, parseGrade, parseSetting, settingChoices, WorkerInput } from '../roles/worker';
import { buildWorkerWorkbook } from '../sheets/worker-workbook';
import { parseStaffRows } from '../staff/staff-list';
import { readListFile, readLocalRows } from '../xlsx/read-staff';
import { backupNotice, writeNewFile } from '../xlsx/safe-write';
import { workerWorkbookBytes } from '../xlsx/write-worker-workbook';
import { CliIo, Command } from './command';
import { requireXlsxOut } from './options';
import { startProgress } from './progress';
import { UserError } from '../errors';
import { workerFileNames } from './worker-file-names';
import { existingFiles, keptList } from './existing-files';

const HELP = `Usage: str-toolkit ksf-outline --name NAME --grade GRADE --setting SETTING [--team TEAM] -o FILE.xlsx
       str-toolkit ksf-outline --staff staff.csv|staff.xlsx (-o FILE.xlsx | --split DIR [--skip-existing])

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
                     (a title row above it is fine); a row with a mistake is named,
                     left out, and listed on the index sheet
  --framework FILE   an .xlsx with an adapted "Competence Framework" sheet: rows
                     added there locally appear in every profile (a staff .xlsx
                     with that sheet is read for them too)
  -o, --out FILE     one workbook: a pair of sheets per worker (and an index)
  --split DIR        one workbook per worker, named after the worker, in DIR
  --skip-existing    with --split: make only the workbooks that are not there yet,
                     and list the ones kept (they may be filled in already)
  --force            replace files that already exist; each one replaced is first
                     kept as "NAME (backup DATE TIME).xlsx"

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
    'skip-existing': { type: 'boolean' },
  },
  async run(values, _positionals, io) {
    const out = values.out as string | undefined;
    const split = values.split as string | undefined;
    if (out !== undefined && split !== undefined)
      throw new UserError('Give either -o FILE.xlsx or --split DIR, not both.');
    if (split === '') throw new UserError('Say which folder --split should write to.');
    if (split === undefined) requireXlsxOut(out, HELP);

    const force = values.force === true;
    const skipExisting = values['skip-existing'] === true;
    if (force && skipExisting) throw new UserError('Give either --force or --skip-existing, not both.');
    if (skipExisting && split === undefined) throw new UserError('--skip-existing works with --split DIR.');

    const { workers, problems, leftOut, notices, localRows } = await workersFrom(values);
    for (const notice of notices) io.error(notice);
    for (const problem of problems) io.error(problem);
    if (workers.length === 0)
      throw new UserError('No worker could be made from the staff list, so nothing was written.');

    const now = new Date();
    if (split !== undefined) await writeSplit(split, workers, localRows, { force, skipExisting }, now, io);
    else await writeOne(out as string, workers, { localRows, leftOut }, force, now, io);
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
  /** Printed, each naming the staff list. */
  problems: string[];
  /** The same, as the index sheet lists them. */
  leftOut: string[];
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
    const file = await readListFile(staff);
    const list = parseStaffRows(file.values);
    return {
      workers: list.workers.map((w) => w.worker),
      problems: list.problems.map((p) => `${staff}: ${p}`),
      leftOut: list.problems,
      notices: [...file.notices, ...list.notices].map((n) => `${staff}: ${n}`),
      localRows: [...extraLocal, ...file.localRows],
    };
  }
  return { workers: [singleWorker(values)], problems: [], leftOut: [], notices: [], localRows: extraLocal };
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
  options: { localRows: LocalNosRow[]; leftOut: string[] },
  force: boolean,
  now: Date,
  io: CliIo,
) {
  const progress = startProgress(2, io.stderrIsTTY && workers.length > 1, 'Outlines');
  progress.tick('building sheets');
  const book = buildWorkerWorkbook(workers, options);
  progress.tick('writing the workbook');
  const bytes = await workerWorkbookBytes(book, now);
  progress.stop();
  const backup = await writeNewFile(out, bytes, force);
  if (backup) io.error(backupNotice(out, backup));
  const index = book.kinds.includes('index') ? ' and an index sheet' : '';
  io.log(`Wrote ${out}: a role profile and KSF outline for ${plural(workers.length, 'worker')}${index}.`);
}

async function writeSplit(
  dir: string,
  workers: WorkerInput[],
  localRows: LocalNosRow[],
  existing: { force: boolean; skipExisting: boolean },
  now: Date,
  io: CliIo,
) {
  const files = workerFileNames(workers.map((w) => w.name)).map((f) => path.join(dir, f));
  const there = existing.force ? [] : await existingFiles(files);
  if (there.length > 0 && !existing.skipExisting) {
    const shown = there.slice(0, 5).join(', ') + (there.length > 5 ? ` and ${there.length - 5} more` : '');
    throw new UserError(
      `These files already exist: ${shown}. Nothing was written. Add --skip-existing to make only the missing ` +
        'ones, choose another folder, or add --force to replace them (each is kept as a backup first).',
    );
  }
  const todo = workers.map((worker, i) => ({ worker, file: files[i] })).filter((t) => !there.includes(t.file));
  const progress = startProgress(todo.length, io.stderrIsTTY, 'Outlines');
  try {
    for (const { worker, file } of todo) {
      const book = buildWorkerWorkbook([worker], { localRows });
      const backup = await writeNewFile(file, await workerWorkbookBytes(book, now), existing.force);
      if (backup) io.error(backupNotice(file, backup));
      progress.tick(worker.name.slice(0, 30));
    }
  } finally {
    progress.stop();
  }
  io.log(`Wrote ${plural(todo.length, 'workbook')} to ${dir}, one per worker.`);
  if (there.length > 0) io.log(keptList(there));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
