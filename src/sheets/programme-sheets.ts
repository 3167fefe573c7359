/**
 * The programme view: every site's monthly returns on one workbook. "Programme Summary" lists each site and
 * month with programme totals per month as formulas (edits recalculate); "Service Areas" and "Objective
 * Progress" show each site's latest return with programme shares and rating counts, also as formulas;
 * "Trends" follows the programme month by month; "Not included" lists every return left out, and why.
 * Data bars and colour scales draw on the same tables; in Excel the add-in adds native charts
 * (PROGRAMME_CHARTS), which the command line's exceljs cannot write.
 */
import { formatDate, utcDay } from '../grid/dates';
import { SiteMonthReturn } from '../consolidate/collect';
import { programmeExtent } from '../consolidate/extent';
import { Programme, inPostIndex } from '../consolidate/programme';
import { MonthlyReportDefinition } from '../monthly/definition';
import { Month, excelSerial } from '../monthly/month';
import { TOOLKIT_VERSION } from '../version';
import { fileName } from '../words';
import { cellAddress, columnLetter, rangeAddress } from './a1';
import { ChartPlan } from './chart-plan';
import { CellValue, ColorScaleFormat, SheetSpec, WorkbookSpec } from './model';
import { StampEntry } from './stamp';
import { COLOURS, FIRST_DATA_ROW, HEADER_ROW, buildTableSheet } from './table-sheet';
import { lineHeight, rowHeight, rowPoints, textHeight, widthFor } from './wrap-height';
import { PROGRAMME_DOCUMENT } from './document-kinds';

export const PROGRAMME_TEMPLATE = 'str-programme-view';

export const PROGRAMME_SHEETS = {
  summary: 'Programme Summary',
  areas: 'Service Areas',
  objectives: 'Objective Progress',
  trends: 'Trends',
  notIncluded: 'Not included',
} as const;

export const CHARTS_NOTE =
  'Charts: open this workbook in Excel with the STR Toolkit add-in and choose "Add charts" in its Programme view. ' +
  'Until then, bars and colours in the cells show the same numbers.';

/** Short column headings for the form's long labels, by field id. */
const SHORT_LABELS: Record<string, string> = {
  InPost: 'Workers in post',
  InRecruitment: 'In recruitment',
  Identified: 'Identified',
  Total: 'Total in site',
  Converted: 'Converted posts',
  New: 'New posts',
};

const BAR = '5B9BD5';
/** 0 (not achieved) red, through amber, to 3 (achieved) green. */
export const RATING_SCALE: Omit<ColorScaleFormat, 'range'> = {
  kind: 'colorScale',
  min: { value: 0, color: 'F8696B' },
  mid: { value: 1.5, color: 'FFEB84' },
  max: { value: 3, color: '63BE7B' },
};
const MONTH_FORMAT = 'mmm yyyy';
const PERCENT = '0.0%';

export interface ProgrammeSheetsOptions {
  /** Say on the summary that charts come from the add-in (the command-line workbook has none). */
  chartsNote: boolean;
  generated: Date;
}

export function programmeStamp(definition: MonthlyReportDefinition, now: Date): Omit<StampEntry, 'sheet'> {
  return {
    document: PROGRAMME_DOCUMENT,
    template: PROGRAMME_TEMPLATE,
    templateVersion: '1',
    toolkitVersion: TOOLKIT_VERSION,
    frameworkEdition: definition.source,
    generated: now.toISOString(),
  };
}

export function buildProgrammeWorkbook(programme: Programme, options: ProgrammeSheetsOptions): WorkbookSpec {
  return {
    sheets: [
      summarySheet(programme, options),
      areasSheet(programme),
      objectivesSheet(programme),
      trendsSheet(programme),
      notIncludedSheet(programme),
    ],
    names: [],
  };
}

function shortLabel(field: { id: string; label: string }): string {
  return SHORT_LABELS[field.id] ?? field.label.replace(/^Number of (STR workers )?/i, '').replace(/:\s*$/, '');
}

const monthCell = (m: Month) => excelSerial({ ...m, day: 1 });

/**
 * A number column as narrow as its heading allows: the heading wraps at its spaces, so its longest word
 * (bold) must fit. Narrow columns keep the wide sheets printing at 80% or more.
 */
function headingWidth(heading: string): number {
  return Math.max(8, ...heading.split(' ').map((word) => widthFor(word, { bold: true }) + 0.5));
}

/** Sheet-row bounds of a table's body: 0-based first and last rows (one empty row when there is no data). */
export function bodyRows(count: number): { first: number; last: number } {
  return { first: FIRST_DATA_ROW, last: HEADER_ROW + Math.max(count, 1) };
}

