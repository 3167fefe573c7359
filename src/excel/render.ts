/**
 * Queues every write of a Placement on an Excel.RequestContext, without syncing: the caller owns the
 * one round trip. Only string literals for Excel enums, so nothing needs the `Excel` global at run time
 * (API target: ExcelApi 1.9).
 */
import { CellStyle, CellValue, ConditionalFormat, SheetSpec, Validation, overBetween } from '../sheets/model';
import { EMPTY_WORKBOOK, Placement, RegistryWrite, WorkbookState } from '../sheets/placement';
import { REGISTRY_HEADER } from '../sheets/stamp';
import { quoteSheetName, TakenNames, uniqueSheetName } from '../sheets/sheet-names';
import { cellAddress, parseRange, rangeAddress } from '../sheets/a1';
import { bandOf, isFirstBand, isLastBand, RowBand, wholeSheet } from './sheet-band';
import { formulaBlocks, heightGroups, mergeBlocks, styleGroups, validationGroups, widthGroups } from './write-runs';

/** Excel's column width unit is one character of the default font (Calibri 11): about 5.7 points. */
export const POINTS_PER_CHARACTER = 5.7;
/** Excel's limit for an inline (typed-in) list of a list validation. */
export const MAX_INLINE_LIST = 255;
/** Excel's limits for a validation prompt, its title and a cell's text. */
export const MAX_PROMPT = 255;
export const MAX_PROMPT_TITLE = 32;
export const MAX_CELL_TEXT = 32767;

