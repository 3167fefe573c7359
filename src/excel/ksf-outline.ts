/**
 * Role profiles and KSF outlines in the open workbook, for one worker (the task pane's form) or for
 * everyone on a staff-list sheet. Round trips: one read (the staff list, what the workbook holds and the
 * local rows of its Competence Framework sheet, together), then one write per ~4 MB of sheets
 * (chunk-placement.ts): at most ceil(payload / 4 MB) + 2 writes, whatever the number of workers.
 */
import { localFrameworkRows, LocalNosRow } from '../roles/local-rows';
import { WorkerInput } from '../roles/worker';
import { FRAMEWORK_SHEETS } from '../sheets/framework-sheets';
import { CellValue } from '../sheets/model';
import { ExistingChoice, placeWorkbook, WorkbookState } from '../sheets/placement';
import { parseRegistry, StampEntry } from '../sheets/stamp';
import { buildWorkerWorkbook, DOCUMENTS, INDEX_SHEET, stampDocuments, workerStamp } from '../sheets/worker-workbook';
import { planWorkerSheetNames } from '../sheets/worker-sheet-names';
import { parseStaffRows } from '../staff/staff-list';
import { writeInParts } from './insert-framework';
import { queueWorkbookState } from './workbook-state';

export interface WorkerOutlinePlan {
  workers: WorkerInput[];
  /** Staff-list rows left out, and why (each names its row); empty for a form entry. */
  problems: string[];
  /** Worth telling the user, nothing left out (e.g. two workers with the same name). */
  notices: string[];
  /** The sheet the staff list was read from, or null for a form entry. */
  staffSheet: string | null;
  /** Rows a manager added to the Competence Framework sheet; they appear in every profile. */
  localRows: LocalNosRow[];
  state: WorkbookState;
  registered: StampEntry[];
  /** Sheets the toolkit made earlier for these workers: ask whether to replace them or keep both. */
  clashes: string[];
}

export interface WorkerOutlineOptions {
  /**
   * The host has ExcelApi 1.10 (comments), e.g. Office.context.requirements.isSetSupported('ExcelApi', '1.10').
   * Notes then become comments; otherwise they are skipped (the sheets say the same in words).
   */
  comments?: boolean;
  now?: Date;
}

export interface WorkerOutlineResult {
  /** Every sheet added, in writing order. */
  sheets: string[];
  pairs: { worker: WorkerInput; profile: string; outline: string }[];
  /** The index sheet, for more than one worker. */
  index: string | null;
  /** Earlier toolkit sheets deleted and replaced. */
  replaced: string[];
  /** Renames forced by clashes with sheets already there (the index; pairs are named around them). */
  renamed: { from: string; to: string }[];
  /** Round trips this call made. */
  syncs: number;
  notesSkipped: number;
}

/** Where the workers come from: the task pane's form, or a staff-list sheet (default: the active sheet). */
export type WorkerSource = { workers: WorkerInput[] } | { staffSheet?: string };

const MADE_HERE = new Set<string>([DOCUMENTS.profile.document, DOCUMENTS.outline.document, DOCUMENTS.index.document]);

/** The one read: the staff list (if any), what the workbook holds, and the Competence Framework's local rows. */
export async function planWorkerOutlines(
  context: Excel.RequestContext,
  source: WorkerSource,
): Promise<WorkerOutlinePlan> {
  const { worksheets } = context.workbook;
  const readState = queueWorkbookState(context);
  const framework = worksheets
    .getItemOrNullObject(FRAMEWORK_SHEETS.framework)
    .getUsedRangeOrNullObject(true)
    .load('values');
  const readStaff = 'workers' in source ? null : queueStaffRead(worksheets, source.staffSheet);
  await context.sync();

  const state = readState();
  const registered = parseRegistry(state.registry ?? []);
  const localRows = framework.isNullObject ? [] : localFrameworkRows(framework.values as CellValue[][]);
  const staff: StaffRead =
    'workers' in source ? { workers: source.workers, problems: [], notices: [], staffSheet: null } : readStaff!();
  const clashes = earlierSheets(staff.workers, state, registered);
  return { ...staff, localRows, state, registered, clashes };
}

type StaffRead = Pick<WorkerOutlinePlan, 'workers' | 'problems' | 'notices' | 'staffSheet'>;

