/**
 * Reads an .xlsx file's bytes into the host-neutral grid (src/grid/grid.ts) without exceljs, for the
 * task pane, where a file the user picks must be read in the browser and exceljs is too large to load.
 * It reads what the checker and consolidation need (values, formulas, hyperlinks, unlocked cells, dates,
 * merges, defined names) the way the command line's exceljs reader does; a test holds the two equal.
 *
 * The XML parser is passed in (the browser's DOMParser; a W3C DOM parser under Node) and never sees a
 * DOCTYPE: entity expansion and external entities need one, and Excel never writes it. Sizes declared in
 * the zip are checked before anything is unpacked.
 */
import { unzipSync } from 'fflate';
import { GridCell, GridName, GridSheet, WorkbookGrid } from '../grid/grid';
import { isDateFormat, serialToIso } from '../grid/dates';
import { parseRangeName } from '../grid/range-name';
import { cellAddress, parseRange } from '../sheets/a1';

export type ParseXml = (text: string) => Document;

export interface XlsxLimits {
  maxFileBytes: number;
  /** Largest single part once unpacked. */
  maxPartBytes: number;
  /** All the parts read, together, once unpacked. */
  maxTotalBytes: number;
  /**
   * Most rows one sheet may hold, as on the command line. Here there is no worker thread with a memory cap to
   * stop a huge sheet, so its rows are counted before it is parsed: a DOM of a million rows takes gigabytes.
   */
  maxRows: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 50 * 2 ** 20,
  maxPartBytes: 64 * 2 ** 20,
  maxTotalBytes: 128 * 2 ** 20,
  maxRows: 100_000,
};

/** A file the reader refuses, with a plain-words reason; `problem` names the kind for tests and tallies. */
export class XlsxReadError extends Error {
  constructor(
    readonly problem: string,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Excel's built-in number formats that show dates (ECMA-376 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const STATES = new Set(['visible', 'hidden', 'veryHidden']);

export function readXlsx(bytes: Uint8Array, parseXml: ParseXml, limits: XlsxLimits = XLSX_LIMITS): WorkbookGrid {
  const parts = unpack(bytes, limits);
  const xml = (path: string): Document | null => {
    const data = parts[path];
    if (!data) return null;
    const text = new TextDecoder().decode(data);
    if (/<!DOCTYPE/i.test(text))
      throw new XlsxReadError(
        'unsafe-xml',
        `Part ${path} of the workbook holds XML the toolkit does not read (a DOCTYPE).`,
      );
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(path) && tooManyRows(text, limits.maxRows))
      throw new XlsxReadError(
        'too-large',
        `A sheet of the workbook (${path}) has more than ${limits.maxRows.toLocaleString('en-GB')} rows; that is too ` +
          'large to be one of the toolkit’s workbooks, so it was not read.',
      );
    const damaged = () =>
      new XlsxReadError(
        'damaged',
        `Part ${path} of the workbook is damaged. Open the file in Excel and save it again.`,
      );
    let doc: Document;
    try {
      doc = parseXml(text);
    } catch {
      throw damaged();
    }
    // Browsers report XML errors as a <parsererror> document rather than by throwing.
    if (!doc.documentElement || doc.getElementsByTagName('parsererror').length > 0) throw damaged();
    return doc;
  };
  const workbook = xml('xl/workbook.xml');
  if (!workbook)
    throw new XlsxReadError('no-workbook', 'This is a zip file, but there is no Excel workbook inside it.');
  const targets = relationshipTargets(xml('xl/_rels/workbook.xml.rels'), 'xl/');
  const strings = sharedStrings(xml('xl/sharedStrings.xml'));
  const styles = cellStyles(xml('xl/styles.xml'));
  const sheetNodes = elements(workbook, 'sheet');
  const sheets = sheetNodes.map((node) => {
    const name = node.getAttribute('name') ?? '';
    const state = node.getAttribute('state') ?? 'visible';
    const path = targets.get(node.getAttributeNS(REL_NS, 'id') ?? node.getAttribute('r:id') ?? '') ?? '';
    const doc = xml(path);
    const links = doc ? hyperlinks(doc, relationshipTargets(xml(relsPathOf(path)), '')) : new Map<string, string>();
    return readSheet(name, STATES.has(state) ? (state as GridSheet['state']) : 'visible', doc, strings, styles, links);
  });
  return { sheets, names: definedNames(workbook, sheets) };
}

/** The size check alone, so a caller can refuse a large file before reading it into memory. */
export function fileSizeError(size: number, limits: XlsxLimits = XLSX_LIMITS): XlsxReadError | null {
  if (size <= limits.maxFileBytes) return null;
  return new XlsxReadError(
    'too-large',
    `The file is ${mb(size)}, over the ${mb(limits.maxFileBytes)} limit for one workbook.`,
  );
}

/** Unpacks only the parts a grid needs, after checking the sizes the zip declares for them. */
function unpack(bytes: Uint8Array, limits: XlsxLimits): Record<string, Uint8Array> {
  const tooLarge = fileSizeError(bytes.length, limits);
  if (tooLarge) throw tooLarge;
  if (bytes.length === 0)
    throw new XlsxReadError('empty', 'The file is empty (0 bytes). Save the workbook again from Excel.');
  // Compound-file signature: Excel's encrypted workbooks and the old .xls format both use it.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new XlsxReadError(
      'encrypted-or-xls',
      'This workbook has a password to open, or is in the old .xls format. Open it in Excel, remove the password ' +
        'or save it as “Excel Workbook (.xlsx)”, then try again.',
    );
  if (hasEncryptedPart(bytes))
    throw new XlsxReadError(
      'encrypted',
      'Parts of this workbook are encrypted (a zip password); the toolkit cannot read it. Save it again from Excel ' +
        'without a password.',
    );
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (
          !/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/(_rels\/)?[^/]+)$/.test(
            file.name,
          )
        )
          return false;
        total += file.originalSize;
        if (file.originalSize > limits.maxPartBytes || total > limits.maxTotalBytes)
          throw new XlsxReadError(
            'too-large',
            `Part ${file.name} of the workbook unpacks to more than the toolkit reads (${mb(limits.maxPartBytes)} a part). ` +
              'It may be a damaged or deliberately oversized file.',
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw new XlsxReadError(
      'not-xlsx',
      'This file could not be opened as an Excel workbook (.xlsx). Save it again from Excel as “Excel Workbook”.',
    );
  }
}