// Excel reads these as a formula (= + - @), drops them (a leading apostrophe) or mangles them (tab, CR, LF).
const FORMULA_START = /^[=+\-@\t\r\n']/;
// Text Excel would turn into a number, date, time, percentage or currency ("1.10" → 1.1, "1.1.1" → a date,
// "1e5" → 100000).
const NUMBER_LIKE = /^[\s\d.,:/%$£€()+-]+$/;
const BOOLEAN_OR_ERROR = /^(true|false|#null!|#div\/0!|#value!|#ref!|#name\?|#num!|#n\/a)$/i;
const DIGIT = /\d/;
// Taken once: every cell of a write passes here, and under jest each lookup of a global such as Number is slow.
const toNumber = Number;
const numberIsNaN = Number.isNaN;

/**
 * The value to write so Excel keeps user text as the same text: a leading apostrophe makes Excel store
 * the rest literally (it is not part of the value). Numbers and booleans go as is; null clears the cell.
 * Dates spelt with month names ("Jan 2024") are not caught.
 */
export function textSafeValue(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v !== 'string' || v === '') return v;
  const t = v.trim();
  const typed =
    t !== '' && (!numberIsNaN(toNumber(t)) || (NUMBER_LIKE.test(t) && DIGIT.test(t)) || BOOLEAN_OR_ERROR.test(t));
  return FORMULA_START.test(v) || typed ? `'${v}` : v;
}

/** What queuePlacement did that the caller may need to explain if the sync fails. */
export interface QueuedPlacement {
  /** Sheets being replaced are renamed first and deleted last, so a failure leaves them in place. */
  parked: { from: string; to: string }[];
  /** Cell notes not written because the host has no comments API (see RenderOptions.comments). */
  notesSkipped: number;
}

export interface RenderOptions {
  /**
   * Whether the host has the comments API (ExcelApi 1.10), e.g.
   * `Office.context.requirements.isSetSupported('ExcelApi', '1.10')`. Notes become comments when it does;
   * on an ExcelApi 1.9 host they are skipped and counted, so the caller can say so.
   */
  comments?: boolean;
  /** Called for each added sheet after its writes and before it is protected, to queue more writes. */
  beforeProtect?: (sheet: Excel.Worksheet, spec: SheetSpec) => void;
}

/** Some of a placement's sheets, for writing a large placement over several round trips. */
export interface PlacementPart {
  sheets: SheetSpec[];
  /** The first part checks every sheet and moves replaced sheets aside. */
  first: boolean;
  /** The last part writes the registry, deletes replaced sheets and shows the first new sheet. */
  last: boolean;
  /** Rows of the part's one sheet, when that sheet is too large for one request (sheet-band.ts). */
  band?: RowBand;
}

/**
 * Queue all writes for `placement` (or for one `part` of it). `state` is what the workbook held when the
 * placement was made; it keeps temporary names unique and lets a stale registry name be cleared. Throws
 * before queuing anything when the spec asks for something Excel would reject.
 */
export function queuePlacement(
  context: Excel.RequestContext,
  placement: Placement,
  state: WorkbookState = EMPTY_WORKBOOK,
  options: RenderOptions = {},
  part: PlacementPart = { sheets: placement.sheets, first: true, last: true },
): QueuedPlacement {
  if (part.first) placement.sheets.forEach(checkSheet);
  const { worksheets, names } = context.workbook;

  // Delete replaced sheets last: Excel refuses to delete its last visible sheet, and a failed batch
  // then still has the user's earlier copy.
  const taken = new TakenNames([...state.sheetNames, ...placement.sheets.map((s) => s.name), placement.registry.sheet]);
  const parked = placement.deleteSheets.map((from) => {
    const to = uniqueSheetName(`${from} (old)`, taken);
    taken.add(to);
    return { from, to };
  });
  if (part.first) for (const p of parked) worksheets.getItem(p.from).name = p.to;

  // Every sheet exists before any is filled in: a list's source or a link may point at a later one. A
  // later band of a sheet finds the sheet its first band added.
  const bandOfSheet = (spec: SheetSpec) => part.band ?? wholeSheet(spec);
  const added = new Map(
    part.sheets.map((spec) => [
      spec.name,
      isFirstBand(bandOfSheet(spec)) ? worksheets.add(spec.name) : worksheets.getItem(spec.name),
    ]),
  );
  let notesSkipped = 0;
  for (const spec of part.sheets) {
    notesSkipped += queueSheet(context, added.get(spec.name)!, spec, options, bandOfSheet(spec));
  }
  const placed = new Set(placement.sheets.map((s) => s.name));
  const finished = new Set(part.sheets.filter((spec) => isLastBand(spec, bandOfSheet(spec))).map((s) => s.name));
  for (const n of placement.names) {
    // Names go with their sheet's (last) part; names on sheets that were already there, with the last part.
    if (added.has(n.sheet) && !finished.has(n.sheet)) continue;
    if (!added.has(n.sheet) && (placed.has(n.sheet) || !part.last)) continue;
    const sheet = added.get(n.sheet) ?? worksheets.getItem(n.sheet);
    // A sheet-scoped name goes in the sheet's own collection (ExcelApi 1.4), so every month can share it.
    (n.scope === 'sheet' ? sheet.names : names).add(n.name, sheet.getRange(n.range));
  }
  // Last for each sheet: protection must not block the writes above, its names included.
  for (const spec of part.sheets) {
    if (spec.protect && finished.has(spec.name)) {
      added
        .get(spec.name)!
        .protection.protect(
          { allowAutoFilter: true, allowSort: true, allowFormatColumns: true },
          spec.protect.password,
        );
    }
  }
  if (part.last) {
    queueRegistry(context, placement.registry, state);
    for (const p of parked) worksheets.getItem(p.to).delete();
    const first = placement.sheets.find((s) => !s.hidden);
    if (first) (added.get(first.name) ?? worksheets.getItem(first.name)).activate();
  }
  return { parked, notesSkipped };
}

/** Queue the writes of one sheet (or of one band of its rows); returns how many notes were skipped. */
function queueSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  whole: SheetSpec,
  options: RenderOptions,
  band: RowBand,
): number {
  const spec = bandOf(whole, band);
  writeRows(sheet, band.from, spec.rows);
  // Only the spec's own formulas go through `formulas`; everything else was written as values above.
  for (const block of formulaBlocks(spec.formulas)) sheet.getRange(block.address).formulas = block.formulas;
  // A setting that several ranges share is set once on all of them (write-runs.ts): fewer actions and bytes.
  const cells = (addresses: string[]) =>
    addresses.length === 1 ? sheet.getRange(addresses[0]) : sheet.getRanges(addresses.join(','));
  for (const { addresses, value } of styleGroups(spec.styles)) applyStyle(cells(addresses), addresses[0], value);
  for (const format of spec.conditionalFormats ?? []) queueConditionalFormat(sheet.getRange(format.range), format);
  for (const { addresses, value } of widthGroups(spec.columns)) {
    cells(addresses).format.columnWidth = value * POINTS_PER_CHARACTER;
  }
  for (const { addresses, value } of heightGroups(spec.rowHeights)) cells(addresses).format.rowHeight = value;
  for (const { address, across } of mergeBlocks(spec.merges)) sheet.getRange(address).merge(across);
  queueFreeze(sheet, spec.freeze);
  if (spec.table) {
    const table = sheet.tables.add(sheet.getRange(spec.table.range), true);
    table.name = spec.table.name;
    table.style = spec.table.style;
    table.showFilterButton = true;
  }
  for (const { addresses, value } of validationGroups(spec.validations)) {
    queueValidation(cells(addresses).dataValidation, value);
  }
  for (const link of spec.links ?? []) {
    const { row, col } = parseRange(link.cell);
    const shown = link.text ?? whole.rows[row]?.[col];
    const reference = `${quoteSheetName(link.sheet)}!${link.target}`;
    sheet.getRange(link.cell).hyperlink = {
      // Another workbook is an address with the cell after "#", as Excel writes such a link itself.
      ...(link.file ? { address: `${link.file}#${reference}` } : { documentReference: reference }),
      ...(shown !== undefined && shown !== null && { textToDisplay: String(shown) }),
    };
  }
  if (options.comments) {
    for (const note of spec.notes ?? []) context.workbook.comments.add(sheet.getRange(note.cell), note.text);
  }
  for (const row of spec.pageBreaks ?? []) if (row > 0) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  if (isFirstBand(band)) queuePrint(sheet, spec);
  if (spec.tabColor) sheet.tabColor = hex(spec.tabColor);
  if (spec.hidden) sheet.visibility = 'Hidden';
  if (isLastBand(whole, band)) options.beforeProtect?.(sheet, whole);
  return options.comments ? 0 : (spec.notes?.length ?? 0);
}

