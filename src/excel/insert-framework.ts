/**
 * Inserts the framework's sheets into the open workbook in exactly two round trips: one to read what the
 * workbook holds (so the task pane can ask before replacing anything), one to write everything. Larger
 * inserts (monthly reports, outlines, programme sheets) write one request per 4 MB part (writeInParts).
 */
import { WorkbookSpec } from '../sheets/model';
import { ExistingChoice, Placement, placeWorkbook, toolkitMadeClashes, WorkbookState } from '../sheets/placement';
import { parseRegistry, StampEntry } from '../sheets/stamp';
import { buildFrameworkWorkbook, frameworkStamp } from '../sheets/framework-sheets';
import { queueWorkbookState } from './workbook-state';
import { queuePlacement, RenderOptions } from './render';
import { chunkPlacement } from './chunk-placement';

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

/** How applyInsert splits its writes into requests (see chunk-placement.ts). */
export interface InsertOptions extends RenderOptions {
  /** Sheet names that go in one request together, in writing order; default each sheet on its own. */
  units?: string[][];
  /** Request size the parts aim at; default REQUEST_BUDGET (4 MB of request body). */
  budget?: number;
}

/**
 * Sync 2 and on: write every sheet and the registry, in one request per part of about 4 MB (usually one).
 * `replace` only ever deletes sheets in `plan.clashes`.
 */
export async function applyInsert(
  context: Excel.RequestContext,
  plan: InsertPlan,
  choice: ExistingChoice,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const placement = placeWorkbook(plan.spec, plan.state, plan.stamp, plan.registered, choice);
  const written = await writeInParts(context, placement, plan.state, options);
  return { ...written, renamed: placement.renamed, replaced: placement.deleteSheets };
}

/**
 * The one way the adapter writes a placement: split by chunkPlacement into parts that each fit one
 * request, one round trip per part. The first part moves replaced sheets aside; the last writes the
 * registry and deletes them. A failure says which sheets are whole and which may be partial.
 */
export async function writeInParts(
  context: Excel.RequestContext,
  placement: Placement,
  state: WorkbookState,
  options: InsertOptions = {},
): Promise<{ sheets: string[]; syncs: number; notesSkipped: number }> {
  const units = options.units ?? placement.sheets.map((s) => [s.name]);
  const parts = chunkPlacement(placement, units, { budget: options.budget, comments: options.comments });
  let notesSkipped = 0;
  let parked: { from: string; to: string }[] = [];
  const done: string[] = [];
  for (const part of parts) {
    const queued = queuePlacement(context, placement, state, options, part);
    if (part.first) parked = queued.parked;
    notesSkipped += queued.notesSkipped;
    try {
      // One request per part is the point: each stays under Excel on the web's 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      throw partialWriteError(
        error,
        done,
        part.sheets.map((s) => s.name),
        parked,
      );
    }
    done.push(...part.sheets.map((s) => s.name));
  }
  return { sheets: placement.sheets.map((s) => s.name), syncs: parts.length, notesSkipped };
}

/** Excel applies a batch step by step and does not roll back: say what may be there now. */
function partialWriteError(
  error: unknown,
  done: string[],
  part: string[],
  parked: { from: string; to: string }[],
): InsertError {
  const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
  const message =
    `Excel stopped part-way through adding the sheets, and Excel does not undo a half-finished change. ` +
    (done.length ? `These sheets were added in full: ${list(done)}. ` : '') +
    `These sheets may have been partly added: ${list(part)}. ` +
    (parked.length ? `The earlier copies may still be there, renamed ${list(parked.map((p) => p.to))}. ` : '') +
    `Check them, delete any that look incomplete, then try again. (Excel said: ${messageOf(error)})`;
  return new InsertError(message, [...done, ...part], error);
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
