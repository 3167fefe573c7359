/**
 * Reads workbooks the user picked with the pane's file input, one at a time so only one is in memory,
 * each into the host-neutral grid (src/ooxml/read-xlsx.ts). A file that cannot be read gets its own
 * plain reason and the others go on, as on the command line.
 */
import type { ReturnInput } from '../consolidate/collect';
import type { WorkbookGrid } from '../grid/grid';
import { checkFileSize } from '../ooxml/preflight';
import { XlsxReadError, readXlsx } from '../ooxml/read-xlsx';

/** The part of the browser's File the reader uses (so tests can pass their own). */
export interface PickedFile {
  name: string;
  size: number;
  /** When the file was last saved (ms): tells the newer of two versions of a return apart. */
  lastModified?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type PickedOutcome =
  | { file: string; ok: true; grid: WorkbookGrid; modified?: number }
  | { file: string; ok: false; problem: string; message: string };

export async function readPickedFiles(
  files: PickedFile[],
  onEach: (done: number, total: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<PickedOutcome[]> {
  const outcomes: PickedOutcome[] = [];
  for (const file of files) {
    if (signal?.aborted) break;
    outcomes.push(await readOne(file));
    onEach(outcomes.length, files.length);
  }
  return outcomes;
}

/**
 * The picked workbooks as the programme and team views take them: each one's cells, or why it could not
 * be read (listed under "Not included", as the command line lists it).
 */
export async function readPickedInputs(
  files: PickedFile[],
  onEach?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ReturnInput[]> {
  const outcomes = await readPickedFiles(files, onEach, signal);
  return outcomes.map((o) =>
    o.ok ? { source: o.file, grid: o.grid, modified: o.modified } : { source: o.file, unreadable: o.message },
  );
}

async function readOne(file: PickedFile): Promise<PickedOutcome> {
  try {
    // Refuse an oversized file before reading it into memory.
    const size = checkFileSize(file.size);
    if (!size.ok) return { file: file.name, ok: false, problem: size.problem, message: size.message };
    const grid = readXlsx(new Uint8Array(await file.arrayBuffer()));
    return { file: file.name, ok: true, grid, ...(file.lastModified !== undefined && { modified: file.lastModified }) };
  } catch (error) {
    if (error instanceof XlsxReadError)
      return { file: file.name, ok: false, problem: error.problem, message: error.message };
    return {
      file: file.name,
      ok: false,
      problem: 'unreadable',
      message: 'This file could not be read. Open it in Excel, save it as “Excel Workbook (.xlsx)”, and pick it again.',
    };
  }
}
