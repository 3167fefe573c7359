/**
 * Fits a generated workbook description into an existing workbook without destroying anything:
 * clashing sheet and table names get unique names; a sheet the toolkit made earlier is replaced
 * only when the caller says the user agreed.
 */
import { CellValue, DefinedName, SheetSpec, WorkbookSpec } from './model';
import { REGISTRY_HEADER, REGISTRY_NAME, REGISTRY_RANGE, REGISTRY_SHEET, StampEntry, stampRow } from './stamp';
import { uniqueName, uniqueSheetName } from './sheet-names';

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
  const takenSheets = state.sheetNames.filter((n) => !deleted.has(n.toLowerCase()));
  takenSheets.push(REGISTRY_SHEET);
  // Tables and defined names share one namespace in Excel.
  const takenNames = [...state.tableNames, ...state.names];
  const renamed: Placement['renamed'] = [];
  const sheetRename = new Map<string, string>();

  const sheets = spec.sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.name, takenSheets);
    takenSheets.push(name);
    if (name !== sheet.name) renamed.push({ from: sheet.name, to: name });
    sheetRename.set(sheet.name, name);
    if (!sheet.table) return { ...sheet, name };
    const tableName = uniqueName(sheet.table.name, takenNames);
    takenNames.push(tableName);
    return { ...sheet, name, table: { ...sheet.table, name: tableName } };
  });

  const names = spec.names.map((n) => {
    const name = uniqueName(n.name, takenNames);
    takenNames.push(name);
    return { ...n, name, sheet: sheetRename.get(n.sheet) ?? n.sheet };
  });

  const rows = sheets.map((s) => stampRow({ ...stamp, sheet: s.name }));
  const existing = state.registry;
  const registry: RegistryWrite = existing
    ? { create: false, sheet: REGISTRY_SHEET, startRow: existing.length, rows, name: registryName() }
    : { create: true, sheet: REGISTRY_SHEET, startRow: 0, rows: [[...REGISTRY_HEADER], ...rows], name: registryName() };
  return { sheets, names, deleteSheets, renamed, registry };
}

function registryName(): DefinedName {
  return { name: REGISTRY_NAME, sheet: REGISTRY_SHEET, range: REGISTRY_RANGE };
}
