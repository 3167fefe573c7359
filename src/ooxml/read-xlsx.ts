/**
 * Reads an .xlsx file's bytes into the host-neutral grid (src/grid/grid.ts) without exceljs, for the
 * task pane, where a file the user picks must be read in the browser and exceljs is too large to load.
 * It reads what the checker and consolidation need (values, formulas, hyperlinks, unlocked cells, dates,
 * merges, defined names) the way the command line's exceljs reader does; a test holds the two equal.
 *
 * The file's bytes are first checked as the command line checks them (preflight.ts), so both refuse the same
 * files in the same words; the XML parser (the browser's DOMParser; a W3C DOM parser under Node) therefore
 * never sees a DOCTYPE, a zip bomb or a sheet declared larger than the row limit.
 */
import { unzipSync } from 'fflate';
import { GridCell, GridName, GridSheet, WorkbookGrid } from '../grid/grid';
import { isDateFormat, serialToIso } from '../grid/dates';
import { parseRangeName } from '../grid/range-name';
import { cellAddress, parseRange } from '../sheets/a1';
import { DEFAULT_LIMITS, preflight, PreflightLimits } from './preflight';

export type ParseXml = (text: string) => Document;

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

export function readXlsx(
  bytes: Uint8Array,
  parseXml: ParseXml,
  limits: PreflightLimits = DEFAULT_LIMITS,
): WorkbookGrid {
  const check = preflight(bytes, limits);
  if (!check.ok) throw new XlsxReadError(check.problem, check.message);
  const parts = unpack(bytes);
  const xml = (path: string): Document | null => {
    const data = parts[path];
    if (!data) return null;
    const text = new TextDecoder().decode(data);
    // Here no worker with a memory cap stops a huge sheet, and a DOM of a million rows takes gigabytes: so the
    // rows of a sheet that leaves out its <dimension> (which preflight checks) are counted before parsing.
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

/** Unpacks only the parts a grid needs; preflight has checked their sizes, packed and unpacked. */
function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (file) =>
        /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/(_rels\/)?[^/]+)$/.test(
          file.name,
        ),
    });
  } catch {
    // Past preflight, so the zip is whole and its sizes add up: something within it is damaged.
    throw new XlsxReadError(
      'damaged',
      'This file could not be opened as an Excel workbook (.xlsx). Save it again from Excel as “Excel Workbook”.',
    );
  }
}

/** Whether a sheet holds more rows than `max`; the count stops just past it. */
function tooManyRows(sheet: string, max: number): boolean {
  const row = /<(?:\w+:)?row[\s>/]/g;
  let rows = 0;
  while (rows <= max && row.exec(sheet)) rows++;
  return rows > max;
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
