/**
 * Fits a generated workbook description into an existing workbook without destroying anything:
 * clashing sheet and table names get unique names; a sheet the toolkit made earlier is replaced
 * only when the caller says the user agreed.
 */
import { CellValue, DefinedName, SheetSpec, WorkbookSpec } from './model';
import { REGISTRY_HEADER, REGISTRY_NAME, REGISTRY_RANGE, REGISTRY_SHEET, StampEntry, stampRow } from './stamp';
import { quoteSheetName, TakenNames, uniqueName, uniqueSheetName } from './sheet-names';
import { specLabelHash } from './label-hash';

/** What the target workbook already holds. */
export interface WorkbookState {
  sheetNames: string[];
  tableNames: string[];
  /** Workbook-level defined names. */
  names: string[];
  /** Registry rows including its header, or null when there is no registry sheet. */
  registry: CellValue[][] | null;
}

export const EMPTY_WORKBOOK: WorkbookState = { sheetNames: [], tableNames: [], names: [], registry: null };

export type ExistingChoice = 'keep-both' | 'replace';

export interface Placement {
  sheets: SheetSpec[];
  names: DefinedName[];
  /** Sheets made earlier by the toolkit that the user agreed to replace; delete before adding. */
  deleteSheets: string[];
  /** Renames forced by clashes, to tell the user. */
  renamed: { from: string; to: string }[];
  registry: RegistryWrite;
}

/** Rows for the registry sheet: create it (hidden, with its name) or append below what it holds. */
export interface RegistryWrite {
  create: boolean;
  sheet: string;
  /** 0-based row where `rows` start. */
  startRow: number;
  rows: CellValue[][];
  name: DefinedName;
}

/** Existing sheets whose names the spec wants and which the registry says the toolkit made. */
export function toolkitMadeClashes(spec: WorkbookSpec, state: WorkbookState, registered: StampEntry[]): string[] {
  const existing = new Map(state.sheetNames.map((n) => [n.toLowerCase(), n]));
  const made = new Set(registered.map((e) => e.sheet.toLowerCase()));
  return spec.sheets
    .map((s) => existing.get(s.name.toLowerCase()))
    .filter((n): n is string => n !== undefined && made.has(n.toLowerCase()));
}

export function placeWorkbook(
  spec: WorkbookSpec,
  state: WorkbookState,
  stamp: Omit<StampEntry, 'sheet'>,
  registered: StampEntry[],
  choice: ExistingChoice,
): Placement {
  const deleteSheets = choice === 'replace' ? toolkitMadeClashes(spec, state, registered) : [];
  const deleted = new Set(deleteSheets.map((n) => n.toLowerCase()));
  const takenSheets = new TakenNames(state.sheetNames.filter((n) => !deleted.has(n.toLowerCase())));
  takenSheets.add(REGISTRY_SHEET);
  // Tables and defined names share one namespace in Excel.
  const takenNames = new TakenNames([...state.tableNames, ...state.names]);
  const renamed: Placement['renamed'] = [];
  const sheetRename = new Map<string, string>();

  const sheets = spec.sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.name, takenSheets);
    takenSheets.add(name);
    if (name !== sheet.name) renamed.push({ from: sheet.name, to: name });
    sheetRename.set(sheet.name, name);
    if (!sheet.table) return { ...sheet, name };
    const tableName = uniqueName(sheet.table.name, takenNames);
    takenNames.add(tableName);
    return { ...sheet, name, table: { ...sheet.table, name: tableName } };
  });

  const renamedSheets = sheets.map((sheet) => followRenames(sheet, sheetRename));

  const names = spec.names.map((n) => {
    const sheet = sheetRename.get(n.sheet) ?? n.sheet;
    // A sheet-scoped name lives on its (new) sheet, so it cannot clash with anything already there.
    if (n.scope === 'sheet') return { ...n, sheet };
    const name = uniqueName(n.name, takenNames);
    takenNames.add(name);
    return { ...n, name, sheet };
  });

  const rows = sheets.map((s) => stampRow({ ...stamp, sheet: s.name, labelsHash: specLabelHash(s) }));
  const existing = state.registry;
  const registry: RegistryWrite = existing
    ? { create: false, sheet: REGISTRY_SHEET, startRow: existing.length, rows, name: registryName() }
    : { create: true, sheet: REGISTRY_SHEET, startRow: 0, rows: [[...REGISTRY_HEADER], ...rows], name: registryName() };
  return { sheets: renamedSheets, names, deleteSheets, renamed, registry };
}

/** Links and list sources that point at a sheet of this spec must follow that sheet's new name. */
function followRenames(sheet: SheetSpec, rename: Map<string, string>): SheetSpec {
  const moved = (name: string) => rename.get(name) ?? name;
  const links = sheet.links?.map((l) => ({ ...l, sheet: moved(l.sheet) }));
  const validations = sheet.validations.map((v) =>
    v.kind !== 'whole' && v.kind !== 'date' && v.source ? { ...v, source: renameInReference(v.source, moved) } : v,
  );
  return { ...sheet, validations, ...(links && { links }) };
}

/** "'Old name'!$A$1:$A$4" → "'New name'!$A$1:$A$4"; a reference without a sheet is left alone. */
export function renameInReference(reference: string, moved: (name: string) => string): string {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference);
  if (!match) return reference;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  const to = moved(sheet);
  return to === sheet ? reference : `${quoteSheetName(to)}!${match[3]}`;
}

function registryName(): DefinedName {
  return { name: REGISTRY_NAME, sheet: REGISTRY_SHEET, range: REGISTRY_RANGE };
}
