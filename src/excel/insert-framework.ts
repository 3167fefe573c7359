/**
 * Inserts the framework's sheets into the open workbook in exactly two round trips: one to read what the
 * workbook holds (so the task pane can ask before replacing anything), one to write everything.
 */
import { WorkbookSpec } from '../sheets/model';
import { ExistingChoice, placeWorkbook, toolkitMadeClashes, WorkbookState } from '../sheets/placement';
import { parseRegistry, StampEntry } from '../sheets/stamp';
import { buildFrameworkWorkbook, frameworkStamp } from '../sheets/framework-sheets';
import { queueWorkbookState } from './workbook-state';
import { queuePlacement, RenderOptions } from './render';

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
  /** Cell notes left out because the host has no comments API (RenderOptions.comments). */
  notesSkipped?: number;
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

/**
 * Sync 2: write every sheet and the registry. `replace` only ever deletes sheets in `plan.clashes`.
 * `sheetsPerSync` spreads a large insert over several round trips, each request staying well under
 * Excel's size limit; by default everything goes in one.
 */
export async function applyInsert(
  context: Excel.RequestContext,
  plan: InsertPlan,
  choice: ExistingChoice,
  options: RenderOptions = {},
  sheetsPerSync = Infinity,
): Promise<InsertResult> {
  const placement = placeWorkbook(plan.spec, plan.state, plan.stamp, plan.registered, choice);
  const sheets = placement.sheets.map((s) => s.name);
  const parts = chunks(placement.sheets, sheetsPerSync);
  let parked: { from: string; to: string }[] = [];
  let notesSkipped = 0;
  for (let i = 0; i < parts.length; i++) {
    const queued = queuePlacement(context, placement, plan.state, options, {
      sheets: parts[i],
      first: i === 0,
      last: i === parts.length - 1,
    });
    if (i === 0) parked = queued.parked;
    notesSkipped += queued.notesSkipped;
    try {
      // One round trip per part, by design: each request stays under Excel's size limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
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
  }
  return { sheets, renamed: placement.renamed, replaced: placement.deleteSheets, syncs: parts.length, notesSkipped };
}

/** At least one part, so the registry is written even for no sheets. */
function chunks<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts.length > 0 ? parts : [[]];
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