/** Queues the read of a staff-list sheet (default: the active one); the returned reader runs after the sync. */
function queueStaffRead(worksheets: Excel.WorksheetCollection, name?: string): () => StaffRead {
  const sheet = name ? worksheets.getItemOrNullObject(name) : worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true).load('values,rowIndex');
  return () => {
    if (sheet.isNullObject) {
      const problem = `There is no sheet named "${name}" to read the staff list from.`;
      return { workers: [], problems: [problem], notices: [], staffSheet: null };
    }
    // rowIndex is 0-based: rows in messages are numbered as Excel shows them.
    const list = used.isNullObject
      ? parseStaffRows([])
      : parseStaffRows(used.values as CellValue[][], used.rowIndex + 1);
    return {
      workers: list.workers.map((w) => w.worker),
      problems: list.problems,
      notices: list.notices,
      staffSheet: sheet.name,
    };
  };
}

/** Read a staff-list sheet (default: the active sheet); the plan it returns is what applyWorkerOutlines takes. */
export function readStaffList(context: Excel.RequestContext, sheetName?: string): Promise<WorkerOutlinePlan> {
  return planWorkerOutlines(context, { staffSheet: sheetName });
}

/** The writes: one round trip per part of about 4 MB (writeInParts). `replace` deletes only sheets in `plan.clashes`. */
export async function applyWorkerOutlines(
  context: Excel.RequestContext,
  plan: WorkerOutlinePlan,
  choice: ExistingChoice,
  options: WorkerOutlineOptions = {},
): Promise<WorkerOutlineResult> {
  if (plan.workers.length === 0) throw new Error('There is no worker to make a role profile and KSF outline for.');
  const now = options.now ?? new Date();
  const taken = choice === 'replace' ? userSheets(plan.state, plan.registered) : plan.state.sheetNames;
  const book = buildWorkerWorkbook(plan.workers, {
    localRows: plan.localRows,
    takenSheetNames: taken,
    leftOut: plan.problems,
  });
  const placement = stampDocuments(
    placeWorkbook(book.spec, plan.state, workerStamp(now), plan.registered, choice),
    book.kinds,
  );
  const index = book.kinds.includes('index') ? placement.sheets[book.kinds.indexOf('index')].name : null;
  // Pairs first (the index links to them, and Excel checks that a link's sheet exists), then the index.
  // The first part moves replaced sheets aside; the last writes the registry and deletes them.
  const units = [...book.workers.map((w) => [w.names.profile, w.names.outline]), ...(index ? [[index]] : [])];
  const written = await writeInParts(context, placement, plan.state, { comments: options.comments, units });
  return {
    sheets: written.sheets,
    pairs: book.workers.map((w) => ({ worker: w.worker, profile: w.names.profile, outline: w.names.outline })),
    index,
    replaced: placement.deleteSheets,
    renamed: placement.renamed,
    syncs: written.syncs,
    notesSkipped: written.notesSkipped,
  };
}

/** Plan and write at once: the task pane's form (one worker) or a list it already holds. */
export async function createWorkerOutlines(
  context: Excel.RequestContext,
  workers: WorkerInput[],
  choice: ExistingChoice = 'keep-both',
  options: WorkerOutlineOptions = {},
): Promise<WorkerOutlineResult> {
  const plan = await planWorkerOutlines(context, { workers });
  const result = await applyWorkerOutlines(context, plan, choice, options);
  return { ...result, syncs: result.syncs + 1 };
}

/** Sheets the user made (or that some other tool made): never replaced, so new names go around them. */
function userSheets(state: WorkbookState, registered: StampEntry[]): string[] {
  const made = new Set(registered.filter((e) => MADE_HERE.has(e.document)).map((e) => e.sheet.toLowerCase()));
  return state.sheetNames.filter((n) => !made.has(n.toLowerCase()));
}

/** The sheets a "replace" would delete: earlier toolkit profiles, outlines and index with the same names. */
function earlierSheets(workers: WorkerInput[], state: WorkbookState, registered: StampEntry[]): string[] {
  const pairs = planWorkerSheetNames(
    workers.map((w) => w.name),
    [...userSheets(state, registered), INDEX_SHEET],
  );
  const wanted = [...pairs.flatMap((p) => [p.profile, p.outline]), ...(workers.length > 1 ? [INDEX_SHEET] : [])];
  const made = new Set(registered.filter((e) => MADE_HERE.has(e.document)).map((e) => e.sheet.toLowerCase()));
  const existing = new Map(state.sheetNames.map((n) => [n.toLowerCase(), n]));
  return wanted
    .map((name) => existing.get(name.toLowerCase()))
    .filter((n): n is string => n !== undefined && made.has(n.toLowerCase()));
}
