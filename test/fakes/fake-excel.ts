/**
 * The in-memory workbook behind Microsoft's Excel client library in the tests and the browser end-to-end
 * run (no Node-only APIs): office-js-executor.ts replays each request the library sends on these proxy
 * objects, which queue the operations and apply them in `sync()`, in order and without rollback. The
 * add-in never talks to these proxies directly. It counts syncs with the real size of each request, and
 * can fail or hang the Nth sync.
 *
 * Modelled Excel behaviour: sheet-name rules, unique sheet/table/defined names (tables and names share
 * one namespace; names that look like cell references are refused), the last visible sheet cannot be
 * deleted or hidden, values arrays must match the range size, and typed-in values are read like Excel
 * reads them: a leading apostrophe keeps text, "=…"/"+…"/"-…"/"@…" become formulas (never calculated),
 * numeric text becomes a number, TRUE/FALSE booleans. Dates are not modelled, and formulas are never
 * calculated. A workbook whose structure is protected refuses adding, renaming, deleting, hiding and
 * showing sheets. Sheet-scoped names live in their sheet's `names` and go with it; a protected sheet refuses
 * value writes to cells that are not unlocked, and format changes (cell formats and conditional formats)
 * unless its protection options allow them. Conditional formats (custom, colour scale, data bar) are
 * stored with an id that lasts the session; they are never evaluated. One marked `unreadable` throws when
 * its rule or format is read, as some rule combinations do in Excel (office-js issues #6827, #6835), which
 * fails the whole request; `context.trace()` messages run before a failure come back on the error as
 * `traceMessages`, as in Office.js. `model.selection` records the
 * cell Range.select() selected.
 */
import type { CellValue } from '../../src/sheets/model';
import { columnLetter, overlaps } from '../../src/sheets/a1';

// ---------- the in-memory workbook ----------

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  /** Set when Excel would have read the input as a formula. */
  formula?: string;
  /** Set when the input had a leading apostrophe (Excel's "text prefix"). */
  prefixed?: boolean;
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
  printTitleColumns?: string;
  centerHeader?: string;
  centerFooter?: string;
}

export interface FakeValidation {
  address: string;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface FakeSheet {
  readonly id: number;
  name: string;
  visibility: Visibility;
  tabColor: string;
  /** Keyed "row,col", 0-based; empty cells are absent. */
  cells: Map<string, FakeCell>;
  /** Format properties set per address ("A1:G1"), e.g. "font.bold", "borders.EdgeTop.style", "columnWidth". */
  formats: Map<string, Record<string, unknown>>;
  merges: string[];
  freeze: { rows: number; columns: number } | null;
  pageLayout: FakePageLayout;
  protection: { protected: boolean; options?: Excel.WorksheetProtectionOptions; password?: string };
  validations: FakeValidation[];
  /** Hyperlinks keyed by normalised address. */
  links: Map<string, Excel.RangeHyperlink>;
  /** Comments (ExcelApi 1.10) on cells of this sheet, in the order added. */
  comments: { address: string; content: string }[];
  /** 0-based rows that start a new printed page (horizontal page breaks). */
  pageBreaks: number[];
  /** Conditional formats on this sheet, lowest priority first (Excel adds new ones at the top). */
  conditionalFormats: FakeConditionalFormatRecord[];
  /** Charts on this sheet (ExcelApi 1.1), in the order added. */
  charts: FakeChartRecord[];
  deleted: boolean;
}

/** One chart: what it shows, from where, and where it sits. */
export interface FakeChartRecord {
  name: string;
  type: string;
  /** The data's sheet and normalised address, e.g. "Trends!A3:B6". */
  source: string;
  seriesBy: string;
  title: string;
  /** Top-left and bottom-right cells, once setPosition ran. */
  position?: { from: string; to: string };
  /** Alt text, set through the chart's shape (worksheet.shapes, ExcelApi 1.9). */
  altText?: { title: string; description: string };
}

/** One conditional format as Excel stores it. Only the parts the toolkit sets are modelled. */
export interface FakeConditionalFormatRecord {
  /** Excel's id for the session, e.g. "{CF-3}". */
  readonly id: string;
  type: 'Custom' | 'ColorScale' | 'DataBar' | 'CellValue';
  /** Normalised address it applies to, e.g. "B17" or "C4:C20". */
  address: string;
  /** Custom: the rule's formula and the fill/font it applies (CellValue: the fill/font too). */
  formula?: string;
  /** CellValue: its rule as set, e.g. { operator: 'Between', formula1: '1.000001', formula2: '1E+300' }. */
  cellValueRule?: Excel.ConditionalCellValueRule;
  fill?: string;
  fontColor?: string;
  /** ColorScale: its criteria as set. */
  criteria?: Excel.ConditionalColorScaleCriteria;
  /** DataBar: the bar colour. */
  barColor?: string;
  /** Reading its rule or format throws, as Excel does for some rules (office-js issues #6827, #6835). */
  unreadable?: boolean;
}

export interface FakeTableRecord {
  name: string;
  sheetId: number;
  address: string;
  hasHeaders: boolean;
  style: string;
  showFilterButton: boolean;
}

export interface FakeName {
  name: string;
  /** e.g. "='STR Toolkit Info'!A:G", or "=#REF!" once its sheet is deleted. */
  formula: string;
  sheetId?: number;
  address?: string;
  /** Set for a sheet-scoped name: the id of the sheet whose `names` holds it. */
  scopeSheetId?: number;
}

export class FakeExcelError extends Error {
  /** The context.trace() messages run before the failure (Office.js sets this on a failed sync's error). */
  traceMessages: string[] = [];

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface Rect {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

const LAST_ROW = 1048575;
const LAST_COL = 16383;
const COMMA = 44;
const ZERO = 48;

/** Excel's limits (support.microsoft.com, "Excel specifications and limits"), as this workbook enforces them. */
export const EXCEL_LIMITS = {
  /** Row height, in points. */
  maxRowHeight: 409,
  /** Column width, in characters of the default font (the API takes points: POINTS_PER_CHARACTER each). */
  maxColumnCharacters: 255,
  /** Characters in a header or footer. */
  maxHeaderFooter: 255,
  /** Manual page breaks on one sheet. */
  maxPageBreaks: 1026,
} as const;
/** Points in one character of column width, as src/excel/render.ts converts them. */
const POINTS_PER_CHARACTER = 5.7;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "A1:B2", "A:C" or "1:3", with or without "$" and a sheet prefix, normalised ("A1:B2"). */
export function normalizeAddress(address: string): string {
  return address.replace(/^.*!/, '').replace(/\$/g, '').toUpperCase();
}

/**
 * Parsed addresses, by their text: format lookups parse every stored format's address for each cell they
 * read, and at a hundred workers' outlines that parsing was most of the Office.js tests' time (profiled).
 */
const parsedAddresses = new Map<string, Rect>();

export function parseAddress(address: string): Rect {
  let rect = parsedAddresses.get(address);
  if (!rect) {
    rect = parseAddressText(address);
    if (parsedAddresses.size > 100_000) parsedAddresses.clear();
    parsedAddresses.set(address, rect);
  }
  return { ...rect };
}

function parseAddressText(address: string): Rect {
  const [first, last = first] = normalizeAddress(address).split(':');
  const part = (text: string, end: boolean) => {
    const m = /^([A-Z]{0,3})(\d{0,7})$/.exec(text);
    if (!m || (!m[1] && !m[2])) throw new FakeExcelError('InvalidArgument', `Not a range address: "${address}"`);
    return {
      col: m[1] ? colIndex(m[1]) : end ? LAST_COL : 0,
      row: m[2] ? Number(m[2]) - 1 : end ? LAST_ROW : 0,
    };
  };
  const a = part(first, false);
  const b = part(last, true);
  return { row: a.row, col: a.col, lastRow: b.row, lastCol: b.col };
}

function rectAddress(r: Rect): string {
  const a = `${columnLetter(r.col)}${r.row + 1}`;
  const b = `${columnLetter(r.lastCol)}${r.lastRow + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row <= outer.lastRow && col >= outer.col && col <= outer.lastCol;
}

interface Setting {
  at: Rect;
  value: unknown;
}

/**
 * For each cell of `rect`, the setting of format property `key` that holds there: the latest made of those
 * covering it, or undefined. Each setting is laid once over the cells of `rect` it covers, in the order they
 * were made; searching every setting for every cell made reading a big sheet's number formats and locks
 * slow (profiled).
 */
function settingsIn(sheet: FakeSheet, key: string, rect: Rect): (row: number, col: number) => Setting | undefined {
  const width = rect.lastCol - rect.col + 1;
  let cells: (Setting | undefined)[] | undefined;
  for (const [address, props] of sheet.formats) {
    if (!(key in props)) continue;
    const at = parseAddress(address);
    if (!overlaps(at, rect)) continue;
    const setting = { at, value: props[key] };
    cells ??= new Array<Setting | undefined>((rect.lastRow - rect.row + 1) * width);
    const lastRow = Math.min(at.lastRow, rect.lastRow);
    const firstCol = Math.max(at.col, rect.col);
    const lastCol = Math.min(at.lastCol, rect.lastCol);
    for (let r = Math.max(at.row, rect.row); r <= lastRow; r++) {
      for (let c = firstCol; c <= lastCol; c++) cells[(r - rect.row) * width + c - rect.col] = setting;
    }
  }
  return (row, col) => cells?.[(row - rect.row) * width + col - rect.col];
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Lower-case forms of names, by their text: sheets are looked up by name for every request that reaches
 * them, among a thousand workers' two thousand sheets, and lower-casing both names at every comparison made
 * most of the garbage of those lookups (profiled).
 */
const lowerCased = new Map<string, string>();
function lowerCase(text: string): string {
  let lower = lowerCased.get(text);
  if (lower === undefined) {
    if (lowerCased.size > 100_000) lowerCased.clear();
    lowerCased.set(text, (lower = text.toLowerCase()));
  }
  return lower;
}

const same = (a: string, b: string) => a === b || lowerCase(a) === lowerCase(b);

/** How Excel reads a value written through Range.values (as if typed in). */
function interpret(v: unknown): FakeCell | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v !== 'string')
    throw new FakeExcelError('InvalidArgument', `Unsupported cell value: ${JSON.stringify(v)}`);
  if (v.startsWith("'")) return { value: v.slice(1), prefixed: true };
  const t = v.trim();
  const num = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?(%?)$/i.exec(t);
  if (num) return { value: Number(t.replace('%', '')) / (num[3] ? 100 : 1) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  if (/^[=+\-@]/.test(v)) return { value: v, formula: v };
  return { value: v };
}

export class FakeWorkbookModel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTableRecord[] = [];
  readonly names: FakeName[] = [];
  activeSheetId = 0;
  /** What Range.select() last selected; null until something is selected. */
  selection: { sheet: string; address: string } | null = null;
  /** Workbook structure protection (Review > Protect Workbook): no sheet may be added, renamed or deleted. */
  structureProtected = false;
  private nextSheetId = 1;
  private nextConditionalFormatId = 1;

  /** Excel refuses to add, rename or delete a sheet while the workbook's structure is protected. */
  checkStructure(action: string): void {
    if (this.structureProtected) {
      throw new FakeExcelError(
        'AccessDenied',
        `The workbook's structure is protected, so Excel cannot ${action} a sheet.`,
      );
    }
  }

  /** Merges, validation, tables, names and charts: refused on a protected sheet, whatever its options. */
  checkUnprotected(sheet: FakeSheet, what: string): void {
    if (sheet.protection.protected) {
      throw new FakeExcelError('AccessDenied', `"${sheet.name}" is protected, so Excel cannot add ${what} to it.`);
    }
  }

  /** A new conditional format's session id. */
  newConditionalFormatId(): string {
    return `{CF-${this.nextConditionalFormatId++}}`;
  }

