/**
 * Inserts the framework's sheets into the open workbook in exactly two round trips: one to read what the
 * workbook holds (so the task pane can ask before replacing anything), one to write everything.
 */
import { WorkbookSpec } from '../sheets/model';
import { ExistingChoice, placeWorkbook, toolkitMadeClashes, WorkbookState } from '../sheets/placement';
import { parseRegistry, StampEntry } from '../sheets/stamp';
import { buildFrameworkWorkbook, frameworkStamp } from '../sheets/framework-sheets';
import { queueWorkbookState } from './workbook-state';
import { queuePlacement } from './render';

export interface InsertPlan {
  spec: WorkbookSpec;
  state: WorkbookState;
  registered: StampEntry[];
  /** Existing sheets the toolkit made earlier that the spec's sheets would clash with: ask the user. */
  clashes: string[];
  stamp: Omit<StampEntry, 'sheet'>;
}
export type FrameworkInsertPlan = InsertPlan;

export interface InsertResult {
  /** Names of the sheets added, in order. */
  sheets: string[];
  renamed: { from: string; to: string }[];
  /** Earlier toolkit sheets that were deleted and replaced. */
  replaced: string[];
  /** Round trips this call made. */
  syncs: number;
}

/** Sync 1: read the workbook and work out what an insert of `spec` would clash with. */
export async function planInsert(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  stamp: Omit<StampEntry, 'sheet'>,
): Promise<InsertPlan> {
  const readState = queueWorkbookState(context);
  await context.sync();
  const state = readState();
  const registered = parseRegistry(state.registry ?? []);
  return { spec, state, registered, clashes: toolkitMadeClashes(spec, state, registered), stamp };
}

export function planFrameworkInsert(context: Excel.RequestContext, now = new Date()): Promise<FrameworkInsertPlan> {
  return planInsert(context, buildFrameworkWorkbook(), frameworkStamp(now));
}

/** Sync 2: write every sheet and the registry. `replace` only ever deletes sheets in `plan.clashes`. */
export async function applyInsert(
  context: Excel.RequestContext,
  plan: InsertPlan,
  choice: ExistingChoice,
): Promise<InsertResult> {
  const placement = placeWorkbook(plan.spec, plan.state, plan.stamp, plan.registered, choice);
  const { parked } = queuePlacement(context, placement, plan.state);
  const sheets = placement.sheets.map((s) => s.name);
  try {
    await context.sync();
  } catch (error) {
    // Excel applies a batch step by step and does not roll back: say what may be there now.
    const kept = parked.map((p) => `"${p.to}"`).join(', ');
    throw new InsertError(
      `Excel stopped part-way through adding the sheets, and Excel does not undo a half-finished change. ` +
        `These sheets may have been partly added: ${sheets.map((s) => `"${s}"`).join(', ')}. ` +
        (kept ? `The earlier copies may still be there, renamed ${kept}. ` : '') +
        `Check them, delete any that look incomplete, then try again. (Excel said: ${messageOf(error)})`,
      sheets,
      error,
    );
  }
  return { sheets, renamed: placement.renamed, replaced: placement.deleteSheets, syncs: 1 };
}

export const applyFrameworkInsert = applyInsert;

/** Plan and apply at once (the ribbon command). Keeps both copies unless told otherwise: it never asks. */
export async function insertFramework(
  context: Excel.RequestContext,
  choice: ExistingChoice = 'keep-both',
  now = new Date(),
): Promise<InsertResult> {
  const plan = await planFrameworkInsert(context, now);
  const result = await applyInsert(context, plan, choice);
  return { ...result, syncs: result.syncs + 1 };
}

/** The error applyInsert throws when the write sync fails; `sheets` may be partly added. */
export class InsertError extends Error {
  constructor(
    message: string,
    readonly sheets: string[],
    readonly cause: unknown,
  ) {
    super(message);
    this.name = 'InsertError';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
