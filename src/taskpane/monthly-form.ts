/**
 * The Monthly reports view's form and wording, free of the DOM and of Office so they are unit-tested:
 * what the user typed → a request for the adapter, or a message per field saying what to fix; and the
 * adapter's results → plain words. Site and lead stay exactly as typed (the adapter keeps "=Leeds" as text).
 */
import { Month, formatMonth, monthName, parseMonth } from '../monthly/month';
import { Message, errorMessage, listNames } from './messages';
import type { InsertOutcome, InsertResult } from './insert-flow';

export type MonthlyField = 'site' | 'lead' | 'firstMonth' | 'password';

export interface MonthlyFormInput {
  site: string;
  lead: string;
  /** yyyy-mm, as an <input type="month"> gives it (or as typed where the browser has no month picker). */
  firstMonth: string;
  /** true: twelve months from the first; false: the first month only. */
  twelveMonths: boolean;
  password: string;
}

export interface MonthlyRequest {
  site: string;
  lead: string;
  firstMonth: Month;
  months: number;
  password?: string;
}

export interface FieldProblem<F extends string> {
  field: F;
  message: string;
}

export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; problems: FieldProblem<F>[] };

/** Excel's own limit on a cell's text. */
const MAX_CELL_TEXT = 32_767;
/** Excel's limit on a sheet protection password. */
export const MAX_PASSWORD = 255;

export function checkMonthlyForm(input: MonthlyFormInput): Checked<MonthlyRequest, MonthlyField> {
  const problems: FieldProblem<MonthlyField>[] = [];
  const site = input.site.trim();
  const lead = input.lead.trim();
  if (!site) problems.push({ field: 'site', message: 'Enter the name of the site the report is for.' });
  else if (site.length > MAX_CELL_TEXT)
    problems.push({ field: 'site', message: 'The site’s name is too long for a cell.' });
  if (!lead) problems.push({ field: 'lead', message: 'Enter the name of the programme lead.' });
  else if (lead.length > MAX_CELL_TEXT)
    problems.push({ field: 'lead', message: 'The lead’s name is too long for a cell.' });
  const firstMonth = parseMonth(input.firstMonth);
  if (!firstMonth) {
    problems.push({
      field: 'firstMonth',
      message: input.firstMonth.trim()
        ? `“${input.firstMonth.trim()}” is not a month. Enter the year and month like this: 2008-03.`
        : 'Enter the first month of the report, like this: 2008-03.',
    });
  }
  const password = checkPassword(input.password);
  if (password) problems.push(password);
  if (problems.length > 0 || !firstMonth) return { ok: false, problems };
  return {
    ok: true,
    value: {
      site,
      lead,
      firstMonth,
      months: input.twelveMonths ? 12 : 1,
      ...(input.password && { password: input.password }),
    },
  };
}

/** The password is optional; kept exactly as typed (spaces count in Excel's passwords). */
export function checkPassword(password: string): FieldProblem<'password'> | null {
  if (password.length > MAX_PASSWORD) {
    return { field: 'password', message: `A password can be at most ${MAX_PASSWORD} characters.` };
  }
  return null;
}

/** yyyy-mm for today's month: the form's starting value. */
export function currentMonth(today: Date): string {
  return formatMonth({ year: today.getFullYear(), month: today.getMonth() + 1 });
}

export function creatingMessage(request: MonthlyRequest): Message {
  const what =
    request.months === 1 ? `the ${monthName(request.firstMonth)} report` : `${request.months} monthly reports`;
  return {
    tone: 'info',
    title: `Making ${what}…`,
    lines: ['This can take a few seconds. Please keep this workbook open.'],
  };
}

export const ADDING_MONTH: Message = {
  tone: 'info',
  title: 'Adding the next month…',
  lines: ['This can take a few seconds. Please keep this workbook open.'],
};

function notesLine(notesSkipped: number | undefined): string[] {
  if (!notesSkipped) return [];
  const notes = notesSkipped === 1 ? 'One cell note was' : `${notesSkipped} cell notes were`;
  return [
    `${notes} left out because this version of Excel cannot add comments to cells. The sheets say the same in words.`,
  ];
}

function renamedLines(result: InsertResult): string[] {
  return result.renamed.map(
    ({ from, to }) => `A sheet called “${from}” was already there, so the new one is called “${to}”.`,
  );
}

export function createdMessage(outcome: InsertOutcome, request: MonthlyRequest, notesSkipped?: number): Message {
  if (outcome.kind === 'cancelled') {
    return {
      tone: 'info',
      title: 'Nothing was changed',
      lines: ['The report sheets made earlier are still there, as they were.'],
    };
  }
  const { result } = outcome;
  const count = result.sheets.length;
  const lines = [
    count === 1
      ? `Added the sheet ${listNames(result.sheets)}.`
      : `Added ${count} sheets, ${listNames([result.sheets[0]])} to ${listNames([result.sheets[count - 1]])}.`,
    ...(result.replaced.length
      ? [`Removed the earlier ${result.replaced.length === 1 ? 'sheet' : 'sheets'} ${listNames(result.replaced)}.`]
      : []),
    ...renamedLines(result),
    'The sheets are protected so their layout cannot be changed by mistake; the fields to fill in stay open.',
    ...(request.password ? ['Keep the password somewhere safe: Excel cannot recover it.'] : []),
    ...notesLine(notesSkipped),
  ];
  const title = count === 1 ? `Report for ${monthName(request.firstMonth)} made` : `${count} monthly reports made`;
  return { tone: 'success', title, lines };
}

export interface NextMonthSummary extends InsertResult {
  from: string;
  month: string;
  notesSkipped?: number;
}

export function nextMonthMessage(result: NextMonthSummary, carryForward: boolean): Message {
  const month = parseMonth(result.month);
  const sheet = result.sheets[0] ?? result.month;
  return {
    tone: 'success',
    title: `${month ? monthName(month) : result.month} added`,
    lines: [
      `Added the sheet “${sheet}”, with the site and programme lead from “${result.from}”.`,
      carryForward
        ? `Each objective’s baseline, rating, PDSA number and date achieved, and the steering group date, were carried forward from “${result.from}”.`
        : 'Nothing else was carried forward: the objectives start empty.',
      ...renamedLines(result),
      ...notesLine(result.notesSkipped),
    ],
  };
}

/** The adapter's MonthlyReportError explains itself in plain words; anything else as usual. */
export function monthlyErrorMessage(error: unknown, title: string): Message {
  if ((error as { name?: unknown } | null)?.name === 'MonthlyReportError') {
    return { tone: 'error', title, lines: [(error as Error).message] };
  }
  return errorMessage(error, title);
}