  /** By name, or by the id Excel gives a sheet ("{3}"). */
  findSheet(name: string): FakeSheet | undefined {
    const id = /^\{(0|[1-9]\d*)\}$/.exec(name);
    const byId = id ? Number(id[1]) : -1;
    return this.sheets.find((s) => same(s.name, name) || s.id === byId);
  }

  addSheet(name?: string): FakeSheet {
    this.checkStructure('add');
    let sheetName = name;
    for (let n = this.sheets.length + 1; sheetName === undefined; n++) {
      if (!this.findSheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
    }
    this.checkSheetName(sheetName);
    const sheet: FakeSheet = {
      id: this.nextSheetId++,
      name: sheetName,
      visibility: 'Visible',
      tabColor: '',
      cells: new Map(),
      formats: new Map(),
      merges: [],
      freeze: null,
      pageLayout: {},
      protection: { protected: false },
      validations: [],
      links: new Map(),
      comments: [],
      pageBreaks: [],
      conditionalFormats: [],
      charts: [],
      deleted: false,
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    this.checkStructure('rename');
    if (same(sheet.name, name)) {
      sheet.name = name;
      return;
    }
    this.checkSheetName(name);
    sheet.name = name;
  }

  private checkSheetName(name: string): void {
    if (name.length < 1 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `Invalid sheet name: "${name}"`);
    }
    if (this.findSheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
  }

  private checkLeavesVisible(sheet: FakeSheet): void {
    if (!this.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
      throw new FakeExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
    }
  }

  setVisibility(sheet: FakeSheet, visibility: Visibility): void {
    if (visibility !== sheet.visibility) this.checkStructure('hide or show');
    if (visibility !== 'Visible') this.checkLeavesVisible(sheet);
    sheet.visibility = visibility;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.checkStructure('delete');
    this.checkLeavesVisible(sheet);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheetId === sheet.id) this.tables.splice(i, 1);
    // A sheet's own names go with it; workbook names pointing at it become #REF!.
    for (let i = this.names.length - 1; i >= 0; i--)
      if (this.names[i].scopeSheetId === sheet.id) this.names.splice(i, 1);
    for (const n of this.names) if (n.sheetId === sheet.id) n.formula = '=#REF!';
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')?.id ?? 0;
  }

  /**
   * Table and defined names: one namespace, no cell references, letters/digits/_/. only. A sheet-scoped
   * name (`scopeSheetId`) need only differ from the tables and that sheet's other names.
   */
  checkNewName(name: string, except?: FakeTableRecord, scopeSheetId?: number): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Z]{1,3}\d+$/i.test(name) || /^[RC]$/i.test(name)) {
      throw new FakeExcelError('InvalidArgument', `"${name}" is not a valid table or defined name.`);
    }
    // Checked in place, without lists of the names taken: a workbook of 120 months holds thousands of names.
    const taken =
      this.tables.some((t) => t !== except && same(t.name, name)) ||
      this.names.some((n) => n.scopeSheetId === scopeSheetId && same(n.name, name));
    if (taken) throw new FakeExcelError('ItemAlreadyExists', `The name "${name}" already exists.`);
  }

  addTable(sheet: FakeSheet, rect: Rect, hasHeaders: boolean): FakeTableRecord {
    this.checkUnprotected(sheet, 'a table');
    for (const t of this.tables) {
      if (t.sheetId === sheet.id && overlaps(parseAddress(t.address), rect)) {
        throw new FakeExcelError('InvalidOperation', `A table cannot overlap table "${t.name}".`);
      }
    }
    let name = '';
    for (let n = 1; !name; n++) if (!this.tables.some((t) => same(t.name, `Table${n}`))) name = `Table${n}`;
    // Excel gives empty header cells a name: the header row is always text.
    if (hasHeaders) {
      for (let c = rect.col; c <= rect.lastCol; c++) {
        const key = `${rect.row},${c}`;
        if (!sheet.cells.has(key)) sheet.cells.set(key, { value: `Column${c - rect.col + 1}` });
      }
    }
    const table = {
      name,
      sheetId: sheet.id,
      address: rectAddress(rect),
      hasHeaders,
      style: 'TableStyleMedium2',
      showFilterButton: true,
    };
    this.tables.push(table);
    return table;
  }

  nameFormula(n: FakeName): string {
    if (n.sheetId === undefined) return n.formula;
    const sheet = this.sheets.find((s) => s.id === n.sheetId);
    return sheet ? `=${quoteSheet(sheet.name)}!${n.address}` : '=#REF!';
  }

  /** Excel refuses to change a locked cell of a protected sheet. */
  checkWritable(sheet: FakeSheet, rect: Rect): void {
    if (!sheet.protection.protected) return;
    const lockAt = settingsIn(sheet, 'protection.locked', rect);
    for (let r = rect.row; r <= rect.lastRow; r++) {
      for (let c = rect.col; c <= rect.lastCol; c++) {
        const lock = lockAt(r, c);
        if (lock ? lock.value : true) {
          throw new FakeExcelError(
            'AccessDenied',
            `The cell ${columnLetter(c)}${r + 1} on "${sheet.name}" is protected (locked, and the sheet is protected).`,
          );
        }
      }
    }
  }

  writeValues(sheet: FakeSheet, rect: Rect, values: unknown, asFormulas = false): void {
    const rows = rect.lastRow - rect.row + 1;
    const cols = rect.lastCol - rect.col + 1;
    if (
      !Array.isArray(values) ||
      values.length !== rows ||
      values.some((r) => !Array.isArray(r) || r.length !== cols)
    ) {
      throw new FakeExcelError(
        'InvalidArgument',
        `The input array does not match the size of ${rectAddress(rect)} (${rows} x ${cols}).`,
      );
    }
    this.checkWritable(sheet, rect);
    values.forEach((row: unknown[], r) =>
      row.forEach((v, c) => {
        const key = `${rect.row + r},${rect.col + c}`;
        // Range.formulas stores "=…" as a formula as is; an apostrophe there is part of a formula's text.
        const cell = asFormulas && typeof v === 'string' && v.startsWith('=') ? { value: v, formula: v } : interpret(v);
        if (cell) sheet.cells.set(key, cell);
        else sheet.cells.delete(key);
      }),
    );
  }

  /**
   * Excel refuses format changes on a protected sheet unless its protection options allow them: column
   * widths with allowFormatColumns, row heights with allowFormatRows, anything else with allowFormatCells.
   */
  checkFormattable(sheet: FakeSheet, key: string): void {
    const { protected: isProtected, options = {} } = sheet.protection;
    if (!isProtected) return;
    const allowed =
      key === 'columnWidth'
        ? options.allowFormatColumns
        : key === 'rowHeight'
          ? options.allowFormatRows
          : options.allowFormatCells;
    if (!allowed) {
      throw new FakeExcelError('AccessDenied', `"${sheet.name}" is protected, so its formatting cannot be changed.`);
    }
  }

  setFormat(sheet: FakeSheet, address: string, key: string, value: unknown): void {
    this.checkFormattable(sheet, key);
    if (key === 'rowHeight' && !(typeof value === 'number' && value >= 0 && value <= EXCEL_LIMITS.maxRowHeight)) {
      throw new FakeExcelError(
        'InvalidArgument',
        `Row height ${String(value)} on "${sheet.name}"!${address} is outside Excel's 0 to ${EXCEL_LIMITS.maxRowHeight} points.`,
      );
    }
    const widest = EXCEL_LIMITS.maxColumnCharacters * POINTS_PER_CHARACTER;
    if (key === 'columnWidth' && !(typeof value === 'number' && value >= 0 && value <= widest)) {
      throw new FakeExcelError(
        'InvalidArgument',
        `Column width ${String(value)} on "${sheet.name}"!${address} is wider than Excel's ${EXCEL_LIMITS.maxColumnCharacters} characters.`,
      );
    }
    const at = normalizeAddress(address);
    // Set on the address's own record: copying it for each of a range's dozen properties made garbage.
    const props = sheet.formats.get(at);
    if (props) props[key] = value;
    else sheet.formats.set(at, { [key]: value });
  }

  usedRect(sheet: FakeSheet): Rect | null {
    if (sheet.cells.size === 0) return null;
    let row = LAST_ROW;
    let col = LAST_COL;
    let lastRow = 0;
    let lastCol = 0;
    // Keys are "row,col", read digit by digit: splitting each key of a sheet's thousands of cells, at every
    // read of its used range, was much of the read tests' garbage (profiled).
    for (const key of sheet.cells.keys()) {
      let i = 0;
      let r = 0;
      for (; key.charCodeAt(i) !== COMMA; i++) r = r * 10 + key.charCodeAt(i) - ZERO;
      let c = 0;
      for (i++; i < key.length; i++) c = c * 10 + key.charCodeAt(i) - ZERO;
      if (r < row) row = r;
      if (r > lastRow) lastRow = r;
      if (c < col) col = c;
      if (c > lastCol) lastCol = c;
    }
    return { row, col, lastRow, lastCol };
  }

  grid(sheet: FakeSheet, rect: Rect): FakeValue[][] {
    const rows: FakeValue[][] = [];
    for (let r = rect.row; r <= rect.lastRow; r++) {
      const row: FakeValue[] = [];
      for (let c = rect.col; c <= rect.lastCol; c++) row.push(sheet.cells.get(`${r},${c}`)?.value ?? '');
      rows.push(row);
    }
    return rows;
  }
}

// ---------- queued operations ----------

export interface OpRecord {
  /** Id of the object the operation is on. */
  id: number;
  /** Readable path of that object, for test messages. */
  path: string;
  action: 'set' | 'call' | 'load' | 'trace';
  name: string;
  args: unknown[];
  /** Id of the object the call returns, if any. */
  result?: number;
}

/**
 * An operation waiting for the next sync. Its OpRecord is made only when wanted (kept in `operations`, or
 * named in an error): the measured flows send millions of operations and keep none (recordOperations).
 */
class QueuedOp {
  constructor(
    private readonly id: number,
    private readonly path: string,
    private readonly action: OpRecord['action'],
    private readonly name: string,
    private readonly args: unknown[],
    readonly run: () => void,
    private readonly result?: number,
  ) {}

  get record(): OpRecord {
    const { id, path, action, name, result } = this;
    const record: OpRecord = { id, path, action, name, args: this.args.map(jsonArg) };
    if (result !== undefined) record.result = result;
    return record;
  }
}

export interface SyncStat {
  ops: number;
  /** UTF-8 bytes of the JSON of the operations sent in this sync. */
  bytes: number;
}

export interface SeedSheet {
  name: string;
  /** Stored as literal values (strings stay text); null leaves a cell empty. */
  rows?: CellValue[][];
  visibility?: Visibility;
}

export interface FakeExcelOptions {
  /** Sheets of the starting workbook; default one empty "Sheet1", like a new workbook. */
  sheets?: SeedSheet[];
  /** Defined names already in the workbook. */
  names?: { name: string; formula: string }[];
  /** Tables already in the workbook. */
  tables?: { sheet: string; name: string; address: string }[];
  /** 1-based number of the sync to fail. */
  failOnSync?: number;
  /** 'error' (default) rejects; 'hang' never settles, like a lost connection. */
  failMode?: 'error' | 'hang';
  /** How many operations of the failing sync Excel applies before it fails (default 0). */
  failAfterOps?: number;
  /** The workbook's structure is protected (no sheet added, renamed, hidden or deleted). */
  protectedStructure?: boolean;
}

export class FakeExcel {
  readonly model = new FakeWorkbookModel();
  readonly workbook: FakeWorkbook;
  /** Every operation sent, in order, across all syncs (unless recordOperations is off). */
  readonly operations: OpRecord[] = [];
  /**
   * Whether `operations` keeps what was sent. The flows measured at a thousand workers (measure-flows.ts)
   * turn this off: the operations kept, with their values, were half the live heap, and garbage collection
   * a large share of those tests' time (profiled).
   */
  recordOperations = true;
  readonly syncs: SyncStat[] = [];
  private pending: QueuedOp[] = [];
  private lastId = 0;
  /** Trace messages run so far in the sync being applied. */
  private traces: string[] = [];

