/**
 * Renders a Placement (sheets fitted into a workbook) with exceljs, for the command line.
 * Strings are always written as plain text values: exceljs only writes formulas given as
 * { formula } objects, and only the spec's own FormulaCells and links become those, so user text can
 * never become a formula here.
 */
import type ExcelJS from 'exceljs';
import { Workbook } from './exceljs-workbook';
import {
  CellStyle,
  CellValue,
  ConditionalFormat,
  DefinedName,
  InternalLink,
  SheetSpec,
  Validation,
  overBetween,
} from '../sheets/model';
import { Placement } from '../sheets/placement';
import { cellAddress, columnLetter, parseRange } from '../sheets/a1';
import { REGISTRY_HEADER } from '../sheets/stamp';
import { quoteSheetName } from '../sheets/sheet-names';
import { absoluteRange, addSheetScopedNames } from './local-names';
import { keepCharactersXmlCannotHold } from './xml-characters';
import { keepLineBreaksInAttributes } from './xml-line-breaks';
import { encodePartsWhole } from './zip-text';

keepLineBreaksInAttributes();
keepCharactersXmlCannotHold();
encodePartsWhole();

const A4 = 9;
/** exceljs leaves cells without a font; name one so every spreadsheet program renders the same. */
const BASE_FONT = { name: 'Calibri', size: 11 };
/** exceljs hashes protection passwords with 100,000 SHA-512 rounds by default; that is slow per sheet. */
const PROTECTION_SPIN_COUNT = 1000;

export function renderPlacement(placement: Placement, workbook = new Workbook()): ExcelJS.Workbook {
  for (const name of placement.deleteSheets) {
    const sheet = workbook.getWorksheet(name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  for (const spec of placement.sheets) renderSheet(workbook, spec);
  renderRegistry(workbook, placement);
  const workbookNames = placement.names.filter((n) => n.scope !== 'sheet');
  for (const n of workbookNames)
    workbook.definedNames.add(`${quoteSheetName(n.sheet)}!${absoluteRange(n.range)}`, n.name);
  addSheetScopedNames(workbook, [...placement.names.filter((n) => n.scope === 'sheet'), ...printTitles(placement)]);
  // Formulas are written without cached results; this makes Excel calculate them when the file opens.
  if (placement.sheets.some((s) => (s.formulas?.length ?? 0) > 0 || (s.links?.length ?? 0) > 0)) {
    workbook.calcProperties.fullCalcOnLoad = true;
  }
  return workbook;
}

/**
 * Print titles as the sheet-scoped name Excel uses for them. exceljs's own printTitlesRow writes the sheet's
 * name in quotes without doubling a quote inside it, so "KSF - Sam O'Neill" lost its print titles.
 */
function printTitles(placement: Placement): DefinedName[] {
  return placement.sheets.flatMap((s) => {
    // Excel writes title columns before title rows: "'Sheet'!$A:$B,'Sheet'!$3:$3".
    const ranges = [s.print.titleColumns, s.print.titleRows].filter((r) => r !== undefined);
    return ranges.length
      ? [{ name: '_xlnm.Print_Titles', sheet: s.name, range: ranges.join(','), scope: 'sheet' as const }]
      : [];
  });
}

function renderRegistry(workbook: ExcelJS.Workbook, placement: Placement): void {
  const { registry } = placement;
  const sheet = registry.create
    ? workbook.addWorksheet(registry.sheet, { state: 'hidden' })
    : (workbook.getWorksheet(registry.sheet) as ExcelJS.Worksheet);
  registry.rows.forEach((row, i) => writeRow(sheet, registry.startRow + i, row));
  if (registry.create) {
    sheet.columns = registry.rows[0].map(() => ({ width: 22 }));
    const lastRow = registry.startRow + registry.rows.length;
    // A bounded range: exceljs cannot write whole-column references in defined names.
    const lastCol = columnLetter(REGISTRY_HEADER.length - 1);
    workbook.definedNames.add(
      `${quoteSheetName(registry.sheet)}!$A$1:$${lastCol}$${Math.max(lastRow, 1)}`,
      registry.name.name,
    );
  }
}

function renderSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    state: spec.hidden ? 'hidden' : 'visible',
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: spec.freeze ? [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }] : [],
    pageSetup: {
      paperSize: A4,
      orientation: spec.print.orientation,
      fitToPage: spec.print.fitToWidth,
      ...(!spec.print.fitToWidth && spec.print.scale && { scale: spec.print.scale }),
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: spec.print.header
      ? { oddHeader: `&C${escapeHeader(spec.print.header)}`, oddFooter: '&CPage &P of &N' }
      : {},
  });
  spec.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  if (spec.table) addTable(sheet, spec);
  spec.rows.forEach((row, r) => writeRow(sheet, r, row));
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) sheet.getRow(Number(row) + 1).height = height;
  applyStyles(sheet, spec);
  for (const merge of spec.merges) sheet.mergeCells(merge);
  for (const v of spec.validations) addValidation(sheet, v);
  for (const f of spec.formulas ?? []) sheet.getCell(f.cell).value = { formula: f.formula.replace(/^=/, '') };
  (spec.conditionalFormats ?? []).forEach((format, i) => addConditionalFormat(sheet, format, i + 1));
  for (const link of spec.links ?? []) addLink(sheet, spec, link);
  for (const note of spec.notes ?? []) sheet.getCell(note.cell).note = note.text;
  // exceljs numbers a row break by the row it follows; the model names the row that starts the page.
  for (const row of spec.pageBreaks ?? []) if (row > 0) sheet.getRow(row).addPageBreak();
  if (spec.protect) {
    void sheet.protect(spec.protect.password ?? '', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      autoFilter: true,
      sort: true,
      formatColumns: true,
      formatRows: true,
      spinCount: PROTECTION_SPIN_COUNT,
    });
  }
}

