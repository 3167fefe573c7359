/**
 * The team view as sheets: "Team Summary" (one row per worker; totals below as formulas, so an edited row
 * recalculates them; reviews due per month), "KSF Levels" (workers × dimensions, each cell the level
 * demonstrated of the level the outline asks for, shaded by the gap; counts per dimension below), "NOS
 * Self-assessment" (NOS × workers, counts per NOS as formulas), "Development Plans" (every action, overdue
 * said in words), "Training Needs" (most needed first, with NVQ units and core tasks) and "Not included".
 * Every table has a filterable, frozen header that prints on every page. In-cell bars draw the three charts'
 * data; in Excel the add-in adds native charts (TEAM_CHARTS) on the same blocks.
 */
import type { DimensionSummary, PdpAction, ReviewState, Team, TeamMember } from '../consolidate/team/types';
import { formatDate, parseIsoDate, utcDay } from '../grid/dates';
import { excelSerial } from '../monthly/month';
import { FRAMEWORK_EDITION } from '../framework';
import { TOOLKIT_VERSION } from '../version';
import { counted, fileName } from '../words';
import { cellAddress, rangeAddress } from './a1';
import { CellValue, CellStyle, SheetSpec, WorkbookSpec } from './model';
import { ChartPlan } from './chart-plan';
import { pagePoints, pageStarts } from './page-fit';
import { appendBlock, bodyColumn, bodyRows, formula, PlacedBlock } from './programme-sheets';
import { StampEntry } from './stamp';
import { buildTableSheet, FIRST_DATA_ROW, HEADER_ROW } from './table-sheet';
import { POINTS_PER_LINE } from './wrap-height';
import { TEAM_DOCUMENT } from './document-kinds';

export const TEAM_TEMPLATE = 'str-team-view';

export const TEAM_SHEETS = {
  summary: 'Team Summary',
  levels: 'KSF Levels',
  nos: 'NOS Self-assessment',
  pdp: 'Development Plans',
  training: 'Training Needs',
  notIncluded: 'Not included',
} as const;

export const TEAM_CHARTS_NOTE =
  'Charts: open this workbook in Excel with the STR Toolkit add-in and choose "Add charts" in its Team view. ' +
  'Until then, bars in the cells show the same numbers.';

/** Block headers the charts read (column A of the block's header row). */
export const TEAM_BLOCKS = {
  levels: 'Dimension',
  reviewsDue: 'Month',
  training: 'NOS',
} as const;

/** Shades with dark text of at least 4.5:1 contrast; the words or numbers in the cell say the same. */
export const SHADES = {
  good: { fill: 'C6EFCE', fontColor: '006100' },
  near: { fill: 'FFEB9C', fontColor: '7A4500' },
  bad: { fill: 'FFC7CE', fontColor: '9C0006' },
  none: { fill: 'EDEDED', fontColor: '404040' },
} satisfies Record<string, CellStyle>;

const BAR = '5B9BD5';
const DATE_FORMAT = 'dd/mm/yyyy';
const MONTH_FORMAT = 'mmm yyyy';

export const REVIEW_WORDS: Record<ReviewState, string> = {
  overdue: 'Overdue',
  'due soon': 'Due soon',
  'not due': 'Not due',
  'no review': 'No review yet',
};

export const GATEWAY_WORDS = { met: 'Met', 'not yet met': 'Not yet met', 'not reviewed': 'Not reviewed' } as const;

export function teamStamp(now: Date): Omit<StampEntry, 'sheet'> {
  return {
    document: TEAM_DOCUMENT,
    template: TEAM_TEMPLATE,
    templateVersion: '1',
    toolkitVersion: TOOLKIT_VERSION,
    frameworkEdition: FRAMEWORK_EDITION,
    generated: now.toISOString(),
  };
}

export interface TeamSheetsOptions {
  /** Say on the summary that charts come from the add-in (the command-line workbook has none). */
  chartsNote: boolean;
  generated: Date;
}

export function buildTeamWorkbook(team: Team, options: TeamSheetsOptions): WorkbookSpec {
  return {
    sheets: [
      summarySheet(team, options),
      levelsSheet(team),
      nosSheet(team),
      pdpSheet(team),
      trainingSheet(team),
      notIncludedSheet(team),
    ],
    names: [],
  };
}