  constructor(private readonly options: FakeExcelOptions = {}) {
    for (const seed of options.sheets ?? [{ name: 'Sheet1' }]) {
      const sheet = this.model.addSheet(seed.name);
      sheet.visibility = seed.visibility ?? 'Visible';
      (seed.rows ?? []).forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== '') sheet.cells.set(`${r},${c}`, { value });
        }),
      );
    }
    for (const n of options.names ?? []) this.model.names.push({ ...n });
    for (const t of options.tables ?? []) {
      const sheet = this.sheet(t.sheet);
      this.model.tables.push({
        name: t.name,
        sheetId: sheet.id,
        address: normalizeAddress(t.address),
        hasHeaders: true,
        style: '',
        showFilterButton: true,
      });
    }
    this.model.structureProtected = options.protectedStructure ?? false;
    this.workbook = new FakeWorkbook(this, 'workbook');
  }

  /**
   * A new fake holding a copy of this workbook (its sheets, names, tables…), with no syncs or operations of
   * its own: for a file whose tests each change the same starting workbook, built once through Office.js.
   * `options` say how the copy fails (failOnSync…; read as its syncs run); its workbook is this one's.
   */
  copy(options: FakeExcelOptions = {}): FakeExcel {
    const copy = new FakeExcel(options);
    Object.assign(copy.model, structuredClone({ ...this.model }));
    return copy;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Largest single-sync payload so far, in bytes. */
  get maxSyncBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.bytes));
  }

  /** Operations queued and not yet synced. */
  get pendingOps(): number {
    return this.pending.length;
  }

  /** A sheet of the in-memory workbook, by name (ignoring case). */
  sheet(name: string): FakeSheet {
    const sheet = this.model.findSheet(name);
    if (!sheet)
      throw new Error(
        `The fake workbook has no sheet "${name}". It has: ${this.model.sheets.map((s) => s.name).join(', ')}`,
      );
    return sheet;
  }

  /** Applies what was queued. `bytes`: the real size of the request, as the host measured it. */
  async sync(bytes: number): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (this.recordOperations) this.operations.push(...batch.map((op) => op.record));
    this.syncs.push({ ops: batch.length, bytes });
    await Promise.resolve();
    this.traces = [];
    if (this.syncs.length === this.options.failOnSync) {
      if (this.options.failMode === 'hang') return new Promise<void>(() => undefined);
      batch.slice(0, this.options.failAfterOps ?? 0).forEach((op) => this.apply(op));
      const error = new FakeExcelError('GeneralException', `Simulated failure of sync ${this.syncs.length}.`);
      error.traceMessages = [...this.traces];
      throw error;
    }
    // Like Excel: applied in order, and an error stops the batch with the earlier steps kept.
    for (const op of batch) this.apply(op);
  }

  private apply(op: QueuedOp): void {
    try {
      op.run();
    } catch (e) {
      if (e instanceof FakeExcelError) {
        const { path, name } = op.record;
        const error = new FakeExcelError(e.code, `${e.message} (at ${path}.${name})`);
        error.traceMessages = [...this.traces];
        throw error;
      }
      throw e;
    }
  }

  /** Like RequestContext.trace: a message that comes back on the error if a later step of the sync fails. */
  trace(message: string): void {
    this._enqueue(new QueuedOp(0, 'context', 'trace', 'trace', [message], () => this.traces.push(message)));
  }

  /** @internal */
  _newId(): number {
    return ++this.lastId;
  }

  /** @internal */
  _enqueue(op: QueuedOp): void {
    this.pending.push(op);
  }
}

// ---------- proxies ----------

function jsonArg(arg: unknown): unknown {
  return arg instanceof FakeObject ? { ref: arg._id } : arg;
}

/** What `_snapshot` gives, while `_peek` asks, for a property the proxy does not have. */
const NO_PROPERTY = Symbol('no property');
let peeking = false;

/**
 * A proxy of the fake's API. Its loaded values and its child proxies (a range's format, a sheet's tables…)
 * are made when first used: most proxies the Office.js host makes are ranges that only get values or one
 * format written, and making every child of each one up front was a large share of the Office.js tests'
 * allocations and garbage collection (profiled).
 */
abstract class FakeObject {
  readonly _id: number;
  private _loadedValues: Map<string, unknown> | undefined;
  private _children: Record<string, FakeObject> | undefined;

  constructor(
    protected readonly _host: FakeExcel,
    readonly _path: string,
  ) {
    this._id = _host._newId();
  }

  protected get _loaded(): Map<string, unknown> {
    return (this._loadedValues ??= new Map());
  }

  /** The child proxy under `key`, made on first use. */
  protected _child<T extends FakeObject>(key: string, make: () => T): T {
    const children = (this._children ??= {});
    return (children[key] ??= make()) as T;
  }

  /** Queue a load of `props` ("a,b", ["a", "b"]; "items/x" on collections). */
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(','))
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter((p) => p !== '');
    const wanted = list.length > 0 ? list : this._allProps();
    this._queue('load', 'load', [wanted], () => {
      const isNull = this._isNull();
      for (const p of wanted) this._loaded.set(p, isNull ? null : this._snapshot(p));
    });
    return this;
  }

  protected _read<T>(prop: string): T {
    if (!this._loaded.has(prop)) {
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this._loaded.get(prop) as T;
  }

  protected _queue(
    action: OpRecord['action'],
    name: string,
    args: unknown[],
    run: () => void,
    result?: FakeObject,
  ): void {
    this._host._enqueue(new QueuedOp(this._id, this._path, action, name, args, run, result?._id));
  }

  protected _set(name: string, value: unknown, apply: () => void): void {
    this._queue('set', name, [value], apply);
  }

  protected _isNull(): boolean {
    return false;
  }

  protected _allProps(): string[] {
    return [];
  }

  protected _snapshot(prop: string): unknown {
    if (peeking) return NO_PROPERTY;
    throw new FakeExcelError('InvalidArgument', `The fake cannot load '${prop}' on ${this._path}.`);
  }

  /**
   * @internal The id Excel gives this object for the session (a sheet's "{3}", a conditional format's), by
   * which the library addresses it again; undefined where it has none or cannot be resolved. The Office.js
   * host asks every object it makes, and most are ranges and formats, which have none: asking each one's
   * `_snapshot` was a large share of that host's garbage (profiled).
   */
  _sessionId(): string | undefined {
    return undefined;
  }

  /** @internal `prop` as the workbook holds it now, or undefined where this proxy has no such property. */
  _peek(prop: string): unknown {
    peeking = true;
    try {
      const value = this._snapshot(prop);
      return value === NO_PROPERTY ? undefined : value;
    } finally {
      peeking = false;
    }
  }
}

export class FakeWorkbook extends FakeObject {
  readonly worksheets = new FakeWorksheetCollection(this._host, 'worksheets');
  readonly tables = new FakeTableCollection(this._host, 'tables');
  readonly names = new FakeNamedItemCollection(this._host, 'names');
  /** ExcelApi 1.10: a host on 1.9 has no comments; callers check the requirement set first. */
  readonly comments = new FakeCommentCollection(this._host, 'comments');
  /** Workbook structure protection (ExcelApi 1.7). */
  readonly protection = new FakeWorkbookProtection(this._host, 'protection');
}

export class FakeWorkbookProtection extends FakeObject {
  get protected(): boolean {
    return this._read('protected');
  }

  protected _allProps(): string[] {
    return ['protected'];
  }

  protected _snapshot(prop: string): unknown {
    return prop === 'protected' ? this._host.model.structureProtected : super._snapshot(prop);
  }

  protect(password?: string): void {
    this._queue('call', 'protect', [password], () => {
      this._host.model.structureProtected = true;
    });
  }

  unprotect(password?: string): void {
    this._queue('call', 'unprotect', [password], () => {
      this._host.model.structureProtected = false;
    });
  }
}

export class FakeCommentCollection extends FakeObject {
  add(cellAddress: FakeRange | string, content: string): FakeObject {
    const comment = new FakeComment(this._host, `comments.add()`);
    this._queue(
      'call',
      'add',
      [cellAddress, content],
      () => {
        const { sheet, rect } = resolveReference(this._host, cellAddress);
        if (rect.row !== rect.lastRow || rect.col !== rect.lastCol) {
          throw new FakeExcelError('InvalidArgument', 'A comment belongs to one cell.');
        }
        const address = rectAddress(rect);
        if (sheet.comments.some((c) => c.address === address)) {
          throw new FakeExcelError('InvalidOperation', `The cell ${address} already has a comment.`);
        }
        sheet.comments.push({ address, content });
      },
      comment,
    );
    return comment;
  }
}

class FakeComment extends FakeObject {}

/** A FakeRange, or a string like "'Sheet name'!B3", to the sheet and cells it stands for. */
function resolveReference(host: FakeExcel, reference: FakeRange | string): { sheet: FakeSheet; rect: Rect } {
  if (typeof reference !== 'string') return reference._target();
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference.replace(/^=/, ''));
  if (!match) throw new FakeExcelError('InvalidArgument', `"${reference}" needs a sheet name, e.g. Sheet1!A1.`);
  const name = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  const sheet = host.model.findSheet(name);
  if (!sheet) throw new FakeExcelError('ItemNotFound', `There is no sheet "${name}".`);
  return { sheet, rect: parseAddress(match[3]) };
}

export class FakeWorksheetCollection extends FakeObject {
  get items(): FakeWorksheet[] {
    return this._read('items');
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? 'name').split(',')).map((p) =>
      p.trim().replace(/^items\//, ''),
    );
    this._queue('load', 'load', [list], () => {
      this._loaded.set(
        'items',
        this._host.model.sheets.map((s) => {
          const ws = new FakeWorksheet(this._host, `worksheets[${s.id}]`, false);
          ws._bind(s);
          ws._fill(list);
          return ws;
        }),
      );
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this._host, `worksheets.add(${JSON.stringify(name ?? '')})`, false);
    this._queue('call', 'add', [name], () => ws._bind(this._host.model.addSheet(name)), ws);
    return ws;
  }

  getItem(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this._host, `worksheets.getItem(${JSON.stringify(key)})`, false);
    this._queue(
      'call',
      'getItem',
      [key],
      () => {
        const sheet = this._host.model.findSheet(key);
        if (!sheet) throw new FakeExcelError('ItemNotFound', `There is no sheet "${key}".`);
        ws._bind(sheet);
      },
      ws,
    );
    return ws;
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this._host, `worksheets.getItemOrNullObject(${JSON.stringify(key)})`, true);
    this._queue('call', 'getItemOrNullObject', [key], () => ws._bind(this._host.model.findSheet(key) ?? null), ws);
    return ws;
  }

  getActiveWorksheet(): FakeWorksheet {
    const ws = new FakeWorksheet(this._host, 'worksheets.getActiveWorksheet()', false);
    this._queue(
      'call',
      'getActiveWorksheet',
      [],
      () => ws._bind(this._host.model.sheets.find((s) => s.id === this._host.model.activeSheetId) ?? null),
      ws,
    );
    return ws;
  }
}

