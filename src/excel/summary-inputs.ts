/**
 * What the programme and team views summarise: the workbooks the user picked (read in the pane), or this
 * workbook's own sheets. Either way, what the workbook already holds is read in the same round trip, so
 * the view can ask before replacing its earlier sheets: one sync with picked files; for this workbook, the
 * round trips of read-grid.ts (three for most workbooks, a few more for many large sheets).
 */
import { WorkbookGrid } from '../grid/grid';
import { WorkbookState } from '../sheets/placement';
import { StampEntry, parseRegistry } from '../sheets/stamp';
import { readWorkbook } from './read-grid';
import { queueWorkbookState } from './workbook-state';

/** How the open workbook is named where a workbook's file would be. */
export const THIS_WORKBOOK = 'This workbook';

export interface SummaryInputs<I> {
  state: WorkbookState;
  registered: StampEntry[];
  inputs: (I | { source: string; grid: WorkbookGrid })[];
  /** True when the inputs are this workbook's own sheets. */
  thisWorkbook: boolean;
  /** Round trips the reading took. */
  syncs: number;
}

/**
 * `cellsOf` limits which of this workbook's sheets have their cells read (see readWorkbook); it gets
 * the registry of the toolkit's sheets, read in the first round trip.
 */
export async function readSummaryInputs<I>(
  context: Excel.RequestContext,
  picked: I[] | undefined,
  cellsOf?: (sheet: string, registered: StampEntry[]) => boolean,
): Promise<SummaryInputs<I>> {
  // Queued before the grid read, so it travels in that read's first round trip.
  const readState = queueWorkbookState(context);
  let inputs: SummaryInputs<I>['inputs'];
  let syncs = 1;
  if (picked) {
    await context.sync();
    inputs = picked;
  } else {
    let registry: StampEntry[] | undefined;
    const only =
      cellsOf && ((sheet: string) => cellsOf(sheet, (registry ??= parseRegistry(readState().registry ?? []))));
    const read = await readWorkbook(context, { cellsOf: only });
    inputs = [{ source: THIS_WORKBOOK, grid: read.grid }];
    syncs = read.syncs;
  }
  const state = readState();
  return { state, registered: parseRegistry(state.registry ?? []), inputs, thisWorkbook: !picked, syncs };
}

/** Why the first few workbooks (or sheets) were left out, for a message: “a.xlsx › 2008-03: reason”. */
export function notIncludedSummary(left: { source: string; sheet: string; reason: string }[]): string {
  const shown = left.slice(0, 3).map((n) => `${n.source}${n.sheet ? ` › ${n.sheet}` : ''}: ${n.reason}`);
  const more = left.length - shown.length;
  return shown.join(' ') + (more > 0 ? ` (and ${more} more)` : '');
}