/** "$C$4:$C$33": a column of the table body, absolute, for formulas below it. */
export function bodyColumn(col: number, count: number): string {
  const { first, last } = bodyRows(count);
  const letter = columnLetter(col);
  return `$${letter}$${first + 1}:$${letter}$${last + 1}`;
}

export interface PlacedBlock {
  headerRow: number;
  firstRow: number;
  lastRow: number;
}

const BLOCK_TITLE = { bold: true, fontSize: 12 };

/** A titled block of rows below the table, with a header styled like the table's. */
export function appendBlock(
  sheet: SheetSpec,
  title: string,
  header: string[],
  rows: CellValue[][],
  percentColumns: number[] = [],
  /** The block's last column spans to this sheet column (a long text wraps across the sheet's width). */
  spanTo?: number,
): PlacedBlock {
  const titleRow = sheet.rows.length + 1;
  while (sheet.rows.length < titleRow) sheet.rows.push([]);
  sheet.rows.push([title], header, ...rows);
  const headerRow = titleRow + 1;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + Math.max(rows.length, 1);
  const lastCol = spanTo ?? header.length - 1;
  const widths = header.map((_, c) => sheet.columns[c]?.width ?? 10);
  if (spanTo !== undefined) {
    const from = header.length - 1;
    widths[from] = sheet.columns.slice(from, spanTo + 1).reduce((sum, c) => sum + c.width, 0);
    for (let r = headerRow; r <= lastRow; r++) sheet.merges.push(rangeAddress(r, from, r, spanTo));
  }
  // Each heading's longest word fits its column, so a heading wraps only at its spaces.
  header.forEach((h, c) => {
    if (c === 0 || (spanTo !== undefined && c === header.length - 1)) return;
    const widest = Math.max(...h.split(' ').map((word) => widthFor(word, { bold: true }) + 0.5));
    if ((sheet.columns[c]?.width ?? 0) < widest) sheet.columns[c] = { width: widest };
  });
  // The title spans the block, so it never runs past its cell, and wraps there when the block is narrow.
  if (lastCol > 0) sheet.merges.push(rangeAddress(titleRow, 0, titleRow, lastCol));
  const titleWidth = sheet.columns.slice(0, lastCol + 1).reduce((sum, c) => sum + c.width, 0);
  const titleHeight = textHeight(title, titleWidth, BLOCK_TITLE);
  if (titleHeight > lineHeight(BLOCK_TITLE)) (sheet.rowHeights ??= {})[titleRow] = rowPoints(titleHeight);
  // Heights from the one measurer, so wrapped headings and long names print whole.
  [header, ...rows].forEach((row, i) => {
    const height = rowHeight(row, widths, i === 0);
    if (height) (sheet.rowHeights ??= {})[headerRow + i] = height;
  });
  sheet.styles.push(
    {
      range: cellAddress(titleRow, 0),
      style: { ...BLOCK_TITLE, wrap: true, vertical: 'top', fontColor: COLOURS.title },
    },
    { range: rangeAddress(headerRow, 0, lastRow, lastCol), style: { border: true, vertical: 'top', wrap: true } },
    {
      range: rangeAddress(headerRow, 0, headerRow, lastCol),
      style: { bold: true, wrap: true, fill: COLOURS.headerFill, fontColor: COLOURS.headerFont },
    },
    ...percentColumns.map((c) => ({ range: rangeAddress(firstRow, c, lastRow, c), style: { numberFormat: PERCENT } })),
  );
  return { headerRow, firstRow, lastRow };
}

export function formula(sheet: SheetSpec, row: number, col: number, text: string): void {
  (sheet.formulas ??= []).push({ cell: cellAddress(row, col), formula: `=${text}` });
}

function columnStyle(sheet: SheetSpec, col: number, first: number, last: number, numberFormat: string): void {
  sheet.styles.push({ range: rangeAddress(first, col, last, col), style: { numberFormat } });
}

function sourceLine(programme: Programme, generated: Date): string {
  const left = programme.notIncluded.length;
  return (
    `${programmeExtent(programme)}. ` +
    (left ? `${left} not included: see "${PROGRAMME_SHEETS.notIncluded}". ` : '') +
    `Made by the STR Toolkit on ${formatDate(utcDay(generated))}.`
  );
}

// ---------- Programme Summary ----------

/** The summary's columns after Site and Month, in order; the month totals block shares them. */
interface SummaryColumns {
  numbers: number[];
  total: number;
  posts: number[];
  lived: number;
  livedShare: number;
  errors: number;
  warnings: number;
  file: number;
  sheet: number;
}