function addTable(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  const table = spec.table!;
  const bounds = parseRange(table.range);
  const header = spec.rows[bounds.row] ?? [];
  const body: CellValue[][] = [];
  for (let r = bounds.row + 1; r <= bounds.lastRow; r++) {
    const row = spec.rows[r] ?? [];
    body.push(Array.from({ length: bounds.lastCol - bounds.col + 1 }, (_, c) => row[bounds.col + c] ?? null));
  }
  sheet.addTable({
    name: table.name,
    ref: table.range.split(':')[0],
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: Array.from({ length: bounds.lastCol - bounds.col + 1 }, (_, c) => ({
      name: String(header[bounds.col + c] ?? `Column${c + 1}`),
      filterButton: true,
    })),
    rows: body,
  });
}

function writeRow(sheet: ExcelJS.Worksheet, rowIndex: number, values: CellValue[]): void {
  const row = sheet.getRow(rowIndex + 1);
  values.forEach((value, c) => {
    if (value !== null && value !== undefined) row.getCell(c + 1).value = value;
  });
}

/** Visits each cell of an A1 range by its 0-based row and column. */
function forEachAddress(range: string, visit: (row: number, col: number) => void): void {
  const b = parseRange(range);
  for (let r = b.row; r <= b.lastRow; r++) {
    for (let c = b.col; c <= b.lastCol; c++) visit(r, c);
  }
}

function forEachCell(sheet: ExcelJS.Worksheet, range: string, visit: (cell: ExcelJS.Cell) => void): void {
  // Through the row: sheet.getCell(r, c) spells out and parses the cell's A1 address each time.
  forEachAddress(range, (r, c) => visit(sheet.getRow(r + 1).getCell(c + 1)));
}

/**
 * Every cell of the sheet gets the base font, then the spec's styles in order. Cells given the same styles
 * share one style object: exceljs remembers each style object it has written, so a shared one is turned into
 * XML once instead of once per cell (most of the writing time of a big workbook, measured). The model has no
 * dates, the one value type for which exceljs would give the same style object a different number format.
 */
function applyStyles(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  // For each cell: which of spec.styles apply to it, in order, and whether it has the base font.
  const layers = new Map<string, { row: number; col: number; key: string }>();
  const cellLayers = (row: number, col: number) => {
    const at = `${row},${col}`;
    let cell = layers.get(at);
    if (!cell) layers.set(at, (cell = { row, col, key: '' }));
    return cell;
  };
  forEachAddress(`A1:${cellAddress(spec.rows.length - 1, Math.max(spec.columns.length, 1) - 1)}`, (row, col) => {
    cellLayers(row, col).key = 'base';
  });
  spec.styles.forEach((styled, i) => forEachAddress(styled.range, (row, col) => (cellLayers(row, col).key += `,${i}`)));

  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (const { row, col, key } of layers.values()) {
    let style = shared.get(key);
    if (!style) {
      const [base, ...applied] = key.split(',');
      style = base === 'base' ? { font: { ...BASE_FONT } } : {};
      for (const i of applied) styleCell(style, spec.styles[Number(i)].style);
      shared.set(key, style);
    }
    sheet.getRow(row + 1).getCell(col + 1).style = style;
  }
}

/** Styles layer: each property set here overrides only that property, as in Excel's own formatting. */
function styleCell(cell: Partial<ExcelJS.Style>, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize || style.fontColor) {
    cell.font = {
      ...BASE_FONT,
      ...cell.font,
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.fontSize && { size: style.fontSize }),
      ...(style.fontColor && { color: { argb: argb(style.fontColor) } }),
    };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.wrap !== undefined || style.horizontal || style.vertical) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
      ...(style.horizontal && { horizontal: style.horizontal }),
      ...(style.vertical && { vertical: style.vertical === 'center' ? 'middle' : style.vertical }),
    };
  }
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.locked !== undefined) cell.protection = { ...cell.protection, locked: style.locked };
}

