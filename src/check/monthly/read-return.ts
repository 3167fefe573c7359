/**
 * Reads one month's sheet of the Implementation Site Monthly Report into a typed model. Each field is found
 * by its sheet-scoped defined name, or, when the name is missing, by the form's label (the input sits beside
 * it, as the layout puts it). Values are parsed but never thrown away: a bad value is kept as found, so the
 * rules can name it. Reading never throws on bad input.
 */
import { GridCell, GridSheet, WorkbookGrid } from '../../grid/grid';
import { cellAddress, parseCell, parseRange } from '../../sheets/a1';
import { MonthlyReportDefinition, Objective, ReportSection, labelsFor } from '../../monthly/definition';
import {
  ADDED_FIELDS,
  HEADER_FIELDS,
  areaField,
  areaNameField,
  numberField,
  objectiveFields,
  objectiveKey,
  postField,
  reportField,
} from '../../monthly/fields';
import { CalendarDate, Month, parseMonth } from '../../monthly/month';
import { monthIndex, parseDateText, parseIsoDate, serialToDate } from '../../grid/dates';
import { namesOn } from '../check-workbook';

/** The toolkit's own labels for the fields it adds (monthly-report-sheets.ts). */
export const ADDED_LABELS = {
  steeringGroupMeeting: 'Date of the initial steering group meeting:',
  livedExperience: 'Number of STR workers in post who declare lived experience of mental health problems:',
  dateSubmitted: 'Date submitted:',
} as const;

export interface FieldRead {
  /** The defined name, e.g. "Numbers_InPost". */
  name: string;
  /** The form's words for it, without a trailing colon: "Self rating this month". */
  label: string;
  /** A1 address; "" when the field was found neither by name nor by label. */
  cell: string;
  found: boolean;
  /** Found by its label because its defined name is missing, or no longer beside the label. */
  byLabel: boolean;
  /**
   * Where the defined name points, when that cell is no longer beside the form's label: rows or columns were
   * inserted or deleted by a program that does not move names, so the name is not trusted.
   */
  nameMovedFrom?: string;
  raw: GridCell | undefined;
  /** Nothing typed. */
  empty: boolean;
  /** The value as the user would read it: "2", "yes", "2008-04-01". */
  shown: string;
}

export interface TextRead extends FieldRead {
  text: string;
}

export interface NumberRead extends FieldRead {
  /** The number, when the cell holds one (or a number typed as text); null otherwise. */
  number: number | null;
  /** A number stored as text, e.g. "4". */
  storedAsText: boolean;
}

export interface DateRead extends FieldRead {
  date: CalendarDate | null;
  storedAsText: boolean;
  /** A plain number, not a date (a rating 3 typed here): `date` is then the day Excel would make of it. */
  bareNumber: boolean;
}

export interface MonthRead extends FieldRead {
  month: Month | null;
}

export interface CountRead extends NumberRead {
  id: string;
}

export interface ObjectiveRead {
  /** "EO1". */
  key: string;
  section: ReportSection;
  /** 0-based within its section. */
  index: number;
  objective: Objective;
  baseline: NumberRead;
  selfRating: NumberRead;
  pdsa: NumberRead;
  dateAchieved: DateRead;
}

export interface MonthlyReturn {
  sheet: string;
  definition: MonthlyReportDefinition;
  site: TextRead;
  lead: TextRead;
  month: MonthRead;
  /** In post, in recruitment, identified. */
  numbers: CountRead[];
  total: CountRead;
  posts: CountRead[];
  areas: CountRead[];
  otherArea: CountRead;
  otherAreaName: TextRead;
  objectives: ObjectiveRead[];
  report: TextRead[];
  steeringGroupMeeting: DateRead;
  livedExperience: NumberRead;
  dateSubmitted: DateRead;
  /** Defined names of the fields found by label instead. */
  foundByLabel: string[];
  /** Defined names of the fields found neither way. */
  notFound: string[];
  /** Last month's return for the same site, when one was given. */
  previous?: MonthlyReturn;
}

/** "In post" from the numbers, by its id in fields.ts. */
export function inPostOf(model: MonthlyReturn): CountRead | undefined {
  return model.numbers.find((n) => n.id === 'InPost');
}

