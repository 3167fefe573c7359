/**
 * Says what each sheet of a workbook is, from the toolkit's stamp (the registry sheet), and whether
 * its labels are as generated. A sheet without a stamp, from a newer template, or with edited labels
 * is reported as such: the checker never guesses silently. Hidden sheets are read like visible ones (a hidden
 * month is still a return); the findings on them say so (hiddenNote).
 */
import { GridCell, GridSheet, WorkbookGrid } from '../grid/grid';
import { CellValue } from '../sheets/model';
import { labelHash } from '../sheets/label-hash';
import { parseCell } from '../sheets/a1';
import { parseRegistry, REGISTRY_SHEET, StampEntry } from '../sheets/stamp';
import { PROGRAMME_DOCUMENT, TEAM_DOCUMENT } from '../sheets/document-kinds';
import { Finding } from '../rules/types';

export interface StampedSheet {
  sheet: GridSheet;
  stamp: StampEntry;
  /** The name the toolkit made the sheet with, when it has been renamed since (see renamedFrom). */
  madeAs?: string;
}

export interface DocumentsFound {
  stamped: StampedSheet[];
  findings: Finding[];
}

/** Reads the registry and matches each sheet, hidden ones included, to its stamp. */
export function findDocuments(grid: WorkbookGrid, supportedTemplates: Record<string, string>): DocumentsFound {
  const registrySheet = grid.sheets.find((s) => s.name === REGISTRY_SHEET);
  const entries = registrySheet ? parseRegistry(gridRows(registrySheet)) : [];
  const byName = new Map(entries.map((e) => [e.sheet.toLowerCase(), e]));
  const stamped: StampedSheet[] = [];
  const findings: Finding[] = [];
  const present = new Set(grid.sheets.map((s) => s.name.toLowerCase()));
  const missing = entries.filter((e) => !present.has(e.sheet.toLowerCase()) && e.labelsHash);
  for (const sheet of grid.sheets) {
    if (sheet.name === REGISTRY_SHEET) continue;
    const renamed = byName.has(sheet.name.toLowerCase()) ? undefined : renamedFrom(sheet, missing);
    const stamp = byName.get(sheet.name.toLowerCase()) ?? renamed;
    if (!stamp) {
      findings.push({
        ruleId: 'document.unstamped',
        severity: 'warning',
        sheet: sheet.name,
        cell: '',
        message: `Sheet "${sheet.name}" was not made by the STR Toolkit (it has no stamp), so it was not checked.`,
        fix: 'Create monthly reports, outlines and profiles with the toolkit, then copy the entries across.',
      });
      continue;
    }
    const supported = supportedTemplates[stamp.template];
    if (supported !== undefined && Number(stamp.templateVersion) > Number(supported)) {
      findings.push({
        ruleId: 'document.newer-template',
        severity: 'error',
        sheet: sheet.name,
        cell: '',
        message: `Sheet "${sheet.name}" was made with template version ${stamp.templateVersion}, newer than this toolkit knows (${supported}).`,
        fix: 'Update the STR Toolkit, then check again.',
      });
      continue;
    }
    stamped.push(renamed ? { sheet, stamp, madeAs: renamed.sheet } : { sheet, stamp });
  }
  return { stamped, findings };
}

/**
 * The stamp of a generated sheet that is missing from the workbook and whose labels this unstamped
 * sheet has exactly: the same sheet, renamed (Excel's registry keeps the name it was made with).
 */
function renamedFrom(sheet: GridSheet, missing: StampEntry[]): StampEntry | undefined {
  if (missing.length === 0) return undefined;
  const hash = gridLabelHash(sheet);
  const matches = missing.filter((e) => e.labelsHash === hash);
  return matches.length === 1 ? matches[0] : undefined;
}

