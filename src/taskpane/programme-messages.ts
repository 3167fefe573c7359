/**
 * What the Programme view says, free of the DOM and of Office so it is unit-tested: consolidating the
 * monthly returns (of this workbook or of picked files) and adding charts. The counts are the same as
 * the command line's summary (src/cli/consolidate-command.ts).
 */
import type { ProgrammeResult } from '../excel/consolidate';
import { programmeExtent, programmeNotes } from '../consolidate/extent';
import type { InsertOutcome } from './insert-flow';
import { Message, listNames } from './messages';
import { chartLines, notIncludedLines } from './summary-messages';

export const CONSOLIDATING: Message = {
  tone: 'info',
  title: 'Consolidating the monthly returns…',
  lines: ['The toolkit is reading and checking every return. Please keep this workbook open.'],
};

export const READING_FILES: Message = {
  tone: 'info',
  title: 'Reading the chosen returns…',
  lines: ['Each file is read on its own; one that cannot be read is listed, and the others go on.'],
};

export const NO_FILES_PICKED: Message = {
  tone: 'error',
  title: 'No files chosen',
  lines: ['Choose one or more monthly returns (.xlsx files) first, then choose Consolidate chosen files.'],
};

export const CANCELLED_READING: Message = {
  tone: 'info',
  title: 'Nothing was consolidated',
  lines: ['You cancelled while the returns were being read. The workbook was not changed.'],
};

export function consolidatedMessage(outcome: InsertOutcome, result: ProgrammeResult | null): Message {
  if (outcome.kind === 'cancelled' || !result) {
    return {
      tone: 'info',
      title: 'Nothing was changed',
      lines: ['The programme sheets the toolkit made earlier are still there, as they were.'],
    };
  }
  const { programme } = result;
  const lines = [`${programmeExtent(programme)}.`, ...programmeNotes(programme), `Added ${listNames(result.sheets)}.`];
  if (result.replaced.length > 0) lines.push(`Removed the earlier ${listNames(result.replaced)}.`);
  lines.push(...notIncludedLines(programme.notIncluded));
  lines.push(...chartLines(result.charts));
  const left = programme.notIncluded.length > 0 || result.charts.skipped.length > 0;
  return { tone: left ? 'warning' : 'success', title: 'Programme sheets made', lines };
}