export class FakeWorksheet extends FakeObject {
  private sheet: FakeSheet | null | undefined;
  get freezePanes(): FakeFreezePanes {
    return this._child('freezePanes', () => new FakeFreezePanes(this._host, `${this._path}.freezePanes`, this));
  }
  get tables(): FakeWorksheetTables {
    return this._child('tables', () => new FakeWorksheetTables(this._host, `${this._path}.tables`, this));
  }
  get pageLayout(): FakePageLayoutObject {
    return this._child('pageLayout', () => new FakePageLayoutObject(this._host, `${this._path}.pageLayout`, this));
  }
  get protection(): FakeWorksheetProtection {
    return this._child('protection', () => new FakeWorksheetProtection(this._host, `${this._path}.protection`, this));
  }
  /** Names scoped to this sheet (ExcelApi 1.4). */
  get names(): FakeNamedItemCollection {
    return this._child('names', () => new FakeNamedItemCollection(this._host, `${this._path}.names`, this));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return this._child(
      'horizontalPageBreaks',
      () => new FakePageBreakCollection(this._host, `${this._path}.horizontalPageBreaks`, this),
    );
  }
  get charts(): FakeChartCollection {
    return this._child('charts', () => new FakeChartCollection(this._host, `${this._path}.charts`, this));
  }
  /** Drawing objects (ExcelApi 1.9): only charts are modelled, as the shapes that carry their alt text. */
  get shapes(): FakeShapeCollection {
    return this._child('shapes', () => new FakeShapeCollection(this._host, `${this._path}.shapes`, this));
  }

  constructor(
    host: FakeExcel,
    path: string,
    private readonly nullable: boolean,
  ) {
    super(host, path);
  }

  /** @internal Called when the operation that made this proxy runs. */
  _bind(sheet: FakeSheet | null): void {
    this.sheet = sheet;
    if (this.nullable) this._loaded.set('isNullObject', sheet === null);
  }

  /** @internal */
  _fill(props: string[]): void {
    for (const p of props) this._loaded.set(p, this._snapshot(p));
  }

  /** @internal The sheet this proxy stands for, while a sync runs. */
  _target(): FakeSheet {
    if (this.sheet === undefined)
      throw new FakeExcelError('GeneralException', `${this._path} was used before it was resolved.`);
    if (this.sheet === null || this.sheet.deleted)
      throw new FakeExcelError('ItemNotFound', `${this._path} does not exist.`);
    return this.sheet;
  }

  /** @internal */
  _targetOrNull(): FakeSheet | null {
    return this.sheet ?? null;
  }

  protected _isNull(): boolean {
    return this.sheet === null;
  }

  /** @internal */
  _sessionId(): string | undefined {
    return this.sheet && !this.sheet.deleted ? `{${this.sheet.id}}` : undefined;
  }

  get isNullObject(): boolean {
    return this.nullable ? this._read('isNullObject') : false;
  }

  get name(): string {
    return this._read('name');
  }
  set name(v: string) {
    this._set('name', v, () => this._host.model.renameSheet(this._target(), v));
  }

  get visibility(): Visibility {
    return this._read('visibility');
  }
  set visibility(v: Visibility) {
    this._set('visibility', v, () => this._host.model.setVisibility(this._target(), v));
  }

  get tabColor(): string {
    return this._read('tabColor');
  }
  set tabColor(v: string) {
    this._set('tabColor', v, () => {
      this._target().tabColor = v;
    });
  }

  get position(): number {
    return this._read('position');
  }

  protected _allProps(): string[] {
    return ['name', 'visibility', 'tabColor', 'position'];
  }

  protected _snapshot(prop: string): unknown {
    const sheet = this._target();
    switch (prop) {
      case 'name':
        return sheet.name;
      case 'visibility':
        return sheet.visibility;
      case 'tabColor':
        return sheet.tabColor;
      case 'position':
        return this._host.model.sheets.indexOf(sheet);
      case 'id':
        return `{${sheet.id}}`;
      default:
        return super._snapshot(prop);
    }
  }

  getRange(address?: string): FakeRange {
    const at = address ?? 'A1:XFD1048576';
    const range = new FakeRange(this._host, `${this._path}.getRange(${JSON.stringify(at)})`, false);
    this._queue(
      'call',
      'getRange',
      [address],
      () => range._bind({ sheet: this._target(), rect: parseAddress(at) }),
      range,
    );
    return range;
  }

  /**
   * Several ranges of the sheet, "A1:B2,D4:E5" (ExcelApi 1.9). Excel refuses some addresses of about 8,200
   * characters (OfficeDev/office-js#5198) and documents no limit; the fake refuses from 8,000.
   */
  getRanges(address: string): FakeRangeAreas {
    const areas = new FakeRangeAreas(this._host, `${this._path}.getRanges(${JSON.stringify(address)})`);
    this._queue(
      'call',
      'getRanges',
      [address],
      () => {
        if (address.length >= 8000) {
          throw new FakeExcelError(
            'InvalidArgument',
            `A RangeAreas address of ${address.length} characters is too long.`,
          );
        }
        const sheet = this._target();
        areas._bind(address.split(',').map((a) => ({ sheet, address: rectAddress(parseAddress(a.trim())) })));
      },
      areas,
    );
    return areas;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.usedRange(true, valuesOnly);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.usedRange(false, valuesOnly);
  }

  private usedRange(orNull: boolean, valuesOnly?: boolean): FakeRange {
    const name = orNull ? 'getUsedRangeOrNullObject' : 'getUsedRange';
    const range = new FakeRange(this._host, `${this._path}.${name}()`, orNull);
    this._queue(
      'call',
      name,
      [valuesOnly],
      () => {
        const sheet = orNull ? this._targetOrNull() : this._target();
        const rect = sheet && this._host.model.usedRect(sheet);
        if (sheet && (rect || !orNull)) range._bind({ sheet, rect: rect ?? parseAddress('A1') });
        else range._bind(null);
      },
      range,
    );
    return range;
  }

  delete(): void {
    this._queue('call', 'delete', [], () => this._host.model.deleteSheet(this._target()));
  }

  activate(): void {
    this._queue('call', 'activate', [], () => {
      const sheet = this._target();
      if (sheet.visibility !== 'Visible') {
        throw new FakeExcelError(
          'InvalidOperation',
          `"${sheet.name}" is hidden, so it cannot be made the active sheet.`,
        );
      }
      this._host.model.activeSheetId = sheet.id;
    });
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

/** What a Range and a RangeAreas share: their format and data validation, over the areas they stand for. */
abstract class FakeCellsObject extends FakeObject implements FakeCells {
  get format(): FakeRangeFormat {
    return this._child('format', () => new FakeRangeFormat(this._host, `${this._path}.format`, this, ''));
  }
  get dataValidation(): FakeDataValidation {
    return this._child(
      'dataValidation',
      () => new FakeDataValidation(this._host, `${this._path}.dataValidation`, this),
    );
  }

  abstract _areas(): CellsArea[];
}

export class FakeRange extends FakeCellsObject {
  private target: RangeTarget | null | undefined;
  /** The target's address, made once: every format set and read asks for it (profiled). */
  private addressText: string | undefined;
  /** Conditional formats that overlap this range (ExcelApi 1.6). */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child(
      'conditionalFormats',
      () => new FakeConditionalFormatCollection(this._host, `${this._path}.conditionalFormats`, this),
    );
  }

  constructor(
    host: FakeExcel,
    path: string,
    private readonly nullable: boolean,
  ) {
    super(host, path);
  }

  /** @internal */
  _bind(target: RangeTarget | null): void {
    this.target = target;
    this.addressText = undefined;
    if (this.nullable) this._loaded.set('isNullObject', target === null);
  }

  /** @internal */
  _target(): RangeTarget {
    if (this.target === undefined)
      throw new FakeExcelError('GeneralException', `${this._path} was used before it was resolved.`);
    if (this.target === null || this.target.sheet.deleted)
      throw new FakeExcelError('ItemNotFound', `${this._path} does not exist.`);
    return this.target;
  }

  /** @internal Normalised address without the sheet, e.g. "A1:G80". */
  _address(): string {
    const { rect } = this._target();
    return (this.addressText ??= rectAddress(rect));
  }

  /** @internal This range as the one area of the cells a format or validation sets. */
  _areas(): CellsArea[] {
    return [{ sheet: this._target().sheet, address: this._address() }];
  }

  protected _isNull(): boolean {
    return this.target === null;
  }

  get isNullObject(): boolean {
    return this.nullable ? this._read('isNullObject') : false;
  }

  get values(): FakeValue[][] {
    return this._read('values');
  }
  set values(v: unknown[][]) {
    this._set('values', v, () => {
      const t = this._target();
      this._host.model.writeValues(t.sheet, t.rect, v);
    });
  }

  get formulas(): FakeValue[][] {
    return this._read('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set('formulas', v, () => {
      const t = this._target();
      this._host.model.writeValues(t.sheet, t.rect, v, true);
    });
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this._read('hyperlink');
  }
  set hyperlink(v: Excel.RangeHyperlink) {
    this._set('hyperlink', v, () => {
      const { sheet } = this._target();
      if (v.documentReference) resolveReference(this._host, v.documentReference);
      this._host.model.checkWritable(sheet, this._target().rect);
      sheet.links.set(this._address(), { ...v });
    });
  }

  /**
   * Only "Values" is modelled. Like Excel, a one-cell target takes the source's size. The fake does not
   * calculate, so copying the value of a formula is refused rather than faked.
   */
  copyFrom(source: FakeRange | string, copyType: string = 'All'): void {
    this._queue('call', 'copyFrom', [source, copyType], () => {
      if (copyType !== 'Values') throw new FakeExcelError('InvalidArgument', `The fake models copyFrom "Values" only.`);
      const from = resolveReference(this._host, source);
      const to = this._target();
      const rows = from.rect.lastRow - from.rect.row;
      const cols = from.rect.lastCol - from.rect.col;
      const rect = { row: to.rect.row, col: to.rect.col, lastRow: to.rect.row + rows, lastCol: to.rect.col + cols };
      this._host.model.checkWritable(to.sheet, rect);
      for (let r = 0; r <= rows; r++) {
        for (let c = 0; c <= cols; c++) {
          const cell = from.sheet.cells.get(`${from.rect.row + r},${from.rect.col + c}`);
          if (cell?.formula) {
            throw new FakeExcelError('NotImplemented', `The fake cannot copy the calculated value of ${cell.formula}.`);
          }
          const key = `${rect.row + r},${rect.col + c}`;
          if (cell) to.sheet.cells.set(key, { ...cell });
          else to.sheet.cells.delete(key);
        }
      }
    });
  }

