/**
 * The People view's form and wording, free of the DOM and of Office so they are unit-tested: one worker
 * typed into the form, or a staff-list sheet → what to ask the adapter for, or a message per field; the
 * plan's left-out rows and the adapter's results → plain words.
 */
import { GRADES, GRADE_LABELS, Grade, SETTINGS, SETTING_LABELS, Setting, WorkerInput } from '../roles/worker';
import { Message, errorMessage, listNames } from './messages';

export type PeopleField = 'name' | 'grade' | 'setting' | 'team' | 'sheet';

export interface WorkerFormInput {
  name: string;
  /** A Grade, or '' before one is chosen. */
  grade: string;
  /** A Setting, or '' before one is chosen. */
  setting: string;
  team: string;
}

export interface FieldProblem {
  field: PeopleField;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** As the staff list allows (src/staff/staff-list.ts): sheet names are built from it. */
export const MAX_NAME = 100;

export function checkWorkerForm(input: WorkerFormInput): Checked<WorkerInput> {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  const team = input.team.trim();
  if (!name) problems.push({ field: 'name', message: 'Enter the worker’s name.' });
  else if (name.length > MAX_NAME) {
    problems.push({ field: 'name', message: `The name is longer than ${MAX_NAME} characters. Shorten it.` });
  }
  const grade = GRADES.find((g) => g === input.grade);
  if (!grade) problems.push({ field: 'grade', message: 'Choose the worker’s grade.' });
  const setting = SETTINGS.find((s) => s === input.setting);
  if (!setting) problems.push({ field: 'setting', message: 'Choose the service setting the worker works in.' });
  if (team.length > MAX_NAME) {
    problems.push({ field: 'team', message: `The team is longer than ${MAX_NAME} characters. Shorten it.` });
  }
  if (problems.length > 0 || !grade || !setting) return { ok: false, problems };
  return { ok: true, value: { name, grade, setting, ...(team && { team }) } };
}

/** Excel's rules for sheet names; empty means the sheet the user is on. */
export function checkStaffSheet(sheet: string): Checked<string | undefined> {
  const name = sheet.trim();
  if (!name) return { ok: true, value: undefined };
  if (name.length > 31 || /[:\\/?*[\]]/.test(name)) {
    return {
      ok: false,
      problems: [{ field: 'sheet', message: `No sheet can be called “${name}”. Check the name on the sheet’s tab.` }],
    };
  }
  return { ok: true, value: name };
}

export const gradeOptions = (): [Grade, string][] => GRADES.map((g) => [g, GRADE_LABELS[g]]);
export const settingOptions = (): [Setting, string][] => SETTINGS.map((s) => [s, SETTING_LABELS[s]]);

export const READING: Message = {
  tone: 'info',
  title: 'Making role profiles and KSF outlines…',
  lines: ['This can take a little while for a long staff list. Please keep this workbook open.'],
};

/** The parts of the adapter's plan and result this wording needs (src/excel/ksf-outline.ts). */
export interface PlanSummary {
  workers: unknown[];
  problems: string[];
  notices: string[];
  staffSheet: string | null;
}

export interface ResultSummary {
  sheets: string[];
  pairs: { worker: { name: string }; profile: string; outline: string }[];
  index: string | null;
  replaced: string[];
  renamed: { from: string; to: string }[];
  notesSkipped: number;
}

/** The staff list's left-out rows (each names its row) and notices, as the adapter wrote them. */
function listLines(plan: PlanSummary): string[] {
  const rows = plan.problems.length;
  return [
    ...(rows > 0
      ? [rows === 1 ? 'One row of the staff list was left out:' : `${rows} rows of the staff list were left out:`]
      : []),
    ...plan.problems,
    ...plan.notices,
  ];
}

function notesLines(notesSkipped: number): string[] {
  if (notesSkipped === 0) return [];
  const notes = notesSkipped === 1 ? 'One cell note was' : `${notesSkipped} cell notes were`;
  return [
    `${notes} left out because this version of Excel cannot add comments to cells. The sheets say the same in words.`,
  ];
}

/** The staff list gave nobody to make sheets for: say why, row by row. */
export function nothingToMakeMessage(plan: PlanSummary): Message {
  const from = plan.staffSheet ? `the sheet “${plan.staffSheet}”` : 'the staff list';
  const lines = plan.problems.length > 0 ? [...plan.problems, ...plan.notices] : [`No workers were found on ${from}.`];
  return {
    tone: 'error',
    title: 'No role profiles were made',
    lines: [
      ...lines,
      'The staff list needs a header row with columns headed Name, Grade and Setting (Team is optional), and a row per worker. Correct the staff list and try again.',
    ],
  };
}

export function cancelledMessage(): Message {
  return {
    tone: 'info',
    title: 'Nothing was changed',
    lines: ['The sheets the toolkit made earlier are still there, as they were.'],
  };
}

export function madeMessage(plan: PlanSummary, result: ResultSummary): Message {
  const count = result.pairs.length;
  const lines: string[] = [];
  if (count === 1) {
    const [pair] = result.pairs;
    lines.push(`Added the role profile “${pair.profile}” and the KSF outline “${pair.outline}”.`);
  } else {
    lines.push(
      `Added a role profile and a KSF outline for each of ${count} workers${plan.staffSheet ? ` on “${plan.staffSheet}”` : ''}.`,
    );
    if (result.index) lines.push(`The sheet “${result.index}” lists them all, with links.`);
  }
  if (result.replaced.length > 0) {
    lines.push(
      result.replaced.length <= 3
        ? `Removed the earlier ${result.replaced.length === 1 ? 'sheet' : 'sheets'} ${listNames(result.replaced)}.`
        : `Removed ${result.replaced.length} earlier sheets with the same names.`,
    );
  }
  if (result.renamed.length === 1) {
    const [{ from, to }] = result.renamed;
    lines.push(`The name “${from}” was already in use, so the new sheet is called “${to}”.`);
  } else if (result.renamed.length > 1) {
    lines.push(`${result.renamed.length} names were already in use, so those new sheets have a number after the name.`);
  }
  lines.push(...listLines(plan), ...notesLines(result.notesSkipped));
  const title =
    count === 1
      ? `Role profile and KSF outline made for ${result.pairs[0].worker.name}`
      : `Role profiles and KSF outlines made for ${count} workers`;
  return {
    // Rows left out are worth a second look: not an error, but not a plain success either.
    tone: plan.problems.length > 0 ? 'warning' : 'success',
    title,
    lines,
  };
}

export function peopleErrorMessage(error: unknown): Message {
  return errorMessage(error, 'No role profiles were made');
}