/** The native charts the add-in draws on the blocks the command line shows as in-cell bars. */
/** The training needs the chart shows: the ten most needed. */
export const TOP_NEEDS = 10;

/** Their alt text is the team's own numbers (teamChartAltText), added when the team is at hand (src/excel/team.ts). */
export const TEAM_CHARTS: Omit<ChartPlan, 'description'>[] = [
  {
    sheet: TEAM_SHEETS.levels,
    name: 'STR_TeamLevels',
    type: 'BarStacked',
    title: 'Workers at each level demonstrated, per dimension',
    blockHeader: TEAM_BLOCKS.levels,
    columns: 6,
    anchorColumn: 12,
  },
  {
    sheet: TEAM_SHEETS.summary,
    name: 'STR_TeamReviewsDue',
    type: 'ColumnClustered',
    title: 'Reviews due per month, next 12 months',
    blockHeader: TEAM_BLOCKS.reviewsDue,
    columns: 2,
    anchorColumn: 3,
  },
  {
    sheet: TEAM_SHEETS.training,
    name: 'STR_TeamTrainingNeeds',
    type: 'BarStacked',
    title: 'Top training needs: workers needing support or developing, per NOS',
    blockHeader: TEAM_BLOCKS.training,
    maxRows: TOP_NEEDS,
    columns: 3,
    anchorColumn: 10,
  },
];

