/**
 * Everything the add-in says to people, as plain text (never HTML), in plain words: what
 * happened and what to do next. Shared by the task pane and the ribbon command; no DOM, no Office.
 */
import type { InsertOutcome, InsertResult } from './insert-flow';
import { Severity, countBySeverity } from '../rules/types';
import { notFilledSentence } from '../words';

/**
 * The kinds of message, defined once for the pane and the ribbon's notice. Each has a mark and a word
 * as well as its colour (taskpane.css, notice.css), so colour is never the only signal: a partial
 * outcome (rows left out, returns not included) is a warning, not a plain success.
 */
export const TONES = {
  success: { mark: '✓', word: 'Done' },
  info: { mark: 'i', word: 'Note' },
  warning: { mark: '!', word: 'Warning' },
  error: { mark: '✕', word: 'Problem' },
} as const;

export type Tone = keyof typeof TONES;

export function isTone(value: unknown): value is Tone {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TONES, value);
}

export interface Message {
  tone: Tone;
  title: string;
  lines: string[];
}

/** “A”, “A and B”, “A, B and C” with each name in quotes. */
export function listNames(names: string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function sheets(count: number): string {
  return count === 1 ? 'sheet' : 'sheets';
}

export function clashQuestion(clashes: string[]): string {
  const these = clashes.length === 1 ? 'a sheet' : 'sheets';
  return `This workbook already has ${these} the STR Toolkit made earlier: ${listNames(clashes)}. What would you like to do?`;
}

export const REPLACE_WARNING = 'Replacing deletes those sheets, including anything typed on them.';

export const NEEDS_NEWER_EXCEL: Message = {
  tone: 'error',
  title: 'This version of Excel is too old for the STR Toolkit',
  lines: [
    'The toolkit needs Excel 2021 or later, Excel for Microsoft 365, or Excel on the web.',
    'Ask your IT team to update Excel, or open this workbook in Excel on the web.',
  ],
};

export const NOT_IN_EXCEL: Message = {
  tone: 'error',
  title: 'Open the STR Toolkit from Excel',
  lines: ['This page only works inside Excel. In Excel, go to the Home tab and choose Show task pane.'],
};

/** office.js did not load (offline, or blocked by a proxy): nothing else can work. */
export const OFFICE_NOT_LOADED: Message = {
  tone: 'error',
  title: 'The STR Toolkit could not start',
  lines: [
    'Part of Office that the toolkit needs did not load. This usually means the internet connection dropped or a network filter blocked it.',
    'Check your connection, then close this pane and open it again (Home tab > Show task pane).',
  ],
};

/** Shown while a cancelled job finishes the batch it is in (Excel cannot undo half a batch). */
export const CANCELLING: Message = {
  tone: 'info',
  title: 'Stopping…',
  lines: ['The toolkit is finishing the step it is on, then it will stop. Please keep this workbook open.'],
};

export const WORKING: Message = {
  tone: 'info',
  title: 'Inserting the framework…',
  lines: ['This can take a few seconds. Please keep this workbook open.'],
};

function resultLines(result: InsertResult): string[] {
  const lines: string[] = [];
  if (result.sheets.length > 0) {
    lines.push(`Added ${result.sheets.length} ${sheets(result.sheets.length)}: ${listNames(result.sheets)}.`);
  }
  if (result.replaced.length > 0) {
    lines.push(`Removed the earlier ${sheets(result.replaced.length)} ${listNames(result.replaced)}.`);
  }
  if (result.renamed.length === 1) {
    const [{ from, to }] = result.renamed;
    lines.push(`The name “${from}” was already in use, so the new sheet is called “${to}”.`);
  } else if (result.renamed.length > 1) {
    // The list above already names every new sheet; one sentence explains the numbers.
    lines.push(
      `${result.renamed.length} names were already in use, so those new sheets have a number after the name, ` +
        `such as “${result.renamed[0].to}”.`,
    );
  }
  return lines;
}

export function outcomeMessage(outcome: InsertOutcome): Message {
  if (outcome.kind === 'cancelled') {
    return {
      tone: 'info',
      title: 'Nothing was changed',
      lines: ['The sheets the toolkit made earlier are still there, as they were.'],
    };
  }
  return { tone: 'success', title: 'Framework inserted', lines: resultLines(outcome.result) };
}

/** Office errors carry a code (OfficeExtension.Error); anything else is treated as unexpected. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return '';
}

/** Plain-word advice for the Office error codes people can do something about. */
function adviceFor(code: string): string[] | null {
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return ['Excel is waiting for you to finish typing in a cell. Press Enter or Esc, then try again.'];
    case 'AccessDenied':
      return [
        'Excel did not allow the workbook to be changed. It may be protected or opened read-only.',
        'On the Review tab, choose Protect Workbook to turn protection off (you may need the password from whoever set it), or save your own copy (File > Save a Copy, or Save As). Then try again.',
      ];
    case 'ItemAlreadyExists':
    case 'Conflict':
    case 'EditConflict':
      return [
        'The workbook changed while the toolkit was working, perhaps because someone else is editing it. Try again.',
      ];
    default:
      return null;
  }
}

/** Excel did not answer in time (see excel-runner.ts); the work may or may not have happened. */
function timeoutMessage(error: unknown): Message {
  const seconds = (error as { seconds?: unknown }).seconds;
  const waited = typeof seconds === 'number' ? `${seconds} seconds` : 'a long time';
  return {
    tone: 'error',
    title: 'Excel stopped responding',
    lines: [
      `The toolkit waited ${waited} for Excel and then stopped waiting. This can happen in Excel on the web when the connection is slow or drops.`,
      'Check your internet connection. Then reload the workbook: in Excel on the web press F5; in Excel on your computer, save, close and reopen it.',
      'Excel may have finished the work after all. Look at the sheet tabs, delete any new sheets that look incomplete, then try again.',
    ],
  };
}