/**
 * Whether the zip's index marks a part encrypted (bit 0 of its flags). fflate does not look, and would
 * unpack the part as if it were plain.
 */
function hasEncryptedPart(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The index's end record is in the last 22 bytes, or before a comment of at most 64 KB.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = bytes.length - 22;
  while (end >= earliest && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < earliest) return false;
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0 && at + 46 <= bytes.length; i--) {
    if (view.getUint32(at, true) !== 0x02014b50) return false;
    if (view.getUint16(at + 8, true) & 1) return true;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return false;
}

/** Whether a sheet declares (in its <dimension ref="A1:C900">) or holds more rows than `max`. */
function tooManyRows(sheet: string, max: number): boolean {
  const dimension = /<(?:\w+:)?dimension\s+ref="[A-Z]*\$?\d*:?\$?[A-Z]*\$?(\d+)"/.exec(sheet.slice(0, 4096));
  if (dimension && Number(dimension[1]) > max) return true;
  // Counted too, since the dimension may be left out; the count stops just past the limit.
  const row = /<(?:\w+:)?row[\s>/]/g;
  let rows = 0;
  while (rows <= max && row.exec(sheet)) rows++;
  return rows > max;
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

function elements(node: Document | Element, tag: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(MAIN_NS, tag));
}

function child(node: Element, tag: string): Element | undefined {
  return elements(node, tag)[0];
}

function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

/** Relationship id → target; targets inside the package are resolved against `base` ("xl/"). */
function relationshipTargets(rels: Document | null, base: string): Map<string, string> {
  const targets = new Map<string, string>();
  if (!rels) return targets;
  for (const rel of Array.from(rels.getElementsByTagName('Relationship'))) {
    const target = rel.getAttribute('Target') ?? '';
    const external = rel.getAttribute('TargetMode') === 'External';
    const resolved = external || !base ? target : target.startsWith('/') ? target.slice(1) : base + target;
    targets.set(rel.getAttribute('Id') ?? '', resolved);
  }
  return targets;
}

/** The shared strings, rich text joined into plain text (phonetic guides left out, as Excel shows). */
function sharedStrings(doc: Document | null): string[] {
  if (!doc) return [];
  return elements(doc, 'si').map((si) =>
    elements(si, 't')
      .filter((t) => (t.parentNode as Element | null)?.localName !== 'rPh')
      .map((t) => t.textContent ?? '')
      .join(''),
  );
}

interface CellStyle {
  date: boolean;
  unlocked: boolean;
}

function cellStyles(doc: Document | null): CellStyle[] {
  if (!doc) return [];
  const formats = new Map<number, string>();
  for (const fmt of elements(doc, 'numFmt'))
    formats.set(Number(fmt.getAttribute('numFmtId')), fmt.getAttribute('formatCode') ?? '');
  const cellXfs = elements(doc, 'cellXfs')[0];
  if (!cellXfs) return [];
  return elements(cellXfs, 'xf').map((xf) => {
    const id = Number(xf.getAttribute('numFmtId') ?? 0);
    const code = formats.get(id);
    const protection = child(xf, 'protection');
    return {
      date: code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id),
      unlocked: protection?.getAttribute('locked') === '0' || protection?.getAttribute('locked') === 'false',
    };
  });
}