/** The words each chart's alt text says, so a screen-reader user hears what the picture shows. */
export function teamChartAltText(plan: Omit<ChartPlan, 'description'>, team: Team): string {
  if (plan.blockHeader === TEAM_BLOCKS.reviewsDue)
    return `${plan.title}: ${team.reviewsDue.map((r) => `${monthWords(r.month)} ${r.due}`).join(', ')}.`;
  if (plan.blockHeader === TEAM_BLOCKS.training)
    return `${plan.title}: ${topNeeds(team)
      .map((n) => `${n.code} ${n.needsSupport.length} needing support, ${n.developing.length} developing`)
      .join('; ')}.`;
  return `${plan.title}: ${team.dimensions
    .map((d) => `${d.code} ${d.atOutlineLevel} of ${d.workers} at the outline's level`)
    .join('; ')}.`;
}

const topNeeds = (team: Team) => team.trainingNeeds.slice(0, TOP_NEEDS);

// ---------- helpers ----------

function dateCell(iso: string | null): CellValue {
  const d = iso ? parseIsoDate(iso) : null;
  return d ? excelSerial(d) : null;
}

function monthWords(month: string): string {
  const d = parseIsoDate(`${month}-01`);
  return d ? formatDate(d).slice(3) : month;
}

function asOfWords(team: Team): string {
  const d = parseIsoDate(team.asOf);
  return d ? formatDate(d) : team.asOf;
}

function columnStyle(sheet: SheetSpec, col: number, rows: { first: number; last: number }, style: CellStyle): void {
  sheet.styles.push({ range: rangeAddress(rows.first, col, rows.last, col), style });
}

function shadeCell(sheet: SheetSpec, row: number, col: number, style: CellStyle): void {
  sheet.styles.push({ range: cellAddress(row, col), style });
}

/**
 * The sheet breaks its own pages at Excel's page size (page-fit.ts), so Excel and LibreOffice break in the
 * same places, and each block under the table (title, header and rows) stays on one page: a page never
 * ends inside a block, which then starts the next page. The table's last rows, a quarter page of them, go
 * with the first block, so a page never holds a few rows of totals alone.
 */
function breakPages(sheet: SheetSpec, blocks: PlacedBlock[]): void {
  const heights = sheet.rows.map((_, r) => sheet.rowHeights?.[r] ?? POINTS_PER_LINE);
  const room = pagePoints(
    sheet.columns.map((c) => c.width),
    sheet.print.orientation,
  );
  const first = blocks[0];
  let tail = first.headerRow - 1;
  const sum = (from: number) => heights.slice(from, first.lastRow + 1).reduce((a, b) => a + b, 0);
  while (tail > FIRST_DATA_ROW && sum(tail) < room / 4) tail--;
  const keptWithNext = (row: number) =>
    (row >= tail && row < first.lastRow) || blocks.some((b) => row >= b.headerRow - 1 && row < b.lastRow);
  sheet.pageBreaks = pageStarts(heights, keptWithNext, room, { first: HEADER_ROW, last: HEADER_ROW });
}

function extentLine(team: Team): string {
  const who = team.team ? `team "${team.team}"` : 'all teams';
  const left = team.notIncluded.length
    ? ` ${team.notIncluded.length} not included: see "${TEAM_SHEETS.notIncluded}".`
    : '';
  return `${counted(team.members.length, 'worker')}, ${who}, as of ${asOfWords(team)}.${left}`;
}

// ---------- Team Summary ----------

const SUMMARY_HEADER = [
  'Worker',
  'Grade',
  'Service setting',
  'Team',
  'Outline',
  'Last review',
  'Next review due',
  'Review',
  'Foundation gateway',
  'Second gateway',
  'Signed',
  'Checker errors',
  'Checker warnings',
  'File',
];
/**
 * Each heading's and value's longest word fits its column ("Intermediate", a date, "Foundation"), and the
 * rest wraps, so the summary prints at 80% or more across a landscape page.
 */
const SUMMARY_WIDTHS = [19, 12.5, 12, 12, 8, 11.5, 11.5, 10, 11, 9, 10, 8, 9, 25];
const S = { review: 7, foundation: 8, second: 9, signed: 10, errors: 11, warnings: 12, next: 6, last: 5 };

const REVIEW_SHADES: Record<ReviewState, CellStyle | null> = {
  overdue: SHADES.bad,
  'due soon': SHADES.near,
  'not due': null,
  'no review': SHADES.none,
};

/** The totals under the summary: label and formula over the table's columns. */
export function summaryTotals(n: number): [string, string][] {
  const col = (c: number) => bodyColumn(c, n);
  return [
    ['Workers', `COUNTA(${col(0)})`],
    ['Reviews overdue', `COUNTIF(${col(S.review)},"${REVIEW_WORDS.overdue}")`],
    ['Reviews due soon (next 3 months)', `COUNTIF(${col(S.review)},"${REVIEW_WORDS['due soon']}")`],
    ['No review yet', `COUNTIF(${col(S.review)},"${REVIEW_WORDS['no review']}")`],
    ['Foundation gateway met', `COUNTIF(${col(S.foundation)},"Met")`],
    ['Second gateway met', `COUNTIF(${col(S.second)},"Met")`],
    ['Reviews signed', `COUNTIF(${col(S.signed)},"Yes")`],
    ['Reviews not signed', `COUNTIF(${col(S.signed)},"No")`],
    ['Checker errors', `SUM(${col(S.errors)})`],
    ['Checker warnings', `SUM(${col(S.warnings)})`],
  ];
}

function summaryRow(m: TeamMember): CellValue[] {
  return [
    m.name,
    m.grade,
    m.setting,
    m.team,
    m.outline === 'model' ? 'Model' : 'Derived',
    dateCell(m.lastReview),
    dateCell(m.nextReviewDue),
    REVIEW_WORDS[m.review],
    GATEWAY_WORDS[m.foundationGateway],
    GATEWAY_WORDS[m.secondGateway],
    m.lastReview === null ? 'No review' : m.signed ? 'Yes' : 'No',
    m.errors,
    m.warnings,
    fileName(m.source),
  ];
}

function summarySheet(team: Team, options: TeamSheetsOptions): SheetSpec {
  const n = team.members.length;
  const sheet = buildTableSheet({
    name: TEAM_SHEETS.summary,
    tableName: 'TeamSummary',
    title: 'Team Summary',
    source:
      `${extentLine(team)} Next review due: a year after the last review, unless the outline gives a date. ` +
      'Reviews due per month, below, leaves out the overdue ones, which the totals count. ' +
      `Made by the STR Toolkit on ${formatDate(utcDay(options.generated))}.` +
      (options.chartsNote ? ` ${TEAM_CHARTS_NOTE}` : ''),
    header: SUMMARY_HEADER,
    rows: team.members.map(summaryRow),
    widths: SUMMARY_WIDTHS,
    orientation: 'landscape',
  });
  const body = bodyRows(n);
  columnStyle(sheet, S.last, body, { numberFormat: DATE_FORMAT });
  columnStyle(sheet, S.next, body, { numberFormat: DATE_FORMAT });
  team.members.forEach((m, i) => {
    const shade = REVIEW_SHADES[m.review];
    if (shade) shadeCell(sheet, FIRST_DATA_ROW + i, S.review, shade);
    if (m.lastReview !== null && !m.signed) shadeCell(sheet, FIRST_DATA_ROW + i, S.signed, SHADES.near);
    if (m.errors > 0) shadeCell(sheet, FIRST_DATA_ROW + i, S.errors, SHADES.bad);
  });

  const totals = summaryTotals(n);
  const block = appendBlock(
    sheet,
    'Team totals',
    ['Total', 'Count'],
    totals.map(([label]) => [label]),
  );
  totals.forEach(([, text], i) => formula(sheet, block.firstRow + i, 1, text));

  const due = appendBlock(
    sheet,
    'Reviews due per month, next 12 months',
    [TEAM_BLOCKS.reviewsDue, 'Reviews due'],
    team.reviewsDue.map((r) => [dateCell(`${r.month}-01`), r.due]),
  );
  columnStyle(sheet, 0, { first: due.firstRow, last: due.lastRow }, { numberFormat: MONTH_FORMAT, horizontal: 'left' });
  sheet.conditionalFormats = [{ kind: 'dataBar', range: rangeAddress(due.firstRow, 1, due.lastRow, 1), color: BAR }];
  breakPages(sheet, [block, due]);
  return sheet;
}

// ---------- KSF Levels ----------

/** "1 of 2": the level demonstrated of the level the outline asks for; "– of 2" when not recorded. */
export function levelText(demonstrated: number | null, outline: number | null): string {
  const shown = demonstrated === null ? '–' : String(demonstrated);
  return outline === null ? shown : `${shown} of ${outline}`;
}

function levelShade(demonstrated: number | null, outline: number | null): CellStyle {
  if (demonstrated === null || outline === null) return SHADES.none;
  const gap = outline - demonstrated;
  return gap <= 0 ? SHADES.good : gap === 1 ? SHADES.near : SHADES.bad;
}

export const LEVEL_COUNT_HEADER = [
  TEAM_BLOCKS.levels,
  'Not yet at Level 1',
  'Level 1',
  'Level 2',
  'Level 3',
  'Level 4',
  'Workers',
  "At the outline's level",
  "Below the outline's level",
  'Not recorded',
  'Title',
];

export function levelCounts(d: DimensionSummary): CellValue[] {
  return [d.code, ...d.byLevel, d.workers, d.atOutlineLevel, d.belowOutlineLevel, d.notRecorded, d.title];
}

function levelsSheet(team: Team): SheetSpec {
  const codes = team.dimensions.map((d) => d.code);
  const header = ['Worker', 'Team', 'Grade', ...codes];
  const rows = team.members.map((m) => [
    m.name,
    m.team,
    m.grade,
    ...codes.map((code) => {
      const d = m.dimensions.find((x) => x.code === code);
      return d ? levelText(d.demonstrated, d.outline) : '';
    }),
  ]);
  const sheet = buildTableSheet({
    name: TEAM_SHEETS.levels,
    tableName: 'TeamKsfLevels',
    title: 'KSF Levels',
    source:
      'Each cell: the level demonstrated at the last review, of the level the outline asks for at its second gateway ("1 of 2"; "–" when not recorded; empty when the worker\'s outline has no such dimension). ' +
      'Shaded green at the level, amber one below, red two or more below, grey not recorded.',
    header,
    rows,
    widths: [26, 18, 13, ...codes.map(() => 9)],
    orientation: 'landscape',
  });
  sheet.freeze = { rows: FIRST_DATA_ROW, columns: 1 };
  team.members.forEach((m, i) =>
    codes.forEach((code, c) => {
      const d = m.dimensions.find((x) => x.code === code);
      if (d)
        shadeCell(sheet, FIRST_DATA_ROW + i, 3 + c, { ...levelShade(d.demonstrated, d.outline), horizontal: 'center' });
    }),
  );
  // The dimension's title wraps across the dimension columns to its right; with few dimensions, it has a
  // column of its own.
  const titleCol = LEVEL_COUNT_HEADER.length - 1;
  const lastCol = header.length - 1;
  for (let c = sheet.columns.length; c < titleCol; c++) sheet.columns[c] = { width: 9 };
  if (lastCol <= titleCol) sheet.columns[titleCol] = { width: 30 };
  const block = appendBlock(
    sheet,
    'Workers per level demonstrated, by dimension',
    LEVEL_COUNT_HEADER,
    team.dimensions.map(levelCounts),
    [],
    lastCol > titleCol ? lastCol : undefined,
  );
  sheet.conditionalFormats = [
    { kind: 'dataBar', range: rangeAddress(block.firstRow, 7, block.lastRow, 7), color: BAR },
  ];
  breakPages(sheet, [block]);
  return sheet;
}

// ---------- NOS Self-assessment ----------

const SELF_WORDS = ['Competent', 'Developing', 'Needs support', 'Not applicable'];
const SELF_SHADES: Record<string, CellStyle> = {
  Competent: SHADES.good,
  Developing: SHADES.near,
  'Needs support': SHADES.bad,
  'Not applicable': SHADES.none,
};
/** Columns before the workers: NOS, title, rank, then a count per self-assessment. */
const NOS_FIRST_WORKER = 3 + SELF_WORDS.length;

function nosSheet(team: Team): SheetSpec {
  const header = ['NOS', 'Title', 'Most important (rank)', ...SELF_WORDS, ...team.members.map((m) => m.name)];
  const rows = team.nos.map((n) => [
    n.code,
    n.title,
    n.rank === null ? '' : `★ ${n.rank}`,
    ...SELF_WORDS.map(() => null),
    ...team.members.map((m) => m.nos.find((x) => x.code === n.code)?.selfAssessment ?? ''),
  ]);
  const sheet = buildTableSheet({
    name: TEAM_SHEETS.nos,
    tableName: 'TeamNosSelfAssessment',
    title: 'NOS Self-assessment',
    source:
      "Each worker's self-assessment from their role profile; the counts are formulas over the row. ★ marks the 18 NOS STR workers ranked most important (Appendix E), with the rank.",
    header,
    rows,
    // A column per worker: too wide for a page, so it prints across pages with the NOS and its title at
    // the left of each. "Competent" and "Developing" fit a worker's column; longer words wrap at spaces.
    widths: [9, 34, 10.5, 11, 11, 11, 11, ...team.members.map(() => 10.5)],
    orientation: 'landscape',
    rowHeadings: 2,
  });
  sheet.freeze = { rows: FIRST_DATA_ROW, columns: 1 };
  const last = NOS_FIRST_WORKER + Math.max(team.members.length, 1) - 1;
  team.nos.forEach((n, i) => {
    const r = FIRST_DATA_ROW + i;
    const range = `${cellAddress(r, NOS_FIRST_WORKER)}:${cellAddress(r, last)}`;
    SELF_WORDS.forEach((word, c) => formula(sheet, r, 3 + c, `COUNTIF(${range},"${word}")`));
    team.members.forEach((m, w) => {
      const shade = SELF_SHADES[m.nos.find((x) => x.code === n.code)?.selfAssessment ?? ''];
      if (shade) shadeCell(sheet, r, NOS_FIRST_WORKER + w, shade);
    });
  });
  return sheet;
}

// ---------- Development Plans ----------

export function pdpStatus(a: PdpAction): string {
  if (a.overdue) return 'Overdue';
  if (/^achieved$/i.test(a.progress) || a.achieved) return 'Achieved';
  return a.target ? 'Open' : 'No target date';
}

function pdpSheet(team: Team): SheetSpec {
  const header = [
    'Worker',
    'NOS',
    'KSF indicator',
    'Action agreed',
    'Support needed',
    'Target date',
    'Progress',
    'Achieved',
    'Status',
  ];
  const n = team.pdp.length;
  const sheet = buildTableSheet({
    name: TEAM_SHEETS.pdp,
    tableName: 'TeamDevelopmentPlans',
    title: 'Development Plans',
    source: `Every action of every worker's personal development plan. "Overdue": not achieved and past its target date as of ${asOfWords(team)}.`,
    header,
    rows: team.pdp.map((a) => [
      a.worker,
      a.nos,
      a.indicator,
      a.action,
      a.support,
      dateCell(a.target),
      a.progress,
      dateCell(a.achieved),
      pdpStatus(a),
    ]),
    widths: [24, 11, 14, 40, 26, 12, 12, 12, 13],
    orientation: 'landscape',
  });
  const body = bodyRows(n);
  columnStyle(sheet, 5, body, { numberFormat: DATE_FORMAT });
  columnStyle(sheet, 7, body, { numberFormat: DATE_FORMAT });
  team.pdp.forEach((a, i) => {
    if (a.overdue) shadeCell(sheet, FIRST_DATA_ROW + i, 8, { ...SHADES.bad, bold: true });
  });
  const block = appendBlock(sheet, 'Plan totals', ['Total', 'Count'], [['Actions'], ['Overdue'], ['Achieved']]);
  formula(sheet, block.firstRow, 1, `COUNTA(${bodyColumn(3, n)})`);
  formula(sheet, block.firstRow + 1, 1, `COUNTIF(${bodyColumn(8, n)},"Overdue")`);
  formula(sheet, block.firstRow + 2, 1, `COUNTIF(${bodyColumn(8, n)},"Achieved")`);
  breakPages(sheet, [block]);
  return sheet;
}

