/**
 * Reads a generated KSF outline sheet into a typed model: the outline at a glance (gateway levels and
 * indicators per dimension), the full outline's indicator rows with their review, the level demonstrated
 * per dimension, the gateway outcome, review date and signatures, and the personal development plan.
 * The sheet has no defined names (it is left open for local variations), so fields are found by the
 * sheet's own labels and column headings. Never throws; cell addresses are kept for findings.
 */
import { GridSheet } from '../../grid/grid';
import { ksfModelOutline } from '../../ksf';
import { OUTLINE_COLUMNS, OUTLINE_HEADING } from '../../sheets/ksf-outline-sheet';
import { cellDate, Field, SheetReader } from './grid-reader';
import { dateField } from './read-profile';

export interface GatewayCells {
  /** The level as read: a number, or the text typed ("2.5", "two") for the rules to judge. */
  level: number | string | null;
  levelCell: string;
  /** "All" or "a,b,c,f,g", as typed. */
  indicators: string;
  indicatorsCell: string;
}

export interface GlanceRow {
  row: number;
  /** "Core 1" … "Core 6", "HWB4": the table's "No." mapped to a dimension code. */
  code: string;
  numberCell: string;
  title: string;
  foundation: GatewayCells;
  second: GatewayCells;
}

export interface IndicatorRow {
  row: number;
  /** The Ref column, e.g. "Core 1 L2 a" or "HWB5 L1 (all)". */
  ref: string;
  refCell: string;
  level: number;
  /** "" for a row standing in for indicators the seeds do not print. */
  letter: string;
  /** Ticked for the foundation / second gateway. */
  foundation: boolean;
  second: boolean;
  /** "Met", "Not yet met", "Not applicable" or "" as typed. */
  review: string;
  reviewCell: string;
}

export interface OutlineDimensionRows {
  row: number;
  code: string;
  refCell: string;
  /** "Level 2" … as typed in the Review column of the dimension's row; "" when blank. */
  demonstrated: string;
  demonstratedCell: string;
  indicators: IndicatorRow[];
}

export interface PdpRow {
  row: number;
  nos: string;
  nosCell: string;
  action: string;
  actionCell: string;
  indicator: string;
  target: Field<string | null>;
  progress: string;
  achieved: Field<string | null>;
}

export interface OutlineModel {
  sheet: string;
  worker: string;
  grade: string;
  /** The "Role profile" field: the paired profile's sheet name. */
  profileSheet: string;
  profileSheetCell: string;
  /** Rows of "The outline at a glance"; null when that table was not found. */
  glance: GlanceRow[] | null;
  /** Dimensions of "Full outline and review"; null when that part was not found. */
  outline: OutlineDimensionRows[] | null;
  outcome: Field<string>;
  reviewDate: Field<string | null>;
  reviewer: Field<string>;
  signatures: { employee: Field<string>; manager: Field<string>; date: Field<string | null> };
  pdp: PdpRow[];
  /** The paired role profile's management NOS that apply (Applies or Optional); null when no profile was found. */
  profileManagementNos: { code: string; status: string; sheet: string; cell: string }[] | null;
  today: string;
}

export type OutlineRead =
  { ok: true; model: Omit<OutlineModel, 'profileManagementNos' | 'today'> } | { ok: false; problem: string };

const [REF, TEXT, , , REVIEW] = OUTLINE_COLUMNS;
const REF_PATTERN = /^(.+?)\s+L(\d+)(?:\s+(.*))?$/;
const TICK = '✓';
const PDP_HEADINGS = [
  'NOS',
  'What to develop, and the action agreed',
  'KSF indicator',
  'Target date',
  'Progress',
  'Achieved (date)',
];

/** "1" … "6" are the core dimensions, as the handbook's table numbers them; other numbers are codes. */
export function dimensionCode(number: string): string {
  const n = number.replace(/\s+/g, ' ').trim();
  if (/^[1-6]$/.test(n)) return `Core ${n}`;
  const core = /^core\s*(\d)$/i.exec(n);
  if (core) return `Core ${core[1]}`;
  return n.replace(/\s+/g, '').toUpperCase();
}

export function readOutlineSheet(sheet: GridSheet): OutlineRead {
  const r = new SheetReader(sheet);
  const glance = readGlance(r);
  const outline = readFullOutline(r);
  if (!glance && !outline) {
    return { ok: false, problem: 'neither "The outline at a glance" nor the full outline table was found' };
  }
  const field = (label: string) => {
    const row = r.findRow(0, label);
    return row < 0 ? { text: '', cell: '' } : { text: r.text(row, 1), cell: r.address(row, 1) };
  };
  const gatewayStart = Math.max(0, outline ? (outline[outline.length - 1]?.row ?? 0) : 0);
  const input = (label: string | RegExp) => {
    const row = r.findRow(1, label, gatewayStart);
    return row < 0 ? -1 : row;
  };
  const textField = (row: number): Field<string> =>
    row < 0
      ? { value: '', cell: '', raw: '' }
      : { value: r.text(row, 2), cell: r.address(row, 2), raw: r.text(row, 2) };
  const outcomeRow = input('Gateway outcome');
  const dateRow = input('Review date');
  const [employeeLine, managerLine, dateLine] = ksfModelOutline.signatures;
  return {
    ok: true,
    model: {
      sheet: sheet.name,
      worker: field('Worker').text,
      grade: field('Grade').text,
      profileSheet: field('Role profile').text,
      profileSheetCell: field('Role profile').cell,
      glance,
      outline,
      outcome: textField(outcomeRow),
      reviewDate: dateRow < 0 ? { value: null, cell: '', raw: '' } : dateField(r, dateRow, 2),
      reviewer: textField(input('Reviewer')),
      signatures: {
        employee: signature(r, input(/^Signed\b.*\(\s*Employee\s*\)/i), employeeLine),
        manager: signature(r, input(/^Signed\b.*\(\s*Line Manager\s*\)/i), managerLine),
        date: signatureDate(r, input(/^Date\b/i), dateLine),
      },
      pdp: readPdp(r),
    },
  };
}