/** A warning for a generated sheet found under a new name; it is still checked. */
export function renamedFinding(sheet: string, madeAs: string): Finding {
  return {
    ruleId: 'document.renamed',
    severity: 'warning',
    sheet,
    cell: '',
    message: `Sheet "${sheet}" is the toolkit's sheet "${madeAs}" under a new name; it was checked as that sheet.`,
    fix: `Rename it back to "${madeAs}", so other tools that look for it by name find it.`,
  };
}

/** The sheet's cells as rows of values, from A1, for the registry parser. */
export function gridRows(sheet: GridSheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseCell(address);
    (rows[row] ??= [])[col] = plain(cell);
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
}

function plain(cell: GridCell): CellValue {
  return cell.kind === 'empty' ? null : (cell.value as CellValue);
}

/** Excel's column count: row * COLUMNS + col orders cells row by row. */
const COLUMNS = 16_384;

/**
 * The same fingerprint as at generation (label-hash.ts), over the sheet as read now: inputs (unlocked
 * cells) and formula cells are skipped, as they hold the user's entries and results now; so are links,
 * which the builder leaves out too: the command line writes them as HYPERLINK formulas, but Excel's
 * writer as text with a hyperlink on the cell.
 */
export function gridLabelHash(sheet: GridSheet): string {
  // Labels only, each with one number for its place (row-major), so a check spends little on the hash of every
  // sheet it reads (measured: 0.35 ms a monthly report, against 2.7 ms with an object copied for each cell).
  const labels: { order: number; value: CellValue }[] = [];
  for (const address in sheet.cells) {
    const cell = sheet.cells[address];
    if (cell.unlocked || cell.formula !== undefined || cell.hyperlink !== undefined) continue;
    if (cell.kind === 'empty' || cell.value === '') continue;
    const { row, col } = parseCell(address);
    labels.push({ order: row * COLUMNS + col, value: plain(cell) });
  }
  labels.sort((a, b) => a.order - b.order);
  return labelHash(labels.map((label) => label.value));
}

function labelsEditedFinding(sheet: string): Finding {
  return {
    ruleId: 'document.labels-edited',
    severity: 'error',
    sheet,
    cell: '',
    message: `Labels or statements on sheet "${sheet}" were changed after the toolkit made it, so its entries may not mean what the form says.`,
    fix: 'Copy the entries into a freshly generated sheet, or undo the changes to the locked text.',
  };
}

/**
 * The sheets the toolkit works out from other files: their figures are results, not a form's wording, so a
 * change to them (a figure corrected by hand) is said as such, with where the figures come from.
 */
const WORKED_OUT: Record<string, { from: string; again: string }> = {
  [PROGRAMME_DOCUMENT]: {
    from: 'the monthly returns',
    again: 'consolidate them again (Programme in the task pane, or str-toolkit consolidate)',
  },
  [TEAM_DOCUMENT]: {
    from: 'the workers’ KSF outlines',
    again: 'make the team sheets again (Team in the task pane, or str-toolkit team)',
  },
};

/** The finding for a sheet whose labels are not as generated: a form's wording, or a worked-out sheet's figures. */
export function editedFinding(sheet: string, document: string): Finding {
  const made = WORKED_OUT[document];
  if (!made) return labelsEditedFinding(sheet);
  return {
    ruleId: 'document.changed-since-made',
    severity: 'warning',
    sheet,
    cell: '',
    message: `Sheet "${sheet}" was changed after the toolkit made it (a figure or its wording), so it may not show what ${made.from} say.`,
    fix: `If a figure was corrected, correct ${made.from} too, then ${made.again}.`,
  };
}

/** Said after every finding on a hidden sheet, so the user knows why the sheet is not among the tabs. */
export function hiddenNote(sheet: GridSheet): string {
  if (sheet.state === 'hidden')
    return ` (Sheet "${sheet.name}" is hidden: right-click any sheet tab and choose Unhide.)`;
  if (sheet.state === 'veryHidden')
    return ` (Sheet "${sheet.name}" is very hidden, so Excel's Unhide does not list it: ask whoever set up the workbook to show it.)`;
  return '';
}