function summaryColumns(d: MonthlyReportDefinition): SummaryColumns {
  let next = 2;
  const take = () => next++;
  const numbers = d.numbers.rows.map(take);
  const total = take();
  const posts = d.posts.rows.map(take);
  return {
    numbers,
    total,
    posts,
    lived: take(),
    livedShare: take(),
    errors: take(),
    warnings: take(),
    file: take(),
    sheet: take(),
  };
}

function summarySheet(programme: Programme, options: ProgrammeSheetsOptions): SheetSpec {
  const d = programme.definition;
  const cols = summaryColumns(d);
  const inPost = cols.numbers[inPostIndex(d)];
  const header = [
    'Site',
    'Month',
    ...d.numbers.rows.map(shortLabel),
    shortLabel(d.numbers.total),
    ...d.posts.rows.map(shortLabel),
    'Lived experience',
    'Lived experience %',
    'Checker errors',
    'Checker warnings',
    'File',
    'Sheet',
  ];
  const row = (r: SiteMonthReturn): CellValue[] => {
    const cells: CellValue[] = [r.site, monthCell(r.month)];
    cols.numbers.forEach((c, i) => (cells[c] = r.numbers[i]));
    cols.posts.forEach((c, i) => (cells[c] = r.posts[i]));
    cells[cols.total] = null;
    cells[cols.lived] = r.livedExperience;
    cells[cols.livedShare] = null;
    cells[cols.errors] = r.errors;
    cells[cols.warnings] = r.warnings;
    cells[cols.file] = fileName(r.source);
    cells[cols.sheet] = r.sheet;
    return cells;
  };
  const n = programme.returns.length;
  const widths = header.map((h, c) =>
    c === 0 ? 24 : c === cols.file ? 30 : c === cols.sheet ? 10 : c === 1 ? 10 : headingWidth(h),
  );
  const sheet = buildTableSheet({
    name: PROGRAMME_SHEETS.summary,
    tableName: 'ProgrammeReturns',
    title: 'Programme Summary',
    source: sourceLine(programme, options.generated) + (options.chartsNote ? ` ${CHARTS_NOTE}` : ''),
    header,
    rows: programme.returns.map(row),
    widths,
    orientation: 'landscape',
  });
  const body = bodyRows(n);
  const sumOfNumbers = (r: number) =>
    `SUM(${cellAddress(r, cols.numbers[0])}:${cellAddress(r, cols.numbers[cols.numbers.length - 1])})`;
  const livedShare = (r: number) =>
    `IF(${cellAddress(r, inPost)}>0,${cellAddress(r, cols.lived)}/${cellAddress(r, inPost)},"")`;
  if (n > 0) {
    for (let r = body.first; r <= body.last; r++) {
      formula(sheet, r, cols.total, sumOfNumbers(r));
      formula(sheet, r, cols.livedShare, livedShare(r));
    }
  }
  columnStyle(sheet, 1, body.first, body.last, MONTH_FORMAT);
  columnStyle(sheet, cols.livedShare, body.first, body.last, PERCENT);

  // Programme totals per month: formulas over the table above, so an edited return recalculates them.
  const summed = [...cols.numbers, ...cols.posts, cols.lived, cols.errors, cols.warnings];
  const blockHeader = header.slice(0, cols.warnings + 1);
  blockHeader[0] = 'Month';
  blockHeader[1] = 'Sites reporting';
  const block = appendBlock(
    sheet,
    'Programme totals by month',
    blockHeader,
    programme.months.map((m) => [monthCell(m)]),
    [cols.livedShare],
  );
  const months = bodyColumn(1, n);
  programme.months.forEach((_, i) => {
    const r = block.firstRow + i;
    const month = `$A${r + 1}`;
    formula(sheet, r, 1, `COUNTIF(${months},${month})`);
    for (const c of summed) formula(sheet, r, c, `SUMIF(${months},${month},${bodyColumn(c, n)})`);
    formula(sheet, r, cols.total, sumOfNumbers(r));
    formula(sheet, r, cols.livedShare, livedShare(r));
  });
  columnStyle(sheet, 0, block.firstRow, block.lastRow, MONTH_FORMAT);
  sheet.conditionalFormats = [
    { kind: 'dataBar', range: rangeAddress(body.first, inPost, body.last, inPost), color: BAR },
    { kind: 'dataBar', range: rangeAddress(block.firstRow, inPost, block.lastRow, inPost), color: BAR },
    { kind: 'dataBar', range: rangeAddress(block.firstRow, cols.total, block.lastRow, cols.total), color: BAR },
  ];
  return sheet;
}

// ---------- Service Areas ----------