/** Excel's limit for a typed-in list, counted without the quotes around it. */
const MAX_INLINE_LIST = 255;

function addValidation(sheet: ExcelJS.Worksheet, v: Validation): void {
  const rule = validationRule(v);
  // One object for the whole range: exceljs keeps it per cell and only reads it.
  const validation: ExcelJS.DataValidation = {
    ...rule,
    allowBlank: true,
    showInputMessage: v.prompt !== undefined,
    prompt: v.prompt,
    promptTitle: v.promptTitle,
    showErrorMessage: true,
    errorStyle: 'stop',
    error: v.error ?? rule.defaultError,
  };
  forEachCell(sheet, v.range, (cell) => (cell.dataValidation = validation));
}

type Rule = Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'> & { defaultError: string };

function validationRule(v: Validation): Rule {
  if (v.kind === 'whole') {
    const { min, max } = v;
    const words = [min !== undefined && `at least ${min}`, max !== undefined && `at most ${max}`].filter(Boolean);
    const defaultError = `Type a whole number${words.length ? ` ${words.join(' and ')}` : ''}.`;
    if (min !== undefined && max !== undefined)
      return { type: 'whole', operator: 'between', formulae: [min, max], defaultError };
    if (max !== undefined) return { type: 'whole', operator: 'lessThanOrEqual', formulae: [max], defaultError };
    return { type: 'whole', operator: 'greaterThanOrEqual', formulae: [min ?? -2147483648], defaultError };
  }
  if (v.kind === 'date') {
    // "Any date": Excel needs a bound, and its calendar starts on 1 January 1900.
    return {
      type: 'date',
      operator: 'greaterThanOrEqual',
      formulae: [new Date(Date.UTC(1900, 0, 1))],
      defaultError: 'Type a date, for example 14/03/2008.',
    };
  }
  if (v.source)
    return { type: 'list', formulae: [v.source.replace(/^=/, '')], defaultError: 'Choose a value from the list.' };
  const list = v.values.map((value) => value.replace(/"/g, '""')).join(',');
  if (list.length > MAX_INLINE_LIST)
    throw new Error(`Dropdown list for ${v.range} is longer than Excel's 255-character limit`);
  return { type: 'list', formulae: [`"${list}"`], defaultError: `Choose one of: ${v.values.join(', ')}` };
}

/**
 * Data bars are written as plain (gradient) bars: other bar styles need Excel 2010's extension, which not
 * every program reads. Bars start at zero, as Excel's own automatic minimum does for counts.
 */
function addConditionalFormat(sheet: ExcelJS.Worksheet, format: ConditionalFormat, priority: number): void {
  if (format.kind === 'dataBar') {
    const rule = {
      type: 'dataBar',
      priority,
      gradient: true,
      cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
      // exceljs writes the bar colour but its types leave it out.
      color: { argb: argb(format.color) },
    } as ExcelJS.DataBarRuleType;
    sheet.addConditionalFormatting({ ref: format.range, rules: [rule] });
    return;
  }
  if (format.kind === 'over') {
    sheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: 'cellIs',
          operator: 'between',
          priority,
          formulae: overBetween(format),
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } },
            font: { color: { argb: argb(format.fontColor) } },
          },
        },
      ],
    });
    return;
  }
  const points = [format.min, ...(format.mid ? [format.mid] : []), format.max];
  sheet.addConditionalFormatting({
    ref: format.range,
    rules: [
      {
        type: 'colorScale',
        priority,
        cfvo: points.map((p) => ({ type: 'num', value: p.value })),
        color: points.map((p) => ({ argb: argb(p.color) })),
      },
    ],
  });
}

/**
 * A HYPERLINK formula, not an exceljs hyperlink: exceljs writes an in-workbook link as an external
 * relationship too, which LibreOffice opens as a file path. The formula works in Excel and LibreOffice.
 * A link into another workbook is "north.xlsx#'2008-03'!B12", relative to this workbook's folder.
 */
function addLink(sheet: ExcelJS.Worksheet, spec: SheetSpec, link: InternalLink): void {
  const { row, col } = parseRange(link.cell);
  const shown = link.text ?? String(spec.rows[row]?.[col] ?? link.target);
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  sheet.getCell(link.cell).value = {
    formula: `HYPERLINK(${quote(`${link.file ?? ''}#${quoteSheetName(link.sheet)}!${link.target}`)},${quote(shown)})`,
    result: shown,
  };
}

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

/** "&" starts a header code in Excel's header language; a literal ampersand is written "&&". */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}