/** A count that is a whole number ≥ 0, or null. */
export function validCount(field: NumberRead): number | null {
  return field.number !== null && Number.isInteger(field.number) && field.number >= 0 ? field.number : null;
}

/** Every field of the model, for rules that look at all of them. */
export function allFields(model: MonthlyReturn): FieldRead[] {
  return [
    model.site,
    model.lead,
    model.month,
    ...model.numbers,
    model.total,
    ...model.posts,
    ...model.areas,
    model.otherArea,
    model.otherAreaName,
    ...model.objectives.flatMap((o) => [o.baseline, o.selfRating, o.pdsa, o.dateAchieved]),
    ...model.report,
    model.steeringGroupMeeting,
    model.livedExperience,
    model.dateSubmitted,
  ];
}

/** Fields the user types into (not the month, due date or computed totals). */
export function inputFields(model: MonthlyReturn): FieldRead[] {
  return allFields(model).filter((f) => f !== model.month && f !== model.total);
}

/** The last day of a month. */
export function monthEnd(m: Month): CalendarDate {
  return { ...m, day: new Date(Date.UTC(m.year, m.month, 0)).getUTCDate() };
}

export { compareDates, formatDate, parseDateText } from '../../grid/dates';

function shownOf(cell: GridCell | undefined): string {
  if (!cell || cell.kind === 'empty' || cell.value === null) return '';
  return String(cell.value);
}

function isEmpty(cell: GridCell | undefined): boolean {
  return (
    !cell ||
    cell.kind === 'empty' ||
    cell.value === null ||
    (typeof cell.value === 'string' && cell.value.trim() === '')
  );
}

/** Where each field is: by defined name first, then by label. */
class Locator {
  private readonly named = new Map<string, string>();
  /** Locked text cells, top first: built on the first look-up by label, which a form with all its names never makes. */
  private labelIndex: { text: string; row: number; col: number }[] | null = null;
  readonly byLabel: string[] = [];
  readonly notFound: string[] = [];
  /**
   * Each cell text normalised once: the look-ups above a field walk the same first-column cells for every
   * objective (normalising was the checker's largest cost on the main thread, measured on 1,000 returns).
   */
  private readonly normalised = new Map<string, string>();
  private column: (string | undefined)[] | null = null;
  private statementIndex: { statements: Set<string>; rows: (string | null)[] } | null = null;

  constructor(
    grid: WorkbookGrid,
    private readonly sheet: GridSheet,
  ) {
    for (const n of namesOn(grid, sheet.name)) {
      if (!n.range || this.named.has(n.name)) continue;
      try {
        const r = parseRange(n.range);
        this.named.set(n.name, cellAddress(r.row, r.col));
      } catch {
        // A name over something other than a cell is treated as missing.
      }
    }
  }

  private get texts(): { text: string; row: number; col: number }[] {
    if (this.labelIndex) return this.labelIndex;
    const texts: { text: string; row: number; col: number }[] = [];
    for (const [address, cell] of Object.entries(this.sheet.cells)) {
      if (cell.kind !== 's' || typeof cell.value !== 'string' || cell.unlocked) continue;
      try {
        texts.push({ text: this.normal(cell.value), ...parseCell(address) });
      } catch {
        // not an address
      }
    }
    this.labelIndex = texts.sort((a, b) => a.row - b.row || a.col - b.col);
    return texts;
  }

  private normal(text: string): string {
    let normal = this.normalised.get(text);
    if (normal === undefined) this.normalised.set(text, (normal = normalise(text)));
    return normal;
  }

  /** Rows of every cell holding this label, top first. */
  labelCells(label: string, fromRow = 0, toRow = Infinity): { row: number; col: number }[] {
    const want = normalLabel(label);
    return this.texts.filter((t) => t.text === want && t.row >= fromRow && t.row < toRow);
  }