function areasSheet(programme: Programme): SheetSpec {
  const d = programme.definition;
  const fields = [...d.serviceAreas.teams, d.serviceAreas.other];
  const first = 2;
  const last = first + fields.length - 1;
  const named = last + 1;
  const all = named + 1;
  const header = ['Site', 'Month', ...fields.map((f) => f.label), 'Other: named as', 'All service areas'];
  const rows = programme.latest.map((r): CellValue[] => [
    r.site,
    monthCell(r.month),
    ...r.areas,
    r.otherAreaName,
    null,
  ]);
  const n = rows.length;
  const sheet = buildTableSheet({
    name: PROGRAMME_SHEETS.areas,
    tableName: 'ProgrammeServiceAreas',
    title: 'Service Areas',
    source: "Workers in each service area in each site's latest return, and each area's share of the programme.",
    header,
    rows,
    widths: header.map((h, c) => (c === 0 ? 24 : c === 1 ? 10 : c === named ? 18 : headingWidth(h))),
    orientation: 'landscape',
  });
  const body = bodyRows(n);
  if (n > 0) {
    for (let r = body.first; r <= body.last; r++)
      formula(sheet, r, all, `SUM(${cellAddress(r, first)}:${cellAddress(r, last)})`);
  }
  columnStyle(sheet, 1, body.first, body.last, MONTH_FORMAT);

  const block = appendBlock(
    sheet,
    'Programme share by service area',
    ['Service area', 'Workers', 'Share of programme'],
    fields.map((f) => [f.label]),
    [2],
  );
  const workers = `$B$${block.firstRow + 1}:$B$${block.lastRow + 1}`;
  fields.forEach((_, i) => {
    const r = block.firstRow + i;
    formula(sheet, r, 1, `SUM(${bodyColumn(first + i, n)})`);
    formula(sheet, r, 2, `IF(SUM(${workers})>0,B${r + 1}/SUM(${workers}),"")`);
  });
  const totalRow = block.lastRow + 2;
  sheet.rows.push([], ['All service areas']);
  formula(sheet, totalRow, 1, `SUM(${workers})`);
  sheet.styles.push({ range: rangeAddress(totalRow, 0, totalRow, 1), style: { bold: true, border: true } });
  sheet.conditionalFormats = [
    { kind: 'dataBar', range: rangeAddress(body.first, first, body.last, last), color: BAR },
    { kind: 'dataBar', range: rangeAddress(block.firstRow, 1, block.lastRow, 1), color: BAR },
    { kind: 'dataBar', range: rangeAddress(block.firstRow, 2, block.lastRow, 2), color: BAR },
  ];
  return sheet;
}

// ---------- Objective Progress ----------

function objectivesSheet(programme: Programme): SheetSpec {
  const { objectives, ratings } = programme;
  const header = ['Site', 'Month', ...objectives.map((o) => o.key)];
  const rows = programme.latest.map((r): CellValue[] => [r.site, monthCell(r.month), ...r.ratings]);
  const n = rows.length;
  const sheet = buildTableSheet({
    name: PROGRAMME_SHEETS.objectives,
    tableName: 'ProgrammeObjectives',
    title: 'Objective Progress',
    source:
      "Each site's self rating of each objective in its latest return: 0 is not achieved, 3 is achieved. " +
      'The objectives are listed below the ratings.',
    header,
    rows,
    widths: header.map((_, c) => (c === 0 ? 26 : c === 1 ? 11 : 6)),
    orientation: 'landscape',
  });
  const body = bodyRows(n);
  columnStyle(sheet, 1, body.first, body.last, MONTH_FORMAT);
  sheet.styles.push({
    range: rangeAddress(body.first, 2, body.last, header.length - 1),
    style: { horizontal: 'center' },
  });

  // What each key means: each statement wraps across the width of the ratings above it.
  appendBlock(
    sheet,
    'The objectives',
    ['Key', 'What the objective says'],
    objectives.map((o) => [o.key, `${o.sectionTitle}: ${o.statement}`]),
    [],
    header.length - 1,
  );

  const notRated = 1 + ratings.length;
  const share = notRated + 1;
  const block = appendBlock(
    sheet,
    'Programme summary per objective',
    ['Objective', ...ratings.map((v) => `Sites rated ${v}`), 'Not rated', 'Share achieved'],
    objectives.map((o) => [o.key]),
    [share],
  );
  const sites = bodyColumn(0, n);
  objectives.forEach((o, i) => {
    const r = block.firstRow + i;
    const column = bodyColumn(2 + i, n);
    ratings.forEach((v, k) => formula(sheet, r, 1 + k, `COUNTIF(${column},${v})`));
    formula(sheet, r, notRated, `COUNTA(${sites})-COUNT(${column})`);
    formula(sheet, r, share, `IF(COUNTA(${sites})>0,COUNTIF(${column},${o.achieved})/COUNTA(${sites}),"")`);
  });
  // The block's headings need a little more room than a rating does.
  for (let c = 1; c <= share; c++) sheet.columns[c] = { width: Math.max(sheet.columns[c]?.width ?? 0, 9) };
  sheet.conditionalFormats = [
    { ...RATING_SCALE, range: rangeAddress(body.first, 2, body.last, header.length - 1) },
    { kind: 'dataBar', range: rangeAddress(block.firstRow, share, block.lastRow, share), color: '63BE7B' },
  ];
  return sheet;
}