  get numberFormat(): unknown[][] {
    return this._read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._set('numberFormat', v, () => {
      const { sheet, rect } = this._target();
      const rows = rect.lastRow - rect.row + 1;
      const cols = rect.lastCol - rect.col + 1;
      if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw new FakeExcelError('InvalidArgument', `numberFormat does not match the size of ${rectAddress(rect)}.`);
      }
      const flat = v.flat();
      // Stored once when every cell gets the same format, as the tests read it.
      this._host.model.setFormat(
        sheet,
        this._address(),
        'numberFormat',
        flat.every((f) => f === flat[0]) ? flat[0] : v,
      );
    });
  }

  get address(): string {
    return this._read('address');
  }
  get rowIndex(): number {
    return this._read('rowIndex');
  }
  get columnIndex(): number {
    return this._read('columnIndex');
  }
  get rowCount(): number {
    return this._read('rowCount');
  }
  get columnCount(): number {
    return this._read('columnCount');
  }

  protected _allProps(): string[] {
    return ['address', 'values', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
  }

  protected _snapshot(prop: string): unknown {
    const { sheet, rect } = this._target();
    switch (prop) {
      case 'values':
        return this._host.model.grid(sheet, rect);
      case 'address':
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'rowCount':
        return rect.lastRow - rect.row + 1;
      case 'columnCount':
        return rect.lastCol - rect.col + 1;
      case 'numberFormat':
        return this.cellNumberFormats(sheet, rect);
      case 'formulas':
        return this._host.model
          .grid(sheet, rect)
          .map((row, r) => row.map((value, c) => sheet.cells.get(`${rect.row + r},${rect.col + c}`)?.formula ?? value));
      case 'hyperlink':
        return sheet.links.get(this._address()) ?? null;
      default:
        return super._snapshot(prop);
    }
  }

  /** Like Excel: one format per cell, from the latest setting that covers it ("General" when none does). */
  private cellNumberFormats(sheet: FakeSheet, rect: Rect): unknown[][] {
    const settingAt = settingsIn(sheet, 'numberFormat', rect);
    const rows: unknown[][] = [];
    for (let r = rect.row; r <= rect.lastRow; r++) {
      const row: unknown[] = [];
      for (let c = rect.col; c <= rect.lastCol; c++) {
        const setting = settingAt(r, c);
        const set = setting ? setting.value : 'General';
        row.push(Array.isArray(set) ? (set as unknown[][])[r - setting!.at.row][c - setting!.at.col] : set);
      }
      rows.push(row);
    }
    return rows;
  }

  /**
   * Per-cell properties (ExcelApi 1.9). Modelled: `hyperlink` and `format.protection.locked` (cells are
   * locked unless set otherwise, as in Excel).
   */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>(`${this._path}.getCellProperties()`);
    this._queue('call', 'getCellProperties', [options], () => {
      const { sheet, rect } = this._target();
      const unknown = Object.keys(options).filter((k) => k !== 'hyperlink' && k !== 'format' && k !== 'address');
      const formatKeys = Object.keys(options.format ?? {}).filter((k) => k !== 'protection');
      if (unknown.length + formatKeys.length > 0) {
        throw new FakeExcelError(
          'NotImplemented',
          `The fake cannot get cell properties ${[...unknown, ...formatKeys]}.`,
        );
      }
      const lockAt = options.format?.protection ? settingsIn(sheet, 'protection.locked', rect) : undefined;
      const rows: Excel.CellProperties[][] = [];
      for (let r = rect.row; r <= rect.lastRow; r++) {
        const row: Excel.CellProperties[] = [];
        for (let c = rect.col; c <= rect.lastCol; c++) {
          const cell: Excel.CellProperties = {};
          // The cell's address only where it is asked for, or where a link may be found by it.
          const address =
            options.address || (options.hyperlink && sheet.links.size > 0) ? `${columnLetter(c)}${r + 1}` : '';
          if (options.address) cell.address = `${quoteSheet(sheet.name)}!${address}`;
          if (options.hyperlink) {
            const link = sheet.links.get(address);
            if (link) cell.hyperlink = { ...link };
          }
          if (lockAt) {
            const locked = lockAt(r, c)?.value;
            cell.format = { protection: { locked: locked === undefined ? true : (locked as boolean) } };
          }
          row.push(cell);
        }
        rows.push(row);
      }
      result._set(rows);
    });
    return result;
  }

  /** Row `row` (0-based) of this range. Microsoft's library writes large arrays in slices made with it. */
  getRow(row: number): FakeRange {
    const range = new FakeRange(this._host, `${this._path}.getRow(${row})`, false);
    this._queue(
      'call',
      'getRow',
      [row],
      () => {
        const { sheet, rect } = this._target();
        range._bind({ sheet, rect: { ...rect, row: rect.row + row, lastRow: rect.row + row } });
      },
      range,
    );
    return range;
  }

  /** The smallest range holding this one and `other` (both on the same sheet). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    const range = new FakeRange(this._host, `${this._path}.getBoundingRect()`, false);
    this._queue(
      'call',
      'getBoundingRect',
      [other],
      () => {
        const { sheet, rect } = this._target();
        const b = typeof other === 'string' ? parseAddress(other) : other._target().rect;
        range._bind({
          sheet,
          rect: {
            row: Math.min(rect.row, b.row),
            col: Math.min(rect.col, b.col),
            lastRow: Math.max(rect.lastRow, b.lastRow),
            lastCol: Math.max(rect.lastCol, b.lastCol),
          },
        });
      },
      range,
    );
    return range;
  }

  /** Selects the range and makes its sheet the active one; Excel cannot select on a hidden sheet. */
  select(): void {
    this._queue('call', 'select', [], () => {
      const { sheet } = this._target();
      if (sheet.visibility !== 'Visible') {
        throw new FakeExcelError('InvalidOperation', `"${sheet.name}" is hidden, so nothing on it can be selected.`);
      }
      this._host.model.activeSheetId = sheet.id;
      this._host.model.selection = { sheet: sheet.name, address: this._address() };
    });
  }

  merge(across = false): void {
    this._queue('call', 'merge', [across], () => {
      const { sheet, rect } = this._target();
      this._host.model.checkUnprotected(sheet, 'merged cells');
      if (across) {
        for (let r = rect.row; r <= rect.lastRow; r++) sheet.merges.push(rectAddress({ ...rect, row: r, lastRow: r }));
      } else {
        sheet.merges.push(rectAddress(rect));
      }
    });
  }
}

/** One rectangle of the cells a format or validation sets: its sheet and normalised address. */
interface CellsArea {
  sheet: FakeSheet;
  address: string;
}

/** What formats and validations are set on: a range, or the ranges of a RangeAreas. */
interface FakeCells {
  _areas(): CellsArea[];
}

/** The value the areas agree on, or null where they differ (as Excel reads a RangeAreas' properties). */
function agreed(values: unknown[]): unknown {
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}

/**
 * Several ranges of one sheet (ExcelApi 1.9): their format and data validation, set on each range as if set
 * on it alone. Each range's settings are kept under its own address, as a Range's are.
 */
export class FakeRangeAreas extends FakeCellsObject {
  private areas: CellsArea[] | undefined;

  /** @internal */
  _bind(areas: CellsArea[]): void {
    this.areas = areas;
  }

  /** @internal */
  _areas(): CellsArea[] {
    if (!this.areas) throw new FakeExcelError('GeneralException', `${this._path} was used before it was resolved.`);
    if (this.areas.some((a) => a.sheet.deleted))
      throw new FakeExcelError('ItemNotFound', `${this._path} does not exist.`);
    return this.areas;
  }
}

/** Format objects store their properties under "<prefix><name>" for the range's address. */
abstract class FakeFormatPart extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    protected readonly _range: FakeCells,
    private readonly prefix: string,
  ) {
    super(host, path);
  }

  protected _setFormat(key: string, value: unknown): void {
    this._set(key, value, () => {
      for (const { sheet, address } of this._range._areas()) {
        this._host.model.setFormat(sheet, address, this.prefix + key, value);
      }
    });
  }

  /** As Excel reads a RangeAreas: the value where all its ranges agree, otherwise null. */
  protected _snapshot(key: string): unknown {
    return agreed(
      this._range._areas().map(({ sheet, address }) => sheet.formats.get(address)?.[this.prefix + key] ?? null),
    );
  }
}

export class FakeRangeFormat extends FakeFormatPart {
  get font(): FakeRangeFont {
    return this._child('font', () => new FakeRangeFont(this._host, `${this._path}.font`, this._range, 'font.'));
  }
  get fill(): FakeRangeFill {
    return this._child('fill', () => new FakeRangeFill(this._host, `${this._path}.fill`, this._range, 'fill.'));
  }
  get borders(): FakeRangeBorders {
    return this._child('borders', () => new FakeRangeBorders(this._host, `${this._path}.borders`, this._range));
  }
  get protection(): FakeFormatProtection {
    return this._child(
      'protection',
      () => new FakeFormatProtection(this._host, `${this._path}.protection`, this._range, 'protection.'),
    );
  }

  get wrapText(): boolean {
    return this._read('wrapText');
  }
  set wrapText(v: boolean) {
    this._setFormat('wrapText', v);
  }
  get horizontalAlignment(): string {
    return this._read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this._setFormat('horizontalAlignment', v);
  }
  get verticalAlignment(): string {
    return this._read('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this._setFormat('verticalAlignment', v);
  }
  get columnWidth(): number {
    return this._read('columnWidth');
  }
  set columnWidth(v: number) {
    this._setFormat('columnWidth', v);
  }
  get rowHeight(): number {
    return this._read('rowHeight');
  }
  set rowHeight(v: number) {
    this._setFormat('rowHeight', v);
  }
}

export class FakeRangeFont extends FakeFormatPart {
  get bold(): boolean {
    return this._read('bold');
  }
  set bold(v: boolean) {
    this._setFormat('bold', v);
  }
  get italic(): boolean {
    return this._read('italic');
  }
  set italic(v: boolean) {
    this._setFormat('italic', v);
  }
  get size(): number {
    return this._read('size');
  }
  set size(v: number) {
    this._setFormat('size', v);
  }
  get color(): string {
    return this._read('color');
  }
  set color(v: string) {
    this._setFormat('color', v);
  }
  get name(): string {
    return this._read('name');
  }
  set name(v: string) {
    this._setFormat('name', v);
  }
}

export class FakeRangeFill extends FakeFormatPart {
  get color(): string {
    return this._read('color');
  }
  set color(v: string) {
    this._setFormat('color', v);
  }
}

export class FakeFormatProtection extends FakeFormatPart {
  get locked(): boolean {
    return this._read('locked');
  }
  set locked(v: boolean) {
    this._setFormat('locked', v);
  }
}

export class FakeRangeBorders extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly range: FakeCells,
  ) {
    super(host, path);
  }

  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(
      this._host,
      `${this._path}.getItem(${JSON.stringify(index)})`,
      this.range,
      `borders.${index}.`,
    );
  }
}

export class FakeRangeBorder extends FakeFormatPart {
  get style(): string {
    return this._read('style');
  }
  set style(v: string) {
    this._setFormat('style', v);
  }
  get weight(): string {
    return this._read('weight');
  }
  set weight(v: string) {
    this._setFormat('weight', v);
  }
  get color(): string {
    return this._read('color');
  }
  set color(v: string) {
    this._setFormat('color', v);
  }
}

export class FakeDataValidation extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly range: FakeCells,
  ) {
    super(host, path);
  }

  /** The validation of each of the ranges, made where there is none. */
  private entries(): FakeValidation[] {
    return this.range._areas().map(({ sheet, address }) => {
      this._host.model.checkUnprotected(sheet, 'data validation');
      let entry = sheet.validations.find((v) => v.address === address);
      if (!entry) sheet.validations.push((entry = { address }));
      return entry;
    });
  }

  get type(): string {
    return this._read('type');
  }
  get rule(): Excel.DataValidationRule {
    return this._read('rule');
  }
  set rule(v: Excel.DataValidationRule) {
    this._set('rule', v, () => {
      const kinds = Object.keys(v).filter((k) => v[k as keyof Excel.DataValidationRule] !== undefined);
      if (kinds.length !== 1) {
        throw new FakeExcelError(
          'InvalidArgument',
          `A validation rule has exactly one kind; got ${kinds.join(', ') || 'none'}.`,
        );
      }
      const source = v.list?.source;
      // "=…" is a reference to cells holding the list; only a typed-in list has the 255-character limit.
      if (typeof source === 'string' && !source.startsWith('=') && source.length > 255) {
        throw new FakeExcelError('InvalidArgument', 'A list validation source typed in may be at most 255 characters.');
      }
      if (typeof source === 'string' && source.startsWith('=')) resolveReference(this._host, source);
      for (const entry of this.entries()) entry.rule = v;
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._read('errorAlert');
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this._set('errorAlert', v, () => {
      if ((v.message ?? '').length > 255)
        throw new FakeExcelError('InvalidArgument', 'An error message may be at most 255 characters.');
      for (const entry of this.entries()) entry.errorAlert = v;
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this._read('prompt');
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this._set('prompt', v, () => {
      for (const entry of this.entries()) entry.prompt = v;
    });
  }

  protected _snapshot(prop: string): unknown {
    if (!['rule', 'prompt', 'errorAlert', 'type'].includes(prop)) return super._snapshot(prop);
    return agreed(
      this.range._areas().map(({ sheet, address }) => {
        const found = sheet.validations.find((v) => v.address === address);
        if (prop === 'rule') return found?.rule ?? {};
        if (prop === 'prompt') return found?.prompt ?? null;
        if (prop === 'errorAlert') return found?.errorAlert ?? null;
        const rule = found?.rule;
        return rule?.list ? 'List' : rule?.wholeNumber ? 'WholeNumber' : rule?.date ? 'Date' : 'None';
      }),
    );
  }
}

export class FakeFreezePanes extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host, path);
  }

  private freeze(rows: number, columns: number): void {
    this.worksheet._target().freeze = rows || columns ? { rows, columns } : null;
  }

  freezeRows(count = 1): void {
    this._queue('call', 'freezeRows', [count], () => this.freeze(count, 0));
  }

  freezeColumns(count = 1): void {
    this._queue('call', 'freezeColumns', [count], () => this.freeze(0, count));
  }

  freezeAt(frozenRange: FakeRange | string): void {
    this._queue('call', 'freezeAt', [frozenRange], () => {
      const rect = typeof frozenRange === 'string' ? parseAddress(frozenRange) : frozenRange._target().rect;
      this.freeze(rect.lastRow + 1, rect.lastCol + 1);
    });
  }

  unfreeze(): void {
    this._queue('call', 'unfreeze', [], () => this.freeze(0, 0));
  }
}