// ---------- Training Needs ----------

function trainingSheet(team: Team): SheetSpec {
  const header = [
    TEAM_BLOCKS.training,
    'Needs support',
    'Developing',
    'Title',
    'Most important (rank)',
    'Workers needing support',
    'Workers developing',
    'NVQ Level 3 units that cover it',
    'Core tasks it serves',
  ];
  const rows = team.trainingNeeds.map((t) => [
    t.code,
    t.needsSupport.length,
    t.developing.length,
    t.title,
    t.rank === null ? '' : `★ ${t.rank}`,
    t.needsSupport.join(', '),
    t.developing.join(', '),
    t.nvqUnits.length
      ? t.nvqUnits.map((u) => `${u.code} ${u.title} (${u.group})`).join('\n')
      : "None of the handbook's recommended units",
    t.coreTasks.join('\n'),
  ]);
  const sheet = buildTableSheet({
    name: TEAM_SHEETS.training,
    tableName: 'TeamTrainingNeeds',
    title: 'Training Needs',
    source:
      "NOS where workers need support or are developing (their role profiles' self-assessments), most needed first. " +
      "NVQ units: the handbook's NVQ Level 3 Health and Social Care units for STR workers that assess this NOS. Core tasks: Appendix B.",
    header,
    rows,
    // Long texts wrap in columns narrow enough to print at 80% or more across a landscape page.
    widths: [9, 9, 11, 24, 10.5, 18, 18, 28, 40],
    orientation: 'landscape',
  });
  const body = bodyRows(rows.length);
  // Bars light enough for the black count on them to read at 4.5:1 or more.
  sheet.conditionalFormats = [
    { kind: 'dataBar', range: rangeAddress(body.first, 1, body.last, 1), color: 'F8696B' },
    { kind: 'dataBar', range: rangeAddress(body.first, 2, body.last, 2), color: 'BF8F00' },
  ];
  return sheet;
}

// ---------- Not included ----------

const NOT_INCLUDED_WORDS = {
  unreadable: 'Could not be read',
  'no-outline': 'No KSF outline',
  replaced: 'Same worker again',
} as const;

function notIncludedSheet(team: Team): SheetSpec {
  return buildTableSheet({
    name: TEAM_SHEETS.notIncluded,
    tableName: 'TeamNotIncluded',
    title: 'Not included',
    source: 'Files and sheets left out of the team view, and why. Fix them and run the team view again.',
    header: ['File', 'Sheet', 'What', 'Why'],
    rows: team.notIncluded.map((n) => [fileName(n.source), n.sheet, NOT_INCLUDED_WORDS[n.kind], n.reason]),
    widths: [34, 22, 20, 70],
    orientation: 'landscape',
  });
}
