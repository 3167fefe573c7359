/**
 * Role profiles and KSF outlines for one worker or a whole staff list: a pair of sheets per worker
 * (profile first, as the outline's formulas and dropdowns point at it), and for a list an index sheet
 * linking to every pair. Sheet names are planned here, before the sheets are built, because the sheets
 * refer to each other by name.
 */
import { FRAMEWORK_EDITION } from '../framework';
import { LocalNosRow } from '../roles/local-rows';
import { planOutline } from '../roles/outline-plan';
import { buildRoleProfile } from '../roles/role-profile';
import { GRADE_LABELS, SETTING_LABELS, WorkerInput } from '../roles/worker';
import { TOOLKIT_VERSION } from '../version';
import { buildKsfOutlineSheet } from './ksf-outline-sheet';
import { SheetSpec, WorkbookSpec } from './model';
import { Placement } from './placement';
import { buildRoleProfileSheet } from './role-profile-sheet';
import { StampEntry } from './stamp';
import { buildTableSheet, FIRST_DATA_ROW } from './table-sheet';
import { cellAddress, rangeAddress } from './a1';
import { PairNames, planWorkerSheetNames } from './worker-sheet-names';

export const INDEX_SHEET = 'Staff outlines';

/** What each generated sheet is, for the registry (so later checks know what they read). */
export const DOCUMENTS = {
  profile: { document: 'role-profile', template: 'str-role-profile', templateVersion: '1' },
  outline: { document: 'ksf-outline', template: 'str-ksf-outline', templateVersion: '1' },
  index: { document: 'staff-outlines-index', template: 'str-staff-outlines-index', templateVersion: '1' },
} as const;
export type DocumentKind = keyof typeof DOCUMENTS;

export interface WorkerSheets {
  worker: WorkerInput;
  names: PairNames;
  /** The profile and the outline, in that order. */
  sheets: [SheetSpec, SheetSpec];
}

export interface WorkerWorkbook {
  spec: WorkbookSpec;
  /** One entry per spec sheet, in order. */
  kinds: DocumentKind[];
  workers: WorkerSheets[];
}

export interface WorkerWorkbookOptions {
  /** Rows a manager added to the Competence Framework sheet; they appear in every profile. */
  localRows?: LocalNosRow[];
  /** Sheet names the target workbook already has. */
  takenSheetNames?: string[];
  /** Add the index sheet; default: when there is more than one worker, or rows were left out. */
  index?: boolean;
  /** Staff-list rows left out, and why ("Row 5: … This row was left out."): listed on the index sheet. */
  leftOut?: string[];
}

export function buildWorkerSheets(worker: WorkerInput, names: PairNames, localRows: LocalNosRow[] = []): WorkerSheets {
  const profile = buildRoleProfile(worker, localRows);
  const profileSheet = buildRoleProfileSheet(profile, names);
  const outline = buildKsfOutlineSheet(worker, planOutline(profile), names, profileSheet.refs);
  return { worker, names, sheets: [profileSheet.sheet, outline] };
}

export function buildWorkerWorkbook(workers: WorkerInput[], options: WorkerWorkbookOptions = {}): WorkerWorkbook {
  const names = planWorkerSheetNames(
    workers.map((w) => w.name),
    [...(options.takenSheetNames ?? []), INDEX_SHEET],
  );
  const built = workers.map((worker, i) => buildWorkerSheets(worker, names[i], options.localRows));
  const sheets: SheetSpec[] = [];
  const kinds: DocumentKind[] = [];
  const leftOut = options.leftOut ?? [];
  if (options.index ?? (workers.length > 1 || leftOut.length > 0)) {
    sheets.push(indexSheet(built, leftOut));
    kinds.push('index');
  }
  for (const w of built) {
    sheets.push(...w.sheets);
    kinds.push('profile', 'outline');
  }
  return { spec: { sheets, names: [] }, kinds, workers: built };
}

/**
 * Name, grade, setting and team of every worker, with links to their two sheets; below the table, the
 * staff-list rows that were left out, so the list and the workbook can be reconciled later.
 */
function indexSheet(workers: WorkerSheets[], leftOut: string[]): SheetSpec {
  const sheet = buildTableSheet({
    name: INDEX_SHEET,
    tableName: 'StaffOutlines',
    title: 'Role profiles and KSF outlines',
    source: `Made by the STR Toolkit ${TOOLKIT_VERSION} from ${FRAMEWORK_EDITION} and the STR handbook's model KSF outline. One role profile and one KSF outline per worker.`,
    header: ['Worker', 'Grade', 'Service setting', 'Team', 'Role profile', 'KSF outline'],
    rows: workers.map(({ worker, names }) => [
      worker.name,
      GRADE_LABELS[worker.grade],
      SETTING_LABELS[worker.setting],
      worker.team ?? '',
      names.profile,
      names.outline,
    ]),
    widths: [30, 14, 28, 22, 34, 34],
    orientation: 'landscape',
    // Link colour on the two sheet-name columns.
    styles: [
      {
        range: rangeAddress(FIRST_DATA_ROW, 4, FIRST_DATA_ROW + Math.max(workers.length, 1) - 1, 5),
        style: { fontColor: '0563C1' },
      },
    ],
  });
  if (leftOut.length > 0) {
    const heading = sheet.rows.length + 1;
    sheet.rows.push(
      [],
      [`Rows of the staff list left out (${leftOut.length})`],
      ...leftOut.map((problem) => [problem]),
    );
    sheet.styles.push({ range: cellAddress(heading, 0), style: { bold: true } });
  }
  sheet.links = workers.flatMap(({ names }, i) => [
    { cell: cellAddress(FIRST_DATA_ROW + i, 4), sheet: names.profile, target: 'A1' },
    { cell: cellAddress(FIRST_DATA_ROW + i, 5), sheet: names.outline, target: 'A1' },
  ]);
  return sheet;
}

/** The stamp every generated sheet shares; `documentsFor` sets what each one is. */
export function workerStamp(now: Date): Omit<StampEntry, 'sheet'> {
  return {
    ...DOCUMENTS.outline,
    toolkitVersion: TOOLKIT_VERSION,
    frameworkEdition: FRAMEWORK_EDITION,
    generated: now.toISOString(),
  };
}

/**
 * placeWorkbook stamps every sheet alike; this records each sheet's own document and template in the
 * registry rows it is about to write (rows are [sheet, document, template, template version, …]).
 */
export function stampDocuments(placement: Placement, kinds: DocumentKind[]): Placement {
  const rows = placement.registry.rows;
  const offset = rows.length - placement.sheets.length; // a new registry starts with its header
  const patched = rows.map((row, i) => {
    const kind = kinds[i - offset];
    if (i < offset || !kind) return row;
    const { document, template, templateVersion } = DOCUMENTS[kind];
    return [row[0], document, template, templateVersion, ...row.slice(4)];
  });
  return { ...placement, registry: { ...placement.registry, rows: patched } };
}
