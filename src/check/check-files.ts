/**
 * Checks workbook files from disk: each is read safely in isolation (read-pool.ts), so one unreadable
 * file gets its own message and the batch goes on. Explanations on a file's previous "Check results"
 * sheet carry over, so accepted warnings stay accepted.
 */
import { WorkbookGrid } from '../grid/grid';
import { countBySeverity } from '../rules/types';
import { readExplanations, withExplanations } from './accepted';
import { CheckContext, checkWorkbook, DocumentChecker } from './check-workbook';
import { CheckedReturn, previousNotComparedFinding } from './previous-file';
import { CheckedFinding, RESULTS_SHEET } from './results-sheet';
import { forEachWorkbook, readWorkbooks, ReadPoolOptions } from '../xlsx/read-pool';

export interface FileFinding extends CheckedFinding {
  file: string;
}

/** A return checked against the month before it from a `--previous` file. */
export interface Comparison {
  file: string;
  sheet: string;
  previousFile: string;
  previousSheet: string;
}

export interface FilesChecked {
  findings: FileFinding[];
  /** What each `--previous` file was compared with (a file compared with nothing gets a warning instead). */
  compared: Comparison[];
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
  const previousFile = new Map<WorkbookGrid, string>();
  for (const outcome of await readWorkbooks(previousFiles, options)) {
    if (outcome.ok) {
      previous.push(outcome.grid);
      previousFile.set(outcome.grid, outcome.file);
    } else unreadable.push({ file: outcome.file, problem: outcome.problem, message: outcome.message });
  }
  // Files finish in any order across the workers; what each says is kept by its place, so the report
  // follows the order the files were given in, run after run.
  const perFile: { findings: FileFinding[]; compared: Comparison[]; unreadable: FilesChecked['unreadable'] }[] =
    files.map(() => ({ findings: [], compared: [], unreadable: [] }));
  const returnsChecked: CheckedReturn[] = [];
  let checked = 0;
  await forEachWorkbook(files, options, (outcome, index) => {
    options.onEach?.(outcome.file);
    const { findings, compared, unreadable: unread } = perFile[index];
    if (!outcome.ok) {
      unread.push({ file: outcome.file, problem: outcome.problem, message: outcome.message });
      return;
    }
    checked++;
    const explanations = readExplanations(outcome.grid.sheets.find((s) => s.name === RESULTS_SHEET));
    const grid = { ...outcome.grid, sheets: outcome.grid.sheets.filter((s) => s.name !== RESULTS_SHEET) };
    const onCompared: CheckContext['onCompared'] = (model, before) => {
      if (model.month.month) returnsChecked.push({ site: model.site.text, month: model.month.month });
      const from = before && previousFile.get(before.grid);
      if (from)
        compared.push({
          file: outcome.file,
          sheet: model.sheet,
          previousFile: from,
          previousSheet: before.model.sheet,
        });
    };
    const own = withExplanations(checkWorkbook(grid, checkers, { previous, today, onCompared }), explanations);
    findings.push(...own.map((f) => ({ ...f, file: outcome.file })));
  });
  const findings = perFile.flatMap((f) => f.findings);
  const compared = perFile.flatMap((f) => f.compared);
  unreadable.push(...perFile.flatMap((f) => f.unreadable));
  // A previous file nothing was compared with is said, with the reason: never silently ignored.
  for (const [grid, file] of previousFile) {
    if (compared.some((c) => c.previousFile === file)) continue;
    findings.push({ ...previousNotComparedFinding(grid, returnsChecked), file });
  }
  return { findings, compared, unreadable, checked };
}

/** 0 when nothing is wrong (warnings allowed), 1 when errors were found, 2 when an input could not be read. */
export function checkExitCode(result: FilesChecked): number {
  if (result.unreadable.length > 0) return 2;
  return countBySeverity(result.findings).errors > 0 ? 1 : 0;
}