function readGlance(r: SheetReader): GlanceRow[] | null {
  const top = r.findHeader(['No.', 'Dimension']);
  if (!top) return null;
  const foundationCol = findCol(r, top.row, ksfModelOutline.gatewayHeadings.foundation) ?? 2;
  const secondCol = findCol(r, top.row, ksfModelOutline.gatewayHeadings.second) ?? 4;
  const numberCol = top.cols['No.'];
  const titleCol = top.cols['Dimension'];
  const rows: GlanceRow[] = [];
  // The header spans two rows ("Level", "Indicators" below the gateway headings).
  for (let row = top.row + 2; row <= r.lastRow; row++) {
    if (r.isEmptyRow(row)) break;
    const number = r.text(row, numberCol);
    const title = r.text(row, titleCol);
    if (!number || /\(not in this outline\)/.test(title)) continue;
    rows.push({
      row,
      code: dimensionCode(number),
      numberCell: r.address(row, numberCol),
      title,
      foundation: gatewayCells(r, row, foundationCol),
      second: gatewayCells(r, row, secondCol),
    });
  }
  return rows;
}

function findCol(r: SheetReader, row: number, heading: string): number | undefined {
  for (let c = 0; c < 30; c++) if (r.text(row, c) === heading) return c;
  return undefined;
}

function gatewayCells(r: SheetReader, row: number, col: number): GatewayCells {
  const cell = r.cell(row, col);
  const raw = r.text(row, col);
  const level = cell && typeof cell.value === 'number' ? cell.value : raw === '' ? null : raw;
  return {
    level,
    levelCell: r.address(row, col),
    indicators: r.text(row, col + 1),
    indicatorsCell: r.address(row, col + 1),
  };
}

function readFullOutline(r: SheetReader): OutlineDimensionRows[] | null {
  const head = r.findHeader([REF, TEXT, 'Foundation gateway', 'Second gateway', REVIEW]);
  if (!head) return null;
  const c = head.cols;
  const dims: OutlineDimensionRows[] = [];
  for (let row = head.row + 1; row <= r.lastRow; row++) {
    if (r.isEmptyRow(row)) break;
    const ref = r.text(row, c[REF]);
    if (!ref) continue;
    const m = REF_PATTERN.exec(ref);
    if (!m) {
      dims.push({
        row,
        code: dimensionCode(ref),
        refCell: r.address(row, c[REF]),
        demonstrated: r.text(row, c[REVIEW]),
        demonstratedCell: r.address(row, c[REVIEW]),
        indicators: [],
      });
      continue;
    }
    const dim = dims[dims.length - 1];
    if (!m[3] || !dim) continue; // a level's title row
    dim.indicators.push({
      row,
      ref,
      refCell: r.address(row, c[REF]),
      level: Number(m[2]),
      letter: /^\(.*\)$/.test(m[3]) ? '' : m[3].trim(),
      foundation: r.text(row, c['Foundation gateway']) === TICK,
      second: r.text(row, c['Second gateway']) === TICK,
      review: r.text(row, c[REVIEW]),
      reviewCell: r.address(row, c[REVIEW]),
    });
  }
  return dims;
}

/** A signature: typed beside its line, or written into the line itself in place of the dots. */
function signature(r: SheetReader, row: number, line: string): Field<string> {
  if (row < 0) return { value: '', cell: '', raw: '' };
  const beside = r.text(row, 2);
  if (beside) return { value: beside, cell: r.address(row, 2), raw: beside };
  const text = r.text(row, 1);
  const inLine = text === line || text.includes('..') ? '' : text;
  return { value: inLine, cell: inLine ? r.address(row, 1) : r.address(row, 2), raw: inLine };
}

function signatureDate(r: SheetReader, row: number, line: string): Field<string | null> {
  if (row < 0) return { value: null, cell: '', raw: '' };
  if (r.text(row, 2)) return dateField(r, row, 2);
  const text = r.text(row, 1);
  if (text === line || text.includes('..')) return { value: null, cell: r.address(row, 2), raw: '' };
  const typed = text.replace(/^Date\s*:?\s*/i, '');
  return { value: cellDate({ kind: 's', value: typed }), cell: r.address(row, 1), raw: typed };
}

function readPdp(r: SheetReader): PdpRow[] {
  const head = r.findHeader(PDP_HEADINGS);
  if (!head) return [];
  const c = head.cols;
  const rows: PdpRow[] = [];
  for (let row = head.row + 1; row <= r.lastRow; row++) {
    if (r.isEmptyRow(row)) continue;
    // The plan comes before the full outline (older outlines have it last).
    if (r.text(row, 0) === OUTLINE_HEADING) break;
    rows.push({
      row,
      nos: r.text(row, c['NOS']),
      nosCell: r.address(row, c['NOS']),
      action: r.text(row, c[PDP_HEADINGS[1]]),
      actionCell: r.address(row, c[PDP_HEADINGS[1]]),
      indicator: r.text(row, c['KSF indicator']),
      target: dateField(r, row, c['Target date']),
      progress: r.text(row, c['Progress']),
      achieved: dateField(r, row, c['Achieved (date)']),
    });
  }
  return rows;
}