// ---------- Trends ----------

function trendsSheet(programme: Programme): SheetSpec {
  const sections = programme.definition.sections;
  const header = ['Month', 'Workers in post', 'Sites reporting', ...sections.map((s) => `Average rating: ${s.title}`)];
  const rows = programme.trends.map((t): CellValue[] => [monthCell(t.month), t.inPost, t.sites, ...t.sectionAverages]);
  const sheet = buildTableSheet({
    name: PROGRAMME_SHEETS.trends,
    tableName: 'ProgrammeTrends',
    title: 'Trends',
    source: 'Month by month: workers in post across the programme, and the average self rating in each section.',
    header,
    rows,
    widths: header.map((_, c) => (c === 0 ? 11 : c < 3 ? 12 : 18)),
    orientation: 'landscape',
  });
  const body = bodyRows(rows.length);
  const lastCol = header.length - 1;
  columnStyle(sheet, 0, body.first, body.last, MONTH_FORMAT);
  sheet.styles.push({ range: rangeAddress(body.first, 3, body.last, lastCol), style: { numberFormat: '0.00' } });
  sheet.conditionalFormats = [
    { kind: 'dataBar', range: rangeAddress(body.first, 1, body.last, 1), color: BAR },
    { ...RATING_SCALE, range: rangeAddress(body.first, 3, body.last, lastCol) },
  ];
  return sheet;
}

// ---------- Not included ----------

const PROBLEMS = {
  unreadable: 'Could not be read',
  'not-a-return': 'Not a monthly return',
  incomplete: 'Cannot be placed',
  replaced: 'Replaced by a newer version',
} as const;

function notIncludedSheet(programme: Programme): SheetSpec {
  const header = ['File', 'Sheet', 'Problem', 'Why it was not included'];
  const rows: CellValue[][] =
    programme.notIncluded.length > 0
      ? programme.notIncluded.map((n) => [fileName(n.source), n.sheet, PROBLEMS[n.kind], n.reason])
      : [['', '', 'None', 'Every return given was included.']];
  return buildTableSheet({
    name: PROGRAMME_SHEETS.notIncluded,
    tableName: 'ProgrammeNotIncluded',
    title: 'Not included',
    source: 'Returns left out of the programme view, and why. Fix them and consolidate again.',
    header,
    rows,
    widths: [34, 12, 22, 70],
    orientation: 'landscape',
  });
}

// ---------- charts (Office.js only) ----------

export function programmeCharts(definition: MonthlyReportDefinition): ChartPlan[] {
  const ratings = new Set(definition.sections.flatMap((s) => s.objectives.flatMap((o) => o.scale.map((l) => l.value))));
  return [
    {
      sheet: PROGRAMME_SHEETS.trends,
      name: 'STR_WorkersInPost',
      type: 'Line',
      title: 'STR workers in post',
      description:
        'Line chart of the STR workers in post across the programme, month by month (the Month table beside it).',
      blockHeader: 'Month',
      columns: 2,
      anchorColumn: 3 + definition.sections.length + 1,
    },
    {
      sheet: PROGRAMME_SHEETS.areas,
      name: 'STR_ServiceAreaShares',
      type: 'Pie',
      title: 'Workers by service area',
      description:
        'Pie chart of the STR workers in each service area, from the sites’ latest returns (the Service area table beside it).',
      blockHeader: 'Service area',
      columns: 2,
      anchorColumn: 4,
    },
    {
      sheet: PROGRAMME_SHEETS.objectives,
      name: 'STR_ObjectiveProgress',
      type: 'BarStacked',
      title: 'Sites at each rating, per objective',
      description:
        'Stacked bar chart of how many sites rate themselves at each rating, one bar per objective (the Objective table beside it).',
      blockHeader: 'Objective',
      columns: 1 + ratings.size,
      anchorColumn: 4 + ratings.size,
    },
  ];
}