  /**
   * A field by its defined name, trusted only while the form's label still sits beside that cell; otherwise
   * (no name, or a name left behind when rows or columns were inserted) by its label.
   */
  field(name: string, label: string, place: Place): FieldRead {
    const named = this.named.get(name) ?? null;
    const nameMoved = named !== null && !place.labelled(named);
    let address = nameMoved ? null : named;
    let byLabel = false;
    if (!address) {
      address = place.find();
      if (address) {
        byLabel = true;
        this.byLabel.push(name);
      } else this.notFound.push(name);
    }
    const raw = address ? this.sheet.cells[address] : undefined;
    const read: FieldRead = {
      name,
      label: fieldLabel(label),
      cell: address ?? '',
      found: address !== null,
      byLabel,
      raw,
      empty: isEmpty(raw),
      shown: shownOf(raw),
    };
    if (nameMoved) read.nameMovedFrom = named;
    return read;
  }

  /** The nearest statement above the cell, in the form's first column, among `statements` (normalised). */
  statementAbove(address: string, statements: Set<string>): string | null {
    const row = parseCell(address).row;
    return row > 0 ? (this.statementsDown(statements)[Math.min(row, this.firstColumn.length) - 1] ?? null) : null;
  }

  /** The first column's text cells by row (sparse), built on first use. */
  private get firstColumn(): (string | undefined)[] {
    if (this.column) return this.column;
    const column: (string | undefined)[] = [];
    for (const address in this.sheet.cells) {
      const cell = this.sheet.cells[address];
      if (typeof cell.value !== 'string' || !/^\$?A\$?\d+$/i.test(address)) continue;
      column[parseCell(address).row] = cell.value;
    }
    return (this.column = column);
  }

  /**
   * For each row of the first column, the nearest statement at or above it: built once, as every objective's
   * four fields look up theirs (walking up from each was a tenth of checking a return, measured).
   */
  private statementsDown(statements: Set<string>): (string | null)[] {
    if (this.statementIndex?.statements === statements) return this.statementIndex.rows;
    const rows: (string | null)[] = [];
    let current: string | null = null;
    const column = this.firstColumn;
    for (let row = 0; row < column.length; row++) {
      const text = column[row];
      if (text !== undefined && statements.has(this.normal(text))) current = this.normal(text);
      rows.push(current);
    }
    this.statementIndex = { statements, rows };
    return rows;
  }

  /** The cell `offset` columns right of (or, with `down`, below) the first cell holding the label. */
  beside(label: string, offset = 1, down = 0, fromRow = 0, toRow = Infinity): Place {
    const want = normalLabel(label);
    return {
      find: () => {
        const at = this.labelCells(label, fromRow, toRow)[0];
        return at ? cellAddress(at.row + down, at.col + (down ? 0 : offset)) : null;
      },
      labelled: (address) => {
        const { row, col } = parseCell(address);
        const [labelRow, labelCol] = down ? [row - down, col] : [row, col - offset];
        if (labelRow < 0 || labelCol < 0) return false;
        const cell = this.sheet.cells[cellAddress(labelRow, labelCol)];
        return typeof cell?.value === 'string' && this.normal(cell.value) === want;
      },
    };
  }
}