function queueValidation(dv: Excel.DataValidation, v: Validation): void {
  if (v.kind === 'whole') {
    const { min, max } = v;
    dv.rule = {
      wholeNumber:
        min !== undefined && max !== undefined
          ? { formula1: min, formula2: max, operator: 'Between' }
          : max !== undefined
            ? { formula1: max, operator: 'LessThanOrEqualTo' }
            : { formula1: min ?? -2147483648, operator: 'GreaterThanOrEqualTo' },
    };
  } else if (v.kind === 'date') {
    // "Any date": Excel needs a bound, and its calendar starts on 1 January 1900.
    dv.rule = { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } };
  } else {
    const source = v.source ? `=${v.source.replace(/^=/, '')}` : v.values.join(',');
    dv.rule = { list: { inCellDropDown: true, source } };
  }
  if (v.prompt) dv.prompt = { showPrompt: true, message: v.prompt, title: v.promptTitle ?? '' };
  if (v.error) dv.errorAlert = { showAlert: true, message: v.error, style: 'Stop', title: '' };
}

/**
 * Data bars, colour scales and flags over a value (ExcelApi 1.6). Excel's default bar bounds (automatic: from zero for counts,
 * to the highest value) and gradient fill match the command-line workbook's, so only the colour is set.
 */
function queueConditionalFormat(range: Excel.Range, format: ConditionalFormat): void {
  if (format.kind === 'dataBar') {
    range.conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = hex(format.color);
    return;
  }
  if (format.kind === 'over') {
    // A "Cell value" rule, not a custom formula: the check reads custom rules back to find its shading.
    const over = range.conditionalFormats.add('CellValue').cellValue;
    const [formula1, formula2] = overBetween(format);
    over.rule = { operator: 'Between', formula1, formula2 };
    over.format.fill.color = hex(format.fill);
    over.format.font.color = hex(format.fontColor);
    return;
  }
  const point = (p: { value: number; color: string }) => ({
    type: 'Number' as const,
    formula: String(p.value),
    color: hex(p.color),
  });
  range.conditionalFormats.add('ColorScale').colorScale.criteria = {
    minimum: point(format.min),
    ...(format.mid && { midpoint: point(format.mid) }),
    maximum: point(format.max),
  };
}

/** One values write per call: the rows padded to a rectangle, nulls cleared, text kept as text. */
function writeRows(sheet: Excel.Worksheet, startRow: number, rows: CellValue[][]): void {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  if (rows.length === 0 || width === 0) return;
  // Plain loops: a thousand workers' outlines are millions of cells, and Array.from per row was slow.
  const values = rows.map((r) => {
    const row: (string | number | boolean)[] = [];
    for (let c = 0; c < width; c++) row.push(textSafeValue(r[c] ?? null));
    return row;
  });
  sheet.getRange(rangeAddress(startRow, 0, startRow + rows.length - 1, width - 1)).values = values;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** `address`: the first of the ranges `range` stands for (the only one where it has borders or a number format). */
function applyStyle(range: Excel.Range | Excel.RangeAreas, address: string, style: CellStyle): void {
  // The font is reached only when set: each object reached is an object path in the request.
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.fontColor) range.format.font.color = hex(style.fontColor);
  if (style.fill) range.format.fill.color = hex(style.fill);
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontal) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    for (const edge of borderEdges(address)) {
      const border = range.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
  if (style.numberFormat !== undefined) {
    // numberFormat takes one entry per cell (checkSheet made sure the range has bounds).
    const b = parseRange(address);
    const row = Array.from({ length: b.lastCol - b.col + 1 }, () => style.numberFormat);
    // styleGroups leaves a number format on a Range of its own: a RangeAreas has none.
    (range as Excel.Range).numberFormat = Array.from({ length: b.lastRow - b.row + 1 }, () => row);
  }
  if (style.locked !== undefined) range.format.protection.locked = style.locked;
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

/** Inside edges only where the range has more than one column or row. */
function borderEdges(address: string): Edge[] {
  const edges: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  const b = bounds(address);
  if (!b || b.lastCol > b.col) edges.push('InsideVertical');
  if (!b || b.lastRow > b.row) edges.push('InsideHorizontal');
  return edges;
}

/** Bounds of "A1" or "A1:B2"; null for whole rows or columns ("A:C", "1:3"). */
function bounds(address: string): ReturnType<typeof parseRange> | null {
  return /\d/.test(address) && /[A-Z]/i.test(address) ? parseRange(address) : null;
}

function queueFreeze(sheet: Excel.Worksheet, freeze: SheetSpec['freeze']): void {
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return;
  if (freeze.columns === 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze.rows === 0) sheet.freezePanes.freezeColumns(freeze.columns);
  else sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress(0, 0, freeze.rows - 1, freeze.columns - 1)));
}

