/**
 * Checks workbook files from disk: each is read safely in isolation (read-pool.ts), so one unreadable
 * file gets its own message and the batch goes on. Explanations on a file's previous "Check results"
 * sheet carry over, so accepted warnings stay accepted.
 */
import { WorkbookGrid } from '../grid/grid';
import { countBySeverity } from '../rules/types';
import { readExplanations, withExplanations } from './accepted';
import { checkWorkbook, DocumentChecker } from './check-workbook';
import { CheckedFinding, RESULTS_SHEET } from './results-sheet';
import { forEachWorkbook, readWorkbooks, ReadPoolOptions } from '../xlsx/read-pool';

export interface FileFinding extends CheckedFinding {
  file: string;
}

export interface FilesChecked {
  findings: FileFinding[];
  /** Files that could not be read, with the reason in plain words. */
  unreadable: { file: string; problem: string; message: string }[];
  checked: number;
}

export async function checkFiles(
  files: string[],
  previousFiles: string[],
  checkers: DocumentChecker[],
  today: Date,
  options: ReadPoolOptions & { onEach?: (file: string) => void } = {},
): Promise<FilesChecked> {
  const unreadable: FilesChecked['unreadable'] = [];
  const previous: WorkbookGrid[] = [];
  for (const outcome of await readWorkbooks(previousFiles, options)) {
    if (outcome.ok) previous.push(outcome.grid);
    else unreadable.push({ file: outcome.file, problem: outcome.problem, message: outcome.message });
  }
  const findings: FileFinding[] = [];
  let checked = 0;
  await forEachWorkbook(files, options, (outcome) => {
    options.onEach?.(outcome.file);
    if (!outcome.ok) {
      unreadable.push({ file: outcome.file, problem: outcome.problem, message: outcome.message });
      return;
    }
    checked++;
    const explanations = readExplanations(outcome.grid.sheets.find((s) => s.name === RESULTS_SHEET));
    const grid = { ...outcome.grid, sheets: outcome.grid.sheets.filter((s) => s.name !== RESULTS_SHEET) };
    const own = withExplanations(checkWorkbook(grid, checkers, { previous, today }), explanations);
    findings.push(...own.map((f) => ({ ...f, file: outcome.file })));
  });
  return { findings, unreadable, checked };
}

/** 0 when nothing is wrong (warnings allowed), 1 when errors were found, 2 when an input could not be read. */
export function checkExitCode(result: FilesChecked): number {
  if (result.unreadable.length > 0) return 2;
  return countBySeverity(result.findings).errors > 0 ? 1 : 0;
}