/** Where a field's label puts its input: found by searching for the label, or confirmed beside a named cell. */
interface Place {
  find(): string | null;
  labelled(address: string): boolean;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The form's own labels normalised, each once per process: the same few hundred are looked up in every return
 * (normalising them again was the checker's largest single cost, measured on 1,000 returns). Only labels from
 * the definition come here, never a cell's text, so the map stays that small.
 */
const normalLabels = new Map<string, string>();

function normalLabel(label: string): string {
  let normal = normalLabels.get(label);
  if (normal === undefined) normalLabels.set(label, (normal = normalise(label)));
  return normal;
}

const fieldLabels = new Map<string, string>();

/** "Self rating this month:" as a field's label in messages: "Self rating this month". */
function fieldLabel(label: string): string {
  let trimmed = fieldLabels.get(label);
  if (trimmed === undefined) fieldLabels.set(label, (trimmed = label.replace(/:\s*$/, '').trim()));
  return trimmed;
}

/**
 * A field read with what its kind adds (its number, date…), made from the FieldRead itself, which is new for each
 * field: copying every field's properties into a new object was a fifth of checking a return (measured).
 */
function extend<T extends FieldRead>(f: FieldRead, extra: Omit<T, keyof FieldRead>): T {
  return Object.assign(f, extra) as T;
}

function asText(f: FieldRead): TextRead {
  return extend(f, { text: f.empty ? '' : f.shown.trim() });
}

function asNumber(f: FieldRead): NumberRead {
  const raw = f.raw;
  if (f.empty || !raw) return extend(f, { number: null, storedAsText: false });
  if (raw.kind === 'n' && typeof raw.value === 'number') return extend(f, { number: raw.value, storedAsText: false });
  if (raw.kind === 's' && typeof raw.value === 'string' && /^\s*[+-]?\d+(?:\.\d+)?\s*$/.test(raw.value))
    return extend(f, { number: Number(raw.value), storedAsText: true });
  return extend(f, { number: null, storedAsText: false });
}

function asCount(f: FieldRead, id: string): CountRead {
  return Object.assign(asNumber(f), { id });
}

function asDate(f: FieldRead): DateRead {
  const raw = f.raw;
  const none = { date: null, storedAsText: false, bareNumber: false };
  if (f.empty || !raw) return extend(f, { ...none });
  if (raw.kind === 'd' && typeof raw.value === 'string') return extend(f, { ...none, date: parseIsoDate(raw.value) });
  if (raw.kind === 'n' && typeof raw.value === 'number')
    return extend(f, { ...none, date: serialToDate(raw.value), bareNumber: true });
  if (raw.kind === 's' && typeof raw.value === 'string') {
    const date = parseDateText(raw.value);
    return extend(f, { ...none, date, storedAsText: date !== null });
  }
  return extend(f, { ...none });
}

function asMonth(f: FieldRead): MonthRead {
  const raw = f.raw;
  if (f.empty || !raw) return extend(f, { month: null });
  const fromDate = (d: CalendarDate | null): Month | null => (d ? { year: d.year, month: d.month } : null);
  if (raw.kind === 'd' && typeof raw.value === 'string') return extend(f, { month: fromDate(parseIsoDate(raw.value)) });
  if (raw.kind === 'n' && typeof raw.value === 'number') return extend(f, { month: fromDate(serialToDate(raw.value)) });
  if (raw.kind === 's' && typeof raw.value === 'string') {
    const text = raw.value.trim();
    const iso = parseMonth(text);
    if (iso) return extend(f, { month: iso });
    const words = /^([A-Za-z]+)\s+(\d{4})$/.exec(text);
    if (words) {
      const month = monthIndex(words[1]);
      const year = Number(words[2]);
      return extend(f, { month: month && year >= 1900 ? { year, month } : null });
    }
    return extend(f, { month: fromDate(parseDateText(text)) });
  }
  return extend(f, { month: null });
}

const statementSets = new WeakMap<MonthlyReportDefinition, Set<string>>();

/** The definition's objective statements, normalised: one set per definition, so a Locator indexes by it once. */
function statementKeysOf(d: MonthlyReportDefinition): Set<string> {
  let keys = statementSets.get(d);
  if (!keys) {
    keys = new Set(d.sections.flatMap((s) => s.objectives.map((o) => normalLabel(o.statement))));
    statementSets.set(d, keys);
  }
  return keys;
}

/** Reads the sheet; the caller decides whether enough was found to check it. */
export function readMonthlyReturn(
  grid: WorkbookGrid,
  sheet: GridSheet,
  definition: MonthlyReportDefinition,
): MonthlyReturn {
  const at = new Locator(grid, sheet);
  const d = definition;
  const site = asText(at.field(HEADER_FIELDS.site, d.header.site, at.beside(d.header.site)));
  const lead = asText(at.field(HEADER_FIELDS.lead, d.header.lead, at.beside(d.header.lead)));
  const month = asMonth(at.field(HEADER_FIELDS.month, d.header.month, at.beside(d.header.month)));
  const rowLabel = (label: string, explanation: string) => `${label} ${explanation}`.trim();
  const numbers = d.numbers.rows.map((row) =>
    asCount(at.field(numberField(row.id), row.label, at.beside(rowLabel(row.label, row.explanation))), row.id),
  );
  const t = d.numbers.total;
  const total = asCount(at.field(numberField(t.id), t.label, at.beside(rowLabel(t.label, t.explanation))), t.id);
  const posts = d.posts.rows.map((row) =>
    asCount(at.field(postField(row.id), row.label, at.beside(row.label)), row.id),
  );
  const areas = d.serviceAreas.teams.map((team) =>
    asCount(at.field(areaField(team.id), team.label, at.beside(team.label)), team.id),
  );
  const other = d.serviceAreas.other;
  const otherArea = asCount(at.field(areaField(other.id), other.label, at.beside(other.label)), other.id);
  const otherAreaName = asText(
    at.field(
      areaNameField(other.id),
      `${other.label.replace(/\s*\(.*\)\s*$/, '')} (the service area)`,
      at.beside(other.label, 2),
    ),
  );

  // Objective labels repeat for every objective: look for them below the objective's own statement.
  // Only a field missing its name needs them, so they are found on the first such field.
  const statements = d.sections.flatMap((s) => s.objectives.map((o) => o.statement));
  const statementKeys = statementKeysOf(d);
  let statementRows: number[] | null = null;
  const rowsOfStatements = () => (statementRows ??= statements.map((s) => at.labelCells(s)[0]?.row ?? -1));
  const objectives: ObjectiveRead[] = [];
  let n = 0;
  for (const section of d.sections) {
    section.objectives.forEach((objective, index) => {
      const key = objectiveKey(section, index);
      const fields = objectiveFields(key);
      const labels = labelsFor(d, objective);
      const position = n;
      n += 1;
      const near = (label: string): Place => ({
        find: () => {
          const rows = rowsOfStatements();
          const from = rows[position];
          if (from < 0) return null;
          const later = rows.slice(position + 1).filter((r) => r > from);
          return at.beside(label, 1, 0, from, later.length ? Math.min(...later) : Infinity).find();
        },
        // The label repeats in every objective: the cell must also sit under this objective's own statement
        // (rows inserted one objective's height above would otherwise leave names on the previous objective).
        labelled: (address) =>
          at.beside(label).labelled(address) &&
          at.statementAbove(address, statementKeys) === normalLabel(objective.statement),
      });
      objectives.push({
        key,
        section,
        index,
        objective,
        baseline: asNumber(at.field(fields.baseline, labels.baseline, near(labels.baseline))),
        selfRating: asNumber(at.field(fields.selfRating, labels.selfRating, near(labels.selfRating))),
        pdsa: asNumber(at.field(fields.pdsa, labels.pdsa, near(labels.pdsa))),
        dateAchieved: asDate(at.field(fields.dateAchieved, labels.dateAchieved, near(labels.dateAchieved))),
      });
    });
  }
  const report = d.leadsReport.fields.map((f) =>
    asText(at.field(reportField(f.id), f.label, at.beside(f.label, 0, 1))),
  );
  const steeringGroupMeeting = asDate(
    at.field(
      ADDED_FIELDS.steeringGroupMeeting,
      'Date of the initial steering group meeting',
      at.beside(ADDED_LABELS.steeringGroupMeeting),
    ),
  );
  const livedExperience = asNumber(
    at.field(
      ADDED_FIELDS.livedExperience,
      'Number of STR workers in post who declare lived experience',
      at.beside(ADDED_LABELS.livedExperience),
    ),
  );
  const dateSubmitted = asDate(
    at.field(ADDED_FIELDS.dateSubmitted, 'Date submitted', at.beside(ADDED_LABELS.dateSubmitted)),
  );

  return {
    sheet: sheet.name,
    definition,
    site,
    lead,
    month,
    numbers,
    total,
    posts,
    areas,
    otherArea,
    otherAreaName,
    objectives,
    report,
    steeringGroupMeeting,
    livedExperience,
    dateSubmitted,
    foundByLabel: at.byLabel,
    notFound: at.notFound,
  };
}

/** How many fields the model has, for deciding whether the sheet is a monthly report at all. */
export function fieldCount(model: MonthlyReturn): number {
  return allFields(model).length;
}