function queuePrint(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // verticalFitToPages 0: as many pages down as needed.
  if (spec.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  else if (spec.print.scale) layout.zoom = { scale: spec.print.scale };
  if (spec.print.titleRows) layout.setPrintTitleRows(sheet.getRange(spec.print.titleRows));
  if (spec.print.titleColumns) layout.setPrintTitleColumns(sheet.getRange(spec.print.titleColumns));
  // "&" starts a header code (page number, font…); "&&" prints one ampersand.
  if (spec.print.header) layout.headersFooters.defaultForAllPages.centerHeader = spec.print.header.replace(/&/g, '&&');
}

function queueRegistry(context: Excel.RequestContext, registry: RegistryWrite, state: WorkbookState): void {
  const { worksheets, names } = context.workbook;
  if (!registry.create) {
    // An emptied registry sheet gets its header back, so it can be read again.
    const rows = registry.startRow === 0 ? [[...REGISTRY_HEADER], ...registry.rows] : registry.rows;
    writeRows(worksheets.getItem(registry.sheet), registry.startRow, rows);
    return;
  }
  // The name outlives a registry sheet deleted by hand (as #REF!); adding it again would fail the batch.
  const stale = state.names.find((n) => n.toLowerCase() === registry.name.name.toLowerCase());
  if (stale) names.getItem(stale).delete();
  const sheet = worksheets.add(registry.sheet);
  writeRows(sheet, registry.startRow, registry.rows);
  sheet.visibility = 'Hidden';
  names.add(registry.name.name, sheet.getRange(registry.name.range));
}

/** Fail before anything is queued, with words the user can act on. */
function checkSheet(spec: SheetSpec): void {
  for (const v of spec.validations) {
    const where = `the ${v.kind === 'whole' || v.kind === 'date' ? 'check' : 'list'} on "${spec.name}"!${v.range}`;
    if (v.prompt && v.prompt.length > MAX_PROMPT) {
      throw new Error(`The prompt for ${where} is longer than Excel's ${MAX_PROMPT} characters.`);
    }
    if (v.promptTitle && v.promptTitle.length > MAX_PROMPT_TITLE) {
      throw new Error(`The prompt title for ${where} is longer than Excel's ${MAX_PROMPT_TITLE} characters.`);
    }
    if (v.error && v.error.length > MAX_PROMPT) {
      throw new Error(`The error message for ${where} is longer than Excel's ${MAX_PROMPT} characters.`);
    }
    if (v.kind === 'whole' || v.kind === 'date' || v.source) continue;
    const comma = v.values.find((value) => value.includes(','));
    if (comma !== undefined) {
      throw new Error(
        `${where} has a value with a comma ("${comma}"), which Excel would split; use a range as its source.`,
      );
    }
    const length = v.values.join(',').length;
    if (length > MAX_INLINE_LIST) {
      throw new Error(
        `${where} is ${length} characters long; Excel allows ${MAX_INLINE_LIST} in a typed-in list, so use a range as its source.`,
      );
    }
  }
  for (const { range, style } of spec.styles) {
    if (style.numberFormat !== undefined && !bounds(range)) {
      throw new Error(
        `The number format on "${spec.name}"!${range} needs a range of cells like "B2:B40", not whole rows or columns.`,
      );
    }
  }
  spec.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'string' && value.length > MAX_CELL_TEXT) {
        throw new Error(`Cell ${cellAddress(r, c)} of "${spec.name}" has more text than an Excel cell can hold.`);
      }
    }),
  );
}

/** Excel wants "#RRGGBB"; the model stores "RRGGBB". */
function hex(colour: string): string {
  return colour.startsWith('#') ? colour : `#${colour}`;
}