/** `title` says what did not happen ("The framework was not inserted", "No report was made"). */
export function errorMessage(error: unknown, title = 'The framework was not inserted'): Message {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'ExcelTimeoutError') return timeoutMessage(error);
  // webpack's error when a part of the pane loaded on demand cannot be fetched.
  if (name === 'ChunkLoadError') {
    return {
      tone: 'error',
      title,
      lines: [
        'Part of the toolkit could not be loaded. Check your internet connection, then close this pane and open it again.',
      ],
    };
  }
  // These are about the workbook itself, already in plain words with what to do.
  if (name === 'ProgrammeError' || name === 'TeamError' || name === 'ProtectedWorkbookError')
    return { tone: 'error', title, lines: [errorText(error)] };
  // The adapters' InsertError and CheckError already explain, in plain words, what may be left half-made.
  const partly = name === 'InsertError' || name === 'CheckError';
  const cause = partly ? (error as { cause?: unknown }).cause : error;
  const advice = adviceFor(errorCode(cause));
  if (partly) return { tone: 'error', title, lines: [...(advice ?? []), errorText(error)] };
  if (advice) return { tone: 'error', title, lines: advice };
  const lines = [
    'Something went wrong. Try again. If it happens again, save your work, close and reopen the workbook, and try once more.',
    'If any new sheets were only partly made, you can delete them before trying again.',
  ];
  const details = [errorCode(error), errorText(error)].filter(Boolean).join(': ');
  if (details) lines.push(`If you need to ask for help, quote this: ${details}`);
  return { tone: 'error', title, lines };
}

/** A view of the pane failed to build (a bug): say so rather than show an empty space. */
export function viewFailedMessage(label: string, error: unknown): Message {
  const details = [errorCode(error), errorText(error)].filter(Boolean).join(': ');
  return {
    tone: 'error',
    title: `“${label}” could not be shown`,
    lines: [
      'Close this pane and open it again (Home tab > Show task pane).',
      ...(details ? [`If it happens again, ask for help and quote this: ${details}`] : []),
    ],
  };
}

/**
 * What the ribbon button should tell the user after inserting with "keep-both", or null when the
 * new sheets speak for themselves (no name was taken, so there is nothing surprising to explain).
 */
export function commandNotice(result: InsertResult): Message | null {
  if (result.renamed.length === 0) return null;
  return {
    tone: 'success',
    title: 'Framework inserted',
    lines: [
      ...resultLines(result),
      'Your earlier sheets were not changed. To replace them instead, use Show task pane > Insert framework.',
    ],
  };
}

/** What the ribbon's "Check this workbook" reports (src/excel/check-workbook.ts ExcelCheckResult). */
export interface CheckOutcome {
  findings: { sheet: string; ruleId: string; severity: Severity; explanation?: string }[];
  resultsSheet: string;
  highlighted: number;
  notHighlighted: { sheet: string; reason: string }[];
}

function counted(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The ribbon's notice after a check, e.g. "3 errors and 2 warnings on 2 sheets. See the Check results sheet." */
export function checkNotice(outcome: CheckOutcome): Message {
  const see = `See the ${outcome.resultsSheet} sheet.`;
  const errors = outcome.findings.filter((f) => f.severity === 'error').length;
  const open = outcome.findings.filter((f) => f.severity === 'warning' && !f.explanation);
  const accepted = outcome.findings.filter((f) => f.severity === 'warning' && f.explanation).length;
  const { notFilled } = countBySeverity(outcome.findings);
  const lines: string[] = [];
  if (errors + open.length === 0) lines.push(`Every check passed. ${see}`);
  else {
    const sheetCount = new Set(
      outcome.findings
        .filter((f) => f.severity === 'error' || (f.severity === 'warning' && !f.explanation))
        .map((f) => f.sheet),
    ).size;
    lines.push(
      `${counted(errors, 'error')} and ${counted(open.length, 'warning')} on ${counted(sheetCount, 'sheet')}. ${see}`,
    );
  }
  if (notFilled > 0) lines.push(notFilledSentence(notFilled));
  if (accepted > 0)
    lines.push(`${counted(accepted, 'warning')} with an explanation ${accepted === 1 ? 'is' : 'are'} accepted.`);
  if (outcome.highlighted > 0)
    lines.push('The cells with a problem are shaded. Use the links on that sheet to go to each one.');
  for (const { sheet, reason } of outcome.notHighlighted) lines.push(`Cells on “${sheet}” were not shaded: ${reason}.`);
  if (errors > 0) return { tone: 'error', title: 'Problems found', lines };
  return open.length > 0
    ? { tone: 'warning', title: 'Warnings to look at', lines }
    : { tone: 'success', title: 'No problems found', lines };
}

/** A message as a query string, for the ribbon command's notice dialog (notice.html). */
export function noticeQuery(message: Message): string {
  const params = new URLSearchParams({ tone: message.tone, title: message.title });
  for (const line of message.lines) params.append('line', line);
  return `?${params.toString()}`;
}

/** Reads noticeQuery's output back; anything unexpected falls back to neutral wording. */
export function parseNoticeQuery(search: string): Message {
  const params = new URLSearchParams(search);
  const tone = params.get('tone');
  return {
    tone: isTone(tone) ? tone : 'info',
    title: params.get('title') || 'STR Toolkit',
    lines: params.getAll('line'),
  };
}
