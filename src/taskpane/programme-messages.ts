/**
 * What the Programme view says, free of the DOM and of Office so it is unit-tested: consolidating the
 * monthly returns (of this workbook or of picked files) and adding charts. The counts are the same as
 * the command line's summary (src/cli/consolidate-command.ts).
 */
import type { ProgrammeResult } from '../excel/consolidate';
import { programmeExtent, programmeNotes } from '../consolidate/extent';
import type { InsertOutcome } from './insert-flow';
import type { Message } from './messages';
import { SourceLabels, nothingChangedMessage, sheetsMadeMessage, sourceWords } from './summary-messages';

export const PROGRAMME_LABELS: SourceLabels = {
  here: 'Consolidate this workbook',
  hereNote: 'Consolidates the monthly report sheets in this workbook.',
  filesHeading: 'Returns from files',
  filesLabel: 'Monthly returns',
  filesHint: 'Choose the returns sent by the sites (.xlsx files). Hold Ctrl or Shift to choose several.',
  picked: 'Consolidate chosen files',
  chartsNote:
    'Adds charts to programme sheets made earlier, for example by the command line, which cannot draw charts.',
};

export const PROGRAMME_WORDS = sourceWords({
  working: {
    title: 'Consolidating the monthly returns…',
    doing: 'The toolkit is reading and checking every return.',
  },
  files: 'returns',
  filesInFull: 'monthly returns',
  picked: PROGRAMME_LABELS.picked,
  failed: 'Nothing was consolidated',
});

export function consolidatedMessage(outcome: InsertOutcome, result: ProgrammeResult | null): Message {
  if (outcome.kind === 'cancelled' || !result) return nothingChangedMessage('programme sheets');
  const { programme } = result;
  const first = [`${programmeExtent(programme)}.`, ...programmeNotes(programme)];
  return sheetsMadeMessage('Programme sheets made', result, programme.notIncluded, first);
}