export class FakeTable extends FakeObject {
  private table: FakeTableRecord | undefined;

  /** @internal */
  _bind(table: FakeTableRecord): void {
    this.table = table;
  }

  /** @internal */
  _fill(props: string[]): void {
    for (const p of props) this._loaded.set(p, this._snapshot(p));
  }

  private target(): FakeTableRecord {
    if (!this.table) throw new FakeExcelError('ItemNotFound', `${this._path} does not exist.`);
    return this.table;
  }

  get name(): string {
    return this._read('name');
  }
  set name(v: string) {
    this._set('name', v, () => {
      const table = this.target();
      this._host.model.checkNewName(v, table);
      table.name = v;
    });
  }

  get style(): string {
    return this._read('style');
  }
  set style(v: string) {
    this._set('style', v, () => {
      this.target().style = v;
    });
  }

  get showFilterButton(): boolean {
    return this._read('showFilterButton');
  }
  set showFilterButton(v: boolean) {
    this._set('showFilterButton', v, () => {
      this.target().showFilterButton = v;
    });
  }

  protected _allProps(): string[] {
    return ['name', 'style', 'showFilterButton'];
  }

  protected _snapshot(prop: string): unknown {
    const table = this.target();
    if (prop === 'name' || prop === 'style' || prop === 'showFilterButton') return table[prop];
    return super._snapshot(prop);
  }
}

export class FakeWorksheetTables extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host, path);
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    const table = new FakeTable(this._host, `${this._path}.add()`);
    this._queue(
      'call',
      'add',
      [address, hasHeaders],
      () => {
        const sheet = this.worksheet._target();
        const rect = typeof address === 'string' ? parseAddress(address) : address._target().rect;
        table._bind(this._host.model.addTable(sheet, rect, hasHeaders));
      },
      table,
    );
    return table;
  }
}

export class FakeTableCollection extends FakeObject {
  get items(): FakeTable[] {
    return this._read('items');
  }

  load(props?: string | string[]): this {
    this._queue('load', 'load', [props], () => {
      this._loaded.set(
        'items',
        this._host.model.tables.map((t) => this.proxy(t)),
      );
    });
    return this;
  }

  getItem(key: string): FakeTable {
    const table = new FakeTable(this._host, `tables.getItem(${JSON.stringify(key)})`);
    this._queue(
      'call',
      'getItem',
      [key],
      () => {
        const found = this._host.model.tables.find((t) => same(t.name, key));
        if (!found) throw new FakeExcelError('ItemNotFound', `There is no table "${key}".`);
        table._bind(found);
      },
      table,
    );
    return table;
  }

  private proxy(t: FakeTableRecord): FakeTable {
    const table = new FakeTable(this._host, `tables[${t.name}]`);
    table._bind(t);
    table._fill(['name', 'style', 'showFilterButton']);
    return table;
  }
}

export class FakeNamedItem extends FakeObject {
  private item: FakeName | null | undefined;

  constructor(
    host: FakeExcel,
    path: string,
    private readonly nullable: boolean,
  ) {
    super(host, path);
  }

  /** @internal */
  _bind(item: FakeName | null): void {
    this.item = item;
    if (this.nullable) this._loaded.set('isNullObject', item === null);
  }

  /** @internal */
  _fill(props: string[]): void {
    for (const p of props) this._loaded.set(p, this._snapshot(p));
  }

  private target(): FakeName {
    if (!this.item) throw new FakeExcelError('ItemNotFound', `${this._path} does not exist.`);
    return this.item;
  }

  protected _isNull(): boolean {
    return this.item === null;
  }

  get isNullObject(): boolean {
    return this.nullable ? this._read('isNullObject') : false;
  }
  get name(): string {
    return this._read('name');
  }
  get formula(): string {
    return this._read('formula');
  }

  get scope(): 'Worksheet' | 'Workbook' {
    return this._read('scope');
  }

  protected _allProps(): string[] {
    return ['name', 'formula', 'scope'];
  }

  protected _snapshot(prop: string): unknown {
    const item = this.target();
    if (prop === 'name') return item.name;
    if (prop === 'formula') return this._host.model.nameFormula(item);
    if (prop === 'scope') return item.scopeSheetId === undefined ? 'Workbook' : 'Worksheet';
    return super._snapshot(prop);
  }

  /** The range the name refers to (ExcelApi 1.4); a name holding a formula or #REF! has none. */
  getRange(): FakeRange {
    const range = new FakeRange(this._host, `${this._path}.getRange()`, false);
    this._queue(
      'call',
      'getRange',
      [],
      () => {
        const item = this.target();
        const sheet = this._host.model.sheets.find((s) => s.id === item.sheetId);
        if (!sheet || !item.address) {
          throw new FakeExcelError('InvalidArgument', `The name "${item.name}" does not refer to a range.`);
        }
        range._bind({ sheet, rect: parseAddress(item.address) });
      },
      range,
    );
    return range;
  }

  delete(): void {
    this._queue('call', 'delete', [], () => {
      const names = this._host.model.names;
      names.splice(names.indexOf(this.target()), 1);
    });
  }
}

/** `workbook.names` (workbook-scoped names) or `worksheet.names` (that sheet's own names). */
export class FakeNamedItemCollection extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet?: FakeWorksheet,
  ) {
    super(host, path);
  }

  /** Sheet id of this collection's scope while a sync runs; undefined for the workbook. */
  private scopeId(): number | undefined {
    return this.worksheet?._target().id;
  }

  private inScope(): FakeName[] {
    const scope = this.scopeId();
    return this._host.model.names.filter((n) => n.scopeSheetId === scope);
  }

  get items(): FakeNamedItem[] {
    return this._read('items');
  }

  load(props?: string | string[]): this {
    this._queue('load', 'load', [props], () => {
      this._loaded.set(
        'items',
        this.inScope().map((n) => {
          const item = new FakeNamedItem(this._host, `names[${n.name}]`, false);
          item._bind(n);
          item._fill(['name', 'formula', 'scope']);
          return item;
        }),
      );
    });
    return this;
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const item = new FakeNamedItem(this._host, `names.add(${JSON.stringify(name)})`, false);
    this._queue(
      'call',
      'add',
      [name, reference, comment],
      () => {
        const scopeSheetId = this.scopeId();
        this._host.model.checkNewName(name, undefined, scopeSheetId);
        if (typeof reference !== 'string') this._host.model.checkUnprotected(reference._target().sheet, 'a name');
        const added: FakeName =
          typeof reference === 'string'
            ? { name, formula: reference.startsWith('=') ? reference : `=${reference}` }
            : { name, formula: '', sheetId: reference._target().sheet.id, address: reference._address() };
        if (scopeSheetId !== undefined) added.scopeSheetId = scopeSheetId;
        this._host.model.names.push(added);
        item._bind(added);
      },
      item,
    );
    return item;
  }

  getItem(name: string): FakeNamedItem {
    return this.find(name, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.find(name, true);
  }

  private find(name: string, orNull: boolean): FakeNamedItem {
    const method = orNull ? 'getItemOrNullObject' : 'getItem';
    const item = new FakeNamedItem(this._host, `names.${method}(${JSON.stringify(name)})`, orNull);
    this._queue(
      'call',
      method,
      [name],
      () => {
        const found = this.inScope().find((n) => same(n.name, name)) ?? null;
        if (!found && !orNull) throw new FakeExcelError('ItemNotFound', `There is no name "${name}".`);
        item._bind(found);
      },
      item,
    );
    return item;
  }
}

export class FakePageBreakCollection extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host, path);
  }

  /** A break before the top-left cell of `range` (ExcelApi 1.9). */
  add(range: FakeRange | string): FakeObject {
    const added = new FakeComment(this._host, `${this._path}.add()`);
    this._queue(
      'call',
      'add',
      [range],
      () => {
        const sheet = this.worksheet._target();
        const { row } = typeof range === 'string' ? parseAddress(range) : range._target().rect;
        if (row === 0) throw new FakeExcelError('InvalidArgument', 'There can be no page break above the first row.');
        if (!sheet.pageBreaks.includes(row) && sheet.pageBreaks.length >= EXCEL_LIMITS.maxPageBreaks) {
          throw new FakeExcelError(
            'InvalidOperation',
            `"${sheet.name}" has ${EXCEL_LIMITS.maxPageBreaks} page breaks, as many as Excel allows on a sheet.`,
          );
        }
        if (!sheet.pageBreaks.includes(row)) sheet.pageBreaks.push(row);
      },
      added,
    );
    return added;
  }
}

export class FakePageLayoutObject extends FakeObject {
  readonly headersFooters = new FakeHeaderFooterGroup(this._host, `${this._path}.headersFooters`, this.worksheet);

  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host, path);
  }

  private setLayout<K extends keyof FakePageLayout>(key: K, value: FakePageLayout[K]): void {
    this._set(key, value, () => {
      this.worksheet._target().pageLayout[key] = value;
    });
  }

  get orientation(): string {
    return this._read('orientation');
  }
  set orientation(v: string) {
    this.setLayout('orientation', v);
  }
  get paperSize(): string {
    return this._read('paperSize');
  }
  set paperSize(v: string) {
    this.setLayout('paperSize', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this._read('zoom');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.setLayout('zoom', { ...v });
  }

  setPrintTitleRows(rows: FakeRange | string): void {
    this._queue('call', 'setPrintTitleRows', [rows], () => {
      const rect = typeof rows === 'string' ? parseAddress(rows) : rows._target().rect;
      if (rect.col !== 0 || rect.lastCol !== LAST_COL) {
        throw new FakeExcelError('InvalidArgument', 'Print title rows must be whole rows, e.g. "3:3".');
      }
      this.worksheet._target().pageLayout.printTitleRows = `${rect.row + 1}:${rect.lastRow + 1}`;
    });
  }

  setPrintTitleColumns(columns: FakeRange | string): void {
    this._queue('call', 'setPrintTitleColumns', [columns], () => {
      const rect = typeof columns === 'string' ? parseAddress(columns) : columns._target().rect;
      if (rect.row !== 0 || rect.lastRow !== LAST_ROW) {
        throw new FakeExcelError('InvalidArgument', 'Print title columns must be whole columns, e.g. "A:B".');
      }
      this.worksheet._target().pageLayout.printTitleColumns = `${columnLetter(rect.col)}:${columnLetter(rect.lastCol)}`;
    });
  }

  protected _snapshot(prop: string): unknown {
    const layout = this.worksheet._target().pageLayout;
    if (prop === 'orientation' || prop === 'paperSize' || prop === 'zoom') return layout[prop] ?? null;
    return super._snapshot(prop);
  }
}

export class FakeHeaderFooterGroup extends FakeObject {
  readonly defaultForAllPages = new FakeHeaderFooter(this._host, `${this._path}.defaultForAllPages`, this.worksheet);

  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host, path);
  }
}

