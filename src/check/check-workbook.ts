/**
 * Checks one workbook: finds each generated sheet by its stamp, reports edited labels, then hands the
 * sheet to the checker for its kind of document. Pure: hosts read the grid, this only reads it.
 */
import { GridName, WorkbookGrid } from '../grid/grid';
import { Finding, runRules, Rule } from '../rules/types';
import type { MonthFound } from './monthly/checker';
import type { MonthlyReturn } from './monthly/read-return';
import { findDocuments, gridLabelHash, hiddenNote, editedFinding, renamedFinding, StampedSheet } from './documents';

export interface CheckContext {
  /** The workbook being checked (a checker may look at its other sheets, e.g. last month's). */
  grid: WorkbookGrid;
  /** Other workbooks given for comparison, e.g. `--previous FILE`. */
  previous: WorkbookGrid[];
  today: Date;
  /**
   * Told of each filled-in monthly return checked, with the month before it that the rules compared it
   * with (none when there was none), so `--previous` can say what it compared.
   */
  onCompared?: (checked: MonthlyReturn, previous: MonthFound | undefined) => void;
}

/** Reads one kind of document from its sheet into a model, then runs that kind's rules over it. */
export interface DocumentChecker<Model = unknown> {
  /** The registry's "Document" value, e.g. "monthly-report". */
  document: string;
  /** Template id → newest template version this toolkit understands. */
  templates: Record<string, string>;
  rules: Rule<Model>[];
  /** Builds the model; returns findings instead when the sheet cannot be read as this document. */
  read(stamped: StampedSheet, context: CheckContext): { model: Model } | { findings: Finding[] };
}

/** Names that point at a range on this sheet (sheet-scoped or workbook-level). */
export function namesOn(grid: WorkbookGrid, sheet: string): GridName[] {
  return grid.names.filter((n) => n.sheet === sheet && n.range !== null && (n.scope === null || n.scope === sheet));
}

export function checkWorkbook(
  grid: WorkbookGrid,
  checkers: DocumentChecker[],
  context: Omit<CheckContext, 'grid'>,
): Finding[] {
  const templates = Object.assign({}, ...checkers.map((c) => c.templates)) as Record<string, string>;
  const found = findDocuments(grid, templates);
  const findings = [...found.findings];
  const hidden = new Map(grid.sheets.filter((s) => s.state !== 'visible').map((s) => [s.name, hiddenNote(s)]));
  const full: CheckContext = { ...context, grid };
  for (const stamped of found.stamped) {
    const checker = checkers.find((c) => c.document === stamped.stamp.document);
    if (stamped.madeAs) findings.push(renamedFinding(stamped.sheet.name, stamped.madeAs));
    // Reference sheets such as the framework have nothing to rate; only their labels are checked.
    if (stamped.stamp.labelsHash && labelsEdited(stamped))
      findings.push(editedFinding(stamped.sheet.name, stamped.stamp.document));
    if (!checker) continue;
    const read = checker.read(stamped, full);
    if ('findings' in read) findings.push(...read.findings);
    else findings.push(...runRules(checker.rules, read.model, stamped.sheet.name));
  }
  return hidden.size === 0
    ? findings
    : findings.map((f) => (hidden.has(f.sheet) ? { ...f, message: `${f.message}${hidden.get(f.sheet)}` } : f));
}

function labelsEdited(stamped: StampedSheet): boolean {
  return gridLabelHash(stamped.sheet) !== stamped.stamp.labelsHash;
}
