/**
 * What the Programme and Team views both say, in each view's own nouns: the words of their source
 * controls, reading the chosen files, after making their sheets (what was added, left out and charted),
 * and after "Add charts". Free of the DOM and of Office so they are unit-tested with each view's words.
 */
import type { ChartsResult } from '../excel/charts';
import { counted } from '../words';
import { Message, listNames } from './messages';

/** What a view's source controls say (workbook-sources.ts makes them); the rest of their wording is shared. */
export interface SourceLabels {
  /** The primary button, e.g. "Consolidate this workbook". */
  here: string;
  /** Under "This workbook": what the button reads. */
  hereNote: string;
  /** The heading over the file chooser, e.g. "Returns from files". */
  filesHeading: string;
  /** The file chooser's label and hint. */
  filesLabel: string;
  filesHint: string;
  /** The button that works on the chosen files, e.g. "Consolidate chosen files". */
  picked: string;
  /** Under "Charts": which sheets "Add charts" draws on. */
  chartsNote: string;
}

/** What a view says while it gathers workbooks, and when that stops. */
export interface SourceWords {
  /** While this workbook is read and the sheets written. */
  working: Message;
  /** While the picked files are read. */
  reading: Message;
  /** Said under the file field when Go is pressed with no file chosen (its first line). */
  nothingPicked: Message;
  /** When the user cancelled while the files were read. */
  cancelled: Message;
  /** The title of a failure, e.g. "Nothing was consolidated". */
  failed: string;
}

export interface SourceNouns {
  /** The working message's title and what the toolkit is doing meanwhile. */
  working: { title: string; doing: string };
  /** The chosen files, short ("returns") and in full ("monthly returns"). */
  files: string;
  filesInFull: string;
  /** The label of the button that works on the chosen files. */
  picked: string;
  failed: string;
}

/** A view's SourceWords from its nouns, so both views say the same things the same way. */
export function sourceWords(nouns: SourceNouns): SourceWords {
  return {
    working: {
      tone: 'info',
      title: nouns.working.title,
      lines: [`${nouns.working.doing} Please keep this workbook open.`],
    },
    reading: {
      tone: 'info',
      title: `Reading the chosen ${nouns.files}…`,
      lines: ['Each file is read on its own; one that cannot be read is listed, and the others go on.'],
    },
    nothingPicked: {
      tone: 'error',
      title: 'No files chosen',
      lines: [`Choose one or more ${nouns.filesInFull} (.xlsx files) first, then choose ${nouns.picked}.`],
    },
    cancelled: {
      tone: 'info',
      title: nouns.failed,
      lines: [`You cancelled while the ${nouns.files} were being read. This workbook was not changed.`],
    },
    failed: nouns.failed,
  };
}

/** When the replace question was cancelled: `sheets` is what the view makes, e.g. "team sheets". */
export function nothingChangedMessage(sheets: string): Message {
  return {
    tone: 'info',
    title: 'Nothing was changed',
    lines: [`The ${sheets} the toolkit made earlier are still there, as they were.`],
  };
}

/** What a view made, as its Excel adapter reports it. */
export interface MadeSheets {
  sheets: string[];
  replaced: string[];
  charts: ChartsResult;
}

/**
 * After making a view's sheets: the view's own `first` lines, the sheets added and removed, what was
 * left out, the charts, then its `last` lines. Anything left out or not charted makes it a warning.
 */
export function sheetsMadeMessage(
  title: string,
  made: MadeSheets,
  notIncluded: { source: string; sheet: string; reason: string }[],
  first: string[],
  last: string[] = [],
): Message {
  const lines = [...first, `Added ${listNames(made.sheets)}.`];
  if (made.replaced.length > 0) lines.push(`Removed the earlier ${listNames(made.replaced)}.`);
  lines.push(...notIncludedLines(notIncluded), ...chartLines(made.charts), ...last);
  const left = notIncluded.length > 0 || made.charts.skipped.length > 0;
  return { tone: left ? 'warning' : 'success', title, lines };
}

/** Where a workbook or sheet left out came from: “march.xlsx › 2008-03”. */
const whereFrom = (n: { source: string; sheet: string }) => (n.sheet ? `${n.source} › ${n.sheet}` : n.source);

/** The first five left out, with why; the rest counted. Nothing when nothing was left out. */
function notIncludedLines(left: { source: string; sheet: string; reason: string }[]): string[] {
  if (left.length === 0) return [];
  const lines = [`${left.length} not included (listed on the “Not included” sheet):`];
  for (const n of left.slice(0, 5)) lines.push(`${whereFrom(n)}: ${n.reason}`);
  if (left.length > 5) lines.push(`…and ${left.length - 5} more.`);
  return lines;
}

function chartLines(charts: ChartsResult): string[] {
  const lines: string[] = [];
  if (charts.added.length > 0) lines.push(`Added ${counted(charts.added.length, 'chart')}.`);
  lines.push(...charts.skipped);
  return lines;
}

export const ADDING_CHARTS: Message = {
  tone: 'info',
  title: 'Adding charts…',
  lines: ['Please keep this workbook open.'],
};

/** After "Add charts". */
export function chartsMessage(result: ChartsResult): Message {
  if (result.added.length === 0) return { tone: 'error', title: 'No charts were added', lines: result.skipped };
  return { tone: result.skipped.length ? 'warning' : 'success', title: 'Charts added', lines: chartLines(result) };
}