function checkHeaderFooter(text: string): void {
  if (text.length > EXCEL_LIMITS.maxHeaderFooter) {
    throw new FakeExcelError(
      'InvalidArgument',
      `A header or footer of ${text.length} characters is longer than Excel's ${EXCEL_LIMITS.maxHeaderFooter}.`,
    );
  }
}

export class FakeHeaderFooter extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host, path);
  }

  get centerHeader(): string {
    return this._read('centerHeader');
  }
  set centerHeader(v: string) {
    this._set('centerHeader', v, () => {
      checkHeaderFooter(v);
      this.worksheet._target().pageLayout.centerHeader = v;
    });
  }
  get centerFooter(): string {
    return this._read('centerFooter');
  }
  set centerFooter(v: string) {
    this._set('centerFooter', v, () => {
      checkHeaderFooter(v);
      this.worksheet._target().pageLayout.centerFooter = v;
    });
  }

  protected _snapshot(prop: string): unknown {
    const layout = this.worksheet._target().pageLayout;
    if (prop === 'centerHeader' || prop === 'centerFooter') return layout[prop] ?? '';
    return super._snapshot(prop);
  }
}

export class FakeWorksheetProtection extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host, path);
  }

  get protected(): boolean {
    return this._read('protected');
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this._read('options');
  }
  /** ExcelApiOnline 1.1 only: a desktop host on ExcelApi 1.9 cannot tell whether a sheet has a password. */
  get isPasswordProtected(): boolean {
    return this._read('isPasswordProtected');
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._queue('call', 'protect', [options, password], () => {
      const sheet = this.worksheet._target();
      if (sheet.protection.protected) throw new FakeExcelError('InvalidOperation', 'The sheet is already protected.');
      sheet.protection = { protected: true, options: options ?? {}, password };
    });
  }

  unprotect(password?: string): void {
    this._queue('call', 'unprotect', [password], () => {
      const sheet = this.worksheet._target();
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
        throw new FakeExcelError('InvalidArgument', 'The password is not correct.');
      }
      sheet.protection = { protected: false };
    });
  }

  protected _snapshot(prop: string): unknown {
    const p = this.worksheet._target().protection;
    if (prop === 'protected') return p.protected;
    if (prop === 'options') return p.options ?? {};
    if (prop === 'isPasswordProtected') return p.protected && p.password !== undefined && p.password !== '';
    return super._snapshot(prop);
  }
}

/** What a method such as getCellProperties returns: its value is there only after the sync. */
export class FakeClientResult<T> {
  private settled = false;
  private result: T | undefined;

  constructor(private readonly path: string) {}

  /** @internal */
  _set(value: T): void {
    this.result = value;
    this.settled = true;
  }

  get value(): T {
    if (!this.settled) {
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `The value of ${this.path} is not available until context.sync() has run.`,
      );
    }
    return this.result as T;
  }
}

const CONDITIONAL_FORMAT_TYPES = ['Custom', 'ColorScale', 'DataBar', 'CellValue'] as const;
type FakeConditionalFormatType = (typeof CONDITIONAL_FORMAT_TYPES)[number];

/** `range.conditionalFormats`: the conditional formats overlapping the range (ExcelApi 1.6). */
export class FakeConditionalFormatCollection extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly range: FakeRange,
  ) {
    super(host, path);
  }

  get items(): FakeConditionalFormat[] {
    return this._read('items');
  }

  /** Adds at the top priority. The fake models the Custom, ColorScale and DataBar types. */
  add(type: string): FakeConditionalFormat {
    const format = new FakeConditionalFormat(this._host, `${this._path}.add(${JSON.stringify(type)})`);
    this._queue(
      'call',
      'add',
      [type],
      () => {
        if (!CONDITIONAL_FORMAT_TYPES.includes(type as FakeConditionalFormatType)) {
          throw new FakeExcelError('NotImplemented', `The fake does not model ${type} conditional formats.`);
        }
        const { sheet } = this.range._target();
        this._host.model.checkFormattable(sheet, 'conditionalFormats');
        const record: FakeConditionalFormatRecord = {
          id: this._host.model.newConditionalFormatId(),
          type: type as FakeConditionalFormatType,
          address: this.range._address(),
        };
        sheet.conditionalFormats.push(record);
        format._bind(sheet, record);
      },
      format,
    );
    return format;
  }

  getItem(id: string): FakeConditionalFormat {
    const format = new FakeConditionalFormat(this._host, `${this._path}.getItem(${JSON.stringify(id)})`);
    this._queue(
      'call',
      'getItem',
      [id],
      () => {
        const { sheet } = this.range._target();
        const found = this.overlapping().find((f) => f.id === id);
        if (!found) throw new FakeExcelError('ItemNotFound', `There is no conditional format with id ${id} here.`);
        format._bind(sheet, found);
      },
      format,
    );
    return format;
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>(`${this._path}.getCount()`);
    this._queue('call', 'getCount', [], () => result._set(this.overlapping().length));
    return result;
  }

  /** Loads "items/id", "items/type" and paths such as "items/customOrNullObject/rule/formula". */
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? 'id,type').split(','))
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter((p) => p !== '');
    this._queue('load', 'load', [list], () => {
      const { sheet } = this.range._target();
      this._loaded.set(
        'items',
        // Highest priority first, as Excel lists them.
        [...this.overlapping()].reverse().map((record) => {
          const format = new FakeConditionalFormat(this._host, `conditionalFormats[${record.id}]`);
          format._bind(sheet, record);
          for (const path of list) format._fillPath(path);
          return format;
        }),
      );
    });
    return this;
  }

  private overlapping(): FakeConditionalFormatRecord[] {
    const { sheet, rect } = this.range._target();
    return sheet.conditionalFormats.filter((f) => overlaps(parseAddress(f.address), rect));
  }
}

export class FakeConditionalFormat extends FakeObject {
  private bound: { sheet: FakeSheet; record: FakeConditionalFormatRecord } | undefined;
  readonly custom: FakeCustomConditionalFormat = new FakeCustomConditionalFormat(
    this._host,
    `${this._path}.custom`,
    this,
    false,
  );
  readonly customOrNullObject: FakeCustomConditionalFormat = new FakeCustomConditionalFormat(
    this._host,
    `${this._path}.customOrNullObject`,
    this,
    true,
  );
  readonly colorScale = new FakeColorScaleConditionalFormat(this._host, `${this._path}.colorScale`, this);
  readonly dataBar = new FakeDataBarConditionalFormat(this._host, `${this._path}.dataBar`, this);
  readonly cellValue = new FakeCellValueConditionalFormat(this._host, `${this._path}.cellValue`, this);

  /** @internal */
  _bind(sheet: FakeSheet, record: FakeConditionalFormatRecord): void {
    this.bound = { sheet, record };
  }

  /** @internal The format while a sync runs; `type` when only one type has this part. */
  _record(type?: FakeConditionalFormatType): { sheet: FakeSheet; record: FakeConditionalFormatRecord } {
    if (!this.bound || this.bound.sheet.deleted || !this.bound.sheet.conditionalFormats.includes(this.bound.record)) {
      throw new FakeExcelError('ItemNotFound', `${this._path} does not exist.`);
    }
    if (type && this.bound.record.type !== type) {
      throw new FakeExcelError('InvalidOperation', `${this._path} is a ${this.bound.record.type} format, not ${type}.`);
    }
    return this.bound;
  }

  /** @internal Excel fails the request when it cannot read back this format's rule or format. */
  _checkReadable(): void {
    if (this._record().record.unreadable)
      throw new FakeExcelError('GeneralException', `${this._path}: its rule cannot be read (office-js #6827).`);
  }

  /** @internal Changes one part of the format, as Excel does only where formatting is allowed. */
  _change(type: FakeConditionalFormatType, change: (record: FakeConditionalFormatRecord) => void): void {
    const { sheet, record } = this._record(type);
    this._host.model.checkFormattable(sheet, 'conditionalFormats');
    change(record);
  }

  /** @internal Fill one loaded path, e.g. "id" or "customOrNullObject/rule/formula". */
  _fillPath(path: string): void {
    const [head, ...rest] = path.split('/');
    if (head === 'id' || head === 'type') {
      this._loaded.set(head, this._record().record[head]);
      return;
    }
    if (head === 'custom' || head === 'customOrNullObject') {
      this[head]._fillPath(rest);
      return;
    }
    throw new FakeExcelError('NotImplemented', `The fake cannot load "${path}" of a conditional format.`);
  }

  get id(): string {
    return this._read('id');
  }
  get type(): string {
    return this._read('type');
  }

  protected _allProps(): string[] {
    return ['id', 'type'];
  }

  /** @internal */
  _sessionId(): string | undefined {
    try {
      return this._record().record.id;
    } catch {
      return undefined; // deleted, or its sheet is
    }
  }

  protected _snapshot(prop: string): unknown {
    if (prop === 'id' || prop === 'type') return this._record().record[prop];
    return super._snapshot(prop);
  }

  delete(): void {
    this._queue('call', 'delete', [], () => {
      const { sheet, record } = this._record();
      this._host.model.checkFormattable(sheet, 'conditionalFormats');
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(record), 1);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeObject {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;

  constructor(
    host: FakeExcel,
    path: string,
    private readonly parent: FakeConditionalFormat,
    private readonly nullable: boolean,
  ) {
    super(host, path);
    this.rule = new FakeConditionalFormatRule(host, `${path}.rule`, parent);
    this.format = new FakeConditionalRangeFormat(host, `${path}.format`, parent);
  }

  get isNullObject(): boolean {
    return this.nullable ? this._read('isNullObject') : false;
  }

  /** @internal */
  _fillPath(path: string[]): void {
    const { record } = this.parent._record();
    if (record.type !== 'Custom') {
      if (!this.nullable) throw new FakeExcelError('InvalidOperation', `${this._path}: not a Custom format.`);
      this._loaded.set('isNullObject', true);
      return;
    }
    if (this.nullable) this._loaded.set('isNullObject', false);
    const [head, ...rest] = path;
    if (head !== undefined) this.parent._checkReadable();
    if (head === 'rule' && rest.join('/') === 'formula') this.rule._fill(record.formula ?? '');
    else if (head === 'format' && rest.join('/') === 'fill/color') this.format.fill._fill(record.fill ?? null);
    else if (head !== undefined) throw new FakeExcelError('NotImplemented', `The fake cannot load ${path.join('/')}.`);
  }
}

export class FakeConditionalFormatRule extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly parent: FakeConditionalFormat,
  ) {
    super(host, path);
  }

  /** @internal */
  _fill(formula: string): void {
    this._loaded.set('formula', formula);
  }

  protected _snapshot(prop: string): unknown {
    if (prop !== 'formula') return super._snapshot(prop);
    this.parent._checkReadable();
    return this.parent._record('Custom').record.formula ?? '';
  }

  get formula(): string {
    return this._read('formula');
  }
  set formula(v: string) {
    this._set('formula', v, () =>
      this.parent._change('Custom', (record) => {
        if (!v.startsWith('=')) throw new FakeExcelError('InvalidArgument', `A rule formula starts with "=": ${v}`);
        record.formula = v;
      }),
    );
  }
}

export class FakeConditionalRangeFormat extends FakeObject {
  readonly fill: FakeConditionalColor;
  readonly font: FakeConditionalColor;

  constructor(host: FakeExcel, path: string, parent: FakeConditionalFormat, type: 'Custom' | 'CellValue' = 'Custom') {
    super(host, path);
    this.fill = new FakeConditionalColor(host, `${path}.fill`, parent, 'fill', type);
    this.font = new FakeConditionalColor(host, `${path}.font`, parent, 'fontColor', type);
  }
}

/** A "Cell value" format (ExcelApi 1.6): a comparison of each cell's value, and the fill/font it applies. */
export class FakeCellValueConditionalFormat extends FakeObject {
  readonly format: FakeConditionalRangeFormat;