/** Cell address → link target: the location inside the workbook, or the address of an external link. */
function hyperlinks(sheet: Document, targets: Map<string, string>): Map<string, string> {
  const links = new Map<string, string>();
  for (const link of elements(sheet, 'hyperlink')) {
    const location = link.getAttribute('location');
    const id = link.getAttributeNS(REL_NS, 'id') ?? link.getAttribute('r:id');
    const target = location ?? (id ? targets.get(id) : undefined);
    if (target) for (const cell of cellsIn(link.getAttribute('ref') ?? '')) links.set(cell, target);
  }
  return links;
}

function readSheet(
  name: string,
  state: GridSheet['state'],
  doc: Document | null,
  strings: string[],
  styles: CellStyle[],
  links: Map<string, string>,
): GridSheet {
  const cells: Record<string, GridCell> = Object.create(null);
  if (!doc) return { name, state, cells, merges: [] };
  const merges = elements(doc, 'mergeCell')
    .map((m) => m.getAttribute('ref') ?? '')
    .filter(Boolean);
  // Cells covered by a merge, other than its top-left one, are not read (Excel shows only the first).
  const covered = new Set(merges.flatMap((range) => cellsIn(range).slice(1)));
  const shared = new Map<string, string>();
  for (const c of elements(doc, 'c')) {
    const address = c.getAttribute('r') ?? '';
    if (!address || covered.has(address)) continue;
    const style = styles[Number(c.getAttribute('s') ?? 0)];
    const cell = readCell(c, strings, style, shared);
    if (!cell) continue;
    const link = links.get(address);
    if (link) {
      cell.hyperlink = link;
      if (cell.kind === 'empty') Object.assign(cell, { kind: 's', value: '' });
    }
    if (style?.unlocked) cell.unlocked = true;
    cells[address] = cell;
  }
  return { name, state, cells, merges };
}

function readCell(
  c: Element,
  strings: string[],
  style: CellStyle | undefined,
  shared: Map<string, string>,
): GridCell | null {
  const type = c.getAttribute('t') ?? 'n';
  const v = child(c, 'v')?.textContent ?? null;
  const f = child(c, 'f');
  let formula: string | undefined;
  if (f) {
    const text = f.textContent ?? '';
    const si = f.getAttribute('si');
    if (f.getAttribute('t') === 'shared' && si !== null) {
      if (text) shared.set(si, text);
      formula = text || shared.get(si) || '';
    } else formula = text;
  }
  const value = cellValue(type, v, c, strings, style);
  if (!value) return formula !== undefined ? { kind: 'empty', value: null, formula } : null;
  return formula !== undefined ? { ...value, formula } : value;
}

function cellValue(
  type: string,
  v: string | null,
  c: Element,
  strings: string[],
  style: CellStyle | undefined,
): GridCell | null {
  switch (type) {
    case 's':
      return v === null ? null : { kind: 's', value: strings[Number(v)] ?? '' };
    case 'inlineStr': {
      const is = child(c, 'is');
      return is
        ? {
            kind: 's',
            value: elements(is, 't')
              .map((t) => t.textContent ?? '')
              .join(''),
          }
        : null;
    }
    case 'str':
      return v === null ? null : { kind: 's', value: v };
    case 'b':
      return v === null ? null : { kind: 'b', value: v === '1' || v === 'true' };
    case 'e':
      return v === null ? null : { kind: 'e', value: v };
    default: {
      if (v === null || v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) return { kind: 's', value: v };
      return style?.date ? { kind: 'd', value: serialToIso(n) } : { kind: 'n', value: n };
    }
  }
}

function definedNames(workbook: Document, sheets: GridSheet[]): GridName[] {
  const names: GridName[] = [];
  for (const node of elements(workbook, 'definedName')) {
    const localId = node.getAttribute('localSheetId');
    const scope = localId === null ? null : (sheets[Number(localId)]?.name ?? null);
    const name = node.getAttribute('name') ?? '';
    for (const ref of (node.textContent ?? '').split(',')) {
      // Only names that point at cells matter to the checker (constants and formulas are left out).
      const parsed = parseRangeName(ref.trim());
      if (parsed) names.push({ name, ...parsed, scope });
    }
  }
  return names;
}

/** Every cell address in "B2:C3" (or the one cell of "B2"), row by row. */
function cellsIn(range: string): string[] {
  if (!/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(range)) return [];
  const { row, col, lastRow, lastCol } = parseRange(range);
  // A merge or link over whole columns would be millions of cells: a real form never has one.
  if ((lastCol - col + 1) * (lastRow - row + 1) > 100_000) return [];
  const out: string[] = [];
  for (let r = row; r <= lastRow; r++) for (let c = col; c <= lastCol; c++) out.push(cellAddress(r, c));
  return out;
}