  constructor(
    host: FakeExcel,
    path: string,
    private readonly parent: FakeConditionalFormat,
  ) {
    super(host, path);
    this.format = new FakeConditionalRangeFormat(host, `${path}.format`, parent, 'CellValue');
  }

  get rule(): Excel.ConditionalCellValueRule {
    return this._read('rule');
  }
  set rule(v: Excel.ConditionalCellValueRule) {
    this._set('rule', v, () =>
      this.parent._change('CellValue', (record) => {
        if (!v.formula1 || !v.operator)
          throw new FakeExcelError('InvalidArgument', 'A cell value rule needs an operator and formula1.');
        if ((v.operator === 'Between' || v.operator === 'NotBetween') && !v.formula2)
          throw new FakeExcelError('InvalidArgument', `${v.operator} needs formula2.`);
        record.cellValueRule = { ...v };
      }),
    );
  }
}

export class FakeConditionalColor extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly parent: FakeConditionalFormat,
    private readonly key: 'fill' | 'fontColor',
    private readonly type: 'Custom' | 'CellValue' = 'Custom',
  ) {
    super(host, path);
  }

  /** @internal */
  _fill(color: string | null): void {
    this._loaded.set('color', color);
  }

  get color(): string {
    return this._read('color');
  }
  set color(v: string) {
    this._set('color', v, () =>
      this.parent._change(this.type, (record) => {
        record[this.key] = v;
      }),
    );
  }
}

export class FakeColorScaleConditionalFormat extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly parent: FakeConditionalFormat,
  ) {
    super(host, path);
  }

  get criteria(): Excel.ConditionalColorScaleCriteria {
    return this._read('criteria');
  }
  set criteria(v: Excel.ConditionalColorScaleCriteria) {
    this._set('criteria', v, () =>
      this.parent._change('ColorScale', (record) => {
        if (!v.minimum || !v.maximum) {
          throw new FakeExcelError('InvalidArgument', 'A colour scale needs a minimum and a maximum.');
        }
        record.criteria = { ...v };
      }),
    );
  }
}

export class FakeDataBarConditionalFormat extends FakeObject {
  readonly positiveFormat: FakeDataBarFormat;

  constructor(host: FakeExcel, path: string, parent: FakeConditionalFormat) {
    super(host, path);
    this.positiveFormat = new FakeDataBarFormat(host, `${path}.positiveFormat`, parent);
  }
}

export class FakeDataBarFormat extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly parent: FakeConditionalFormat,
  ) {
    super(host, path);
  }

  get fillColor(): string {
    return this._read('fillColor');
  }
  set fillColor(v: string) {
    this._set('fillColor', v, () =>
      this.parent._change('DataBar', (record) => {
        record.barColor = v;
      }),
    );
  }
}

/** The chart types the toolkit draws; others are refused so a typo fails the test, as Excel would. */
const CHART_TYPES = ['Line', 'LineMarkers', 'Pie', 'BarStacked', 'BarClustered', 'ColumnClustered', 'ColumnStacked'];

/** The chart of that name on the sheet (a chart is also a shape of its name), or ItemNotFound as Excel says it. */
function chartNamed(sheet: FakeSheet, name: string, what: 'chart' | 'shape'): FakeChartRecord {
  const record = sheet.charts.find((c) => same(c.name, name));
  if (!record) throw new FakeExcelError('ItemNotFound', `There is no ${what} "${name}" on "${sheet.name}".`);
  return record;
}

/** `worksheet.charts` (ExcelApi 1.1). */
export class FakeChartCollection extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host, path);
  }

  get items(): FakeChart[] {
    return this._read('items');
  }

  load(props?: string | string[]): this {
    this._queue('load', 'load', [props], () => {
      const sheet = this.worksheet._target();
      this._loaded.set(
        'items',
        sheet.charts.map((record) => {
          const chart = new FakeChart(this._host, `${this._path}[${record.name}]`);
          chart._bind(sheet, record, true);
          return chart;
        }),
      );
    });
    return this;
  }

  getItem(name: string): FakeChart {
    const chart = new FakeChart(this._host, `${this._path}.getItem(${JSON.stringify(name)})`);
    this._queue(
      'call',
      'getItem',
      [name],
      () => {
        const sheet = this.worksheet._target();
        chart._bind(sheet, chartNamed(sheet, name, 'chart'));
      },
      chart,
    );
    return chart;
  }

  /** Like Excel: the data may be on any sheet; the chart gets "Chart N" until named. */
  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChart {
    const chart = new FakeChart(this._host, `${this._path}.add(${JSON.stringify(type)})`);
    this._queue(
      'call',
      'add',
      [type, sourceData, seriesBy],
      () => {
        if (!CHART_TYPES.includes(type)) throw new FakeExcelError('InvalidArgument', `Unknown chart type "${type}".`);
        if (!['Auto', 'Columns', 'Rows'].includes(seriesBy))
          throw new FakeExcelError('InvalidArgument', `Unknown seriesBy "${seriesBy}".`);
        const sheet = this.worksheet._target();
        this._host.model.checkUnprotected(sheet, 'a chart');
        const data = sourceData._target();
        let name = '';
        for (let n = 1; !name; n++) if (!sheet.charts.some((c) => same(c.name, `Chart ${n}`))) name = `Chart ${n}`;
        const record: FakeChartRecord = {
          name,
          type,
          source: `${data.sheet.name}!${rectAddress(data.rect)}`,
          seriesBy,
          title: '',
        };
        sheet.charts.push(record);
        chart._bind(sheet, record);
      },
      chart,
    );
    return chart;
  }
}

export class FakeChart extends FakeObject {
  private bound: { sheet: FakeSheet; record: FakeChartRecord } | undefined;
  readonly title: FakeChartTitle = new FakeChartTitle(this._host, `${this._path}.title`, this);

  /** @internal `loaded`: the collection's load read the name along with the item. */
  _bind(sheet: FakeSheet, record: FakeChartRecord, loaded = false): void {
    this.bound = { sheet, record };
    if (loaded) this._loaded.set('name', record.name);
  }

  /** @internal */
  _record(): { sheet: FakeSheet; record: FakeChartRecord } {
    if (!this.bound || this.bound.sheet.deleted || !this.bound.sheet.charts.includes(this.bound.record)) {
      throw new FakeExcelError('ItemNotFound', `${this._path} does not exist.`);
    }
    return this.bound;
  }

  protected _snapshot(prop: string): unknown {
    return prop === 'name' ? this._record().record.name : super._snapshot(prop);
  }

  get name(): string {
    return this._read('name');
  }
  set name(v: string) {
    this._set('name', v, () => {
      const { sheet, record } = this._record();
      if (sheet.charts.some((c) => c !== record && same(c.name, v)))
        throw new FakeExcelError('ItemAlreadyExists', `A chart named "${v}" is already on "${sheet.name}".`);
      record.name = v;
    });
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._queue('call', 'setPosition', [startCell, endCell], () => {
      const { record } = this._record();
      const at = (cell: FakeRange | string) =>
        typeof cell === 'string' ? rectAddress(parseAddress(cell)) : rectAddress(cell._target().rect);
      const from = at(startCell);
      record.position = { from, to: endCell === undefined ? from : at(endCell) };
    });
  }

  delete(): void {
    this._queue('call', 'delete', [], () => {
      const { sheet, record } = this._record();
      sheet.charts.splice(sheet.charts.indexOf(record), 1);
    });
  }
}

export class FakeChartTitle extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly chart: FakeChart,
  ) {
    super(host, path);
  }

  get text(): string {
    return this._read('text');
  }
  set text(v: string) {
    this._set('text', v, () => {
      this.chart._record().record.title = v;
    });
  }
}

/** `worksheet.shapes` (ExcelApi 1.9): a chart is also a shape of the same name; other shapes are not modelled. */
export class FakeShapeCollection extends FakeObject {
  constructor(
    host: FakeExcel,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(host, path);
  }

  getItem(name: string): FakeShape {
    const shape = new FakeShape(this._host, `${this._path}.getItem(${JSON.stringify(name)})`);
    this._queue(
      'call',
      'getItem',
      [name],
      () => {
        shape._bind(chartNamed(this.worksheet._target(), name, 'shape'));
      },
      shape,
    );
    return shape;
  }
}

/** A chart's shape: its alt text (title and description). */
export class FakeShape extends FakeObject {
  private record: FakeChartRecord | undefined;

  /** @internal */
  _bind(record: FakeChartRecord): void {
    this.record = record;
  }

  private _altText(): { title: string; description: string } {
    if (!this.record) throw new FakeExcelError('ItemNotFound', `${this._path} does not exist.`);
    return (this.record.altText ??= { title: '', description: '' });
  }

  set altTextTitle(v: string) {
    this._set('altTextTitle', v, () => (this._altText().title = v));
  }
  set altTextDescription(v: string) {
    this._set('altTextDescription', v, () => (this._altText().description = v));
  }
}

/** Charts on one sheet, in the order added. */
export function chartsOn(fake: FakeExcel, sheetName: string): FakeChartRecord[] {
  return fake.sheet(sheetName).charts;
}

// ---------- reading the fake workbook back in tests ----------

/** Values of `address` (default: A1 to the last filled cell) as Excel would return them; '' for empty. */
export function readValues(fake: FakeExcel, sheetName: string, address?: string): FakeValue[][] {
  const sheet = fake.sheet(sheetName);
  const used = fake.model.usedRect(sheet);
  if (!address && !used) return [];
  const rect = address ? parseAddress(address) : { row: 0, col: 0, lastRow: used!.lastRow, lastCol: used!.lastCol };
  return fake.model.grid(sheet, rect);
}

/** The stored cell ("B3"), to see whether it holds a formula or had a text prefix. */
export function readCell(fake: FakeExcel, sheetName: string, cell: string): FakeCell | undefined {
  const { row, col } = parseAddress(cell);
  return fake.sheet(sheetName).cells.get(`${row},${col}`);
}

/** Conditional formats on one sheet, lowest priority first. */
export function conditionalFormatsOn(fake: FakeExcel, sheetName: string): FakeConditionalFormatRecord[] {
  return fake.sheet(sheetName).conditionalFormats;
}

/** Format properties set on exactly `address`, e.g. { 'font.bold': true, 'fill.color': '#005EB8' }. */
export function readFormat(fake: FakeExcel, sheetName: string, address: string): Record<string, unknown> {
  return { ...fake.sheet(sheetName).formats.get(rectAddress(parseAddress(address))) };
}

/** Every format property that applies to one cell, later settings winning. */
export function cellFormat(fake: FakeExcel, sheetName: string, cell: string): Record<string, unknown> {
  const { row, col } = parseAddress(cell);
  const merged: Record<string, unknown> = {};
  for (const [address, props] of fake.sheet(sheetName).formats) {
    if (contains(parseAddress(address), row, col)) Object.assign(merged, props);
  }
  return merged;
}

/** Names scoped to one sheet, as [name, address]. */
export function sheetNames(fake: FakeExcel, sheetName: string): [string, string][] {
  const sheet = fake.sheet(sheetName);
  return fake.model.names.filter((n) => n.scopeSheetId === sheet.id).map((n) => [n.name, n.address ?? n.formula]);
}

/** The cell a sheet-scoped name points at, e.g. "B12". */
export function namedCell(fake: FakeExcel, sheetName: string, name: string): string {
  const found = sheetNames(fake, sheetName).find(([n]) => same(n, name));
  if (!found) throw new Error(`"${sheetName}" has no name ${name}.`);
  return found[1];
}

/** Tables on one sheet. */
export function tablesOn(fake: FakeExcel, sheetName: string): FakeTableRecord[] {
  const sheet = fake.sheet(sheetName);
  return fake.model.tables.filter((t) => t.sheetId === sheet.id);
}
