/**
 * A worker's KSF outline as a sheet, in printed parts that each start a page:
 * 1. who it is for, and the outline at a glance (the handbook's table: gateway levels and indicators per
 *    dimension), with the levels the role profile's NOS suggest beside each dimension;
 * 2. the personal development plan, on one page, fed by dropdowns of the profile's NOS and this outline's
 *    indicators;
 * 3. the full outline with review columns: each indicator met / not yet met / not applicable with
 *    evidence, the level demonstrated per dimension, the areas of application, the gateway outcome and the
 *    handbook's own signature lines; then notes on how the outline was made and what the handbook lacks.
 * The full outline's header repeats on each of its pages (print titles). A sheet has one set of print
 * titles, and every page after them repeats them, which is why the plan comes before the full outline.
 * Nothing is protected: the handbook asks for local variations to be reflected in the outline.
 */
import { ksfModelOutline } from '../ksf';
import { OutlinePlan, PlannedDimension, PlannedLevel } from '../roles/outline-plan';
import { suggestionText } from '../roles/ksf-suggestions';
import { GRADE_LABELS, SETTING_LABELS, WorkerInput } from '../roles/worker';
import { cellAddress, rangeAddress } from './a1';
import { CellValue, FormulaCell, SheetSpec, StyledRange, Validation } from './model';
import { absolute, DATE_FORMAT, INPUT_FILL, NEEDS_DEVELOPMENT, ProfileRefs } from './role-profile-sheet';
import { quoteSheetName } from './sheet-names';
import { COLOURS } from './table-sheet';
import { pagePoints } from './page-fit';
import { lineHeight, rowHeight, widthFor } from './wrap-height';
import { PairNames } from './worker-sheet-names';

export const REVIEW_VALUES = ['Met', 'Not yet met', 'Not applicable'];
export const LEVEL_DEMONSTRATED = ['Not yet at Level 1', 'Level 1', 'Level 2', 'Level 3', 'Level 4'];
export const GATEWAY_OUTCOMES = [
  'Foundation gateway met',
  'Foundation gateway not yet met',
  'Second gateway met',
  'Second gateway not yet met',
];
export const PDP_PROGRESS = ['Not started', 'In progress', 'Achieved'];
/** Rows of the development plan: as many as fit its one page. */
export const PDP_ROWS = 14;
export const OUTLINE_HEADING = 'Full outline and review';
export const OUTLINE_COLUMNS = [
  'Ref',
  'Dimensions and levels / Indicators',
  'Foundation gateway',
  'Second gateway',
  'Review',
  'Evidence',
  'PDP',
  ksfModelOutline.fullOutlineColumns[2],
];
/** The Review column holds the longest choice of its dropdowns, bold on a dimension's row, on one line. */
const WIDTHS = [13, 48, 11, 11, widthFor('Not yet at Level 1', { bold: true }), 20, widthFor('Add to PDP'), 30];
const C = { ref: 0, text: 1, foundation: 2, second: 3, review: 4, evidence: 5, pdp: 6, areas: 7 };
const LAST = WIDTHS.length - 1;
const TICK = '✓';
const HEADER_MAX = 80;

/** Builds rows top to bottom, keeping styles, merges and heights next to the row they belong to. */
class SheetWriter {
  readonly rows: CellValue[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: string[] = [];
  readonly validations: Validation[] = [];
  readonly formulas: FormulaCell[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly pageBreaks: number[] = [];

  get next(): number {
    return this.rows.length;
  }

  add(values: CellValue[], style?: StyledRange['style'], lastCol = LAST): number {
    const r = this.rows.length;
    this.rows.push(values);
    if (style) this.styles.push({ range: rangeAddress(r, 0, r, lastCol), style });
    return r;
  }

  /** A line of text across the whole width, wrapped. */
  line(text: string, style: StyledRange['style'] = {}): number {
    const r = this.add([text], { wrap: true, vertical: 'top', ...style });
    this.merges.push(rangeAddress(r, 0, r, LAST));
    this.fitHeight(r, [text], [WIDTHS.reduce((a, b) => a + b, 0)]);
    return r;
  }

  /** A heading across the whole width, so it prints inside its (merged) cell. */
  heading(text: string, style: StyledRange['style'] = { fontSize: 12 }): number {
    const r = this.add([text], { bold: true, fontColor: COLOURS.title, ...style });
    this.merges.push(rangeAddress(r, 0, r, LAST));
    return r;
  }

  style(range: string, style: StyledRange['style']): void {
    this.styles.push({ range, style });
  }

  /** Points the rows from `first` up to (not including) `end` take. */
  height(first: number, end: number): number {
    let points = 0;
    for (let r = first; r < end; r++) points += this.rowHeights[r] ?? lineHeight();
    return points;
  }

  /** Grow row `r` to fit its wrapped text. */
  fitHeight(r: number, values: CellValue[], widths: number[], bold = false): void {
    const h = rowHeight(values, widths, bold);
    if (h && h > (this.rowHeights[r] ?? 0)) this.rowHeights[r] = h;
  }
}

export function buildKsfOutlineSheet(
  worker: WorkerInput,
  plan: OutlinePlan,
  names: PairNames,
  profile: ProfileRefs,
): SheetSpec {
  const w = new SheetWriter();
  w.heading(`KSF outline: ${worker.name}`, { fontSize: 14 });
  w.heading(plan.label, { fontColor: plan.derived ? 'B45F06' : COLOURS.title });
  w.add([]);
  const profileLink = header(w, worker, plan, names);
  glance(w, plan);
  w.pageBreaks.push(w.next);
  const pdp = developmentPlan(w);
  w.pageBreaks.push(w.next);
  const outline = fullOutline(w, plan);
  gatewayAndSignatures(w);
  notes(w, plan);
  linkPlanAndOutline(w, pdp, outline, profile, names);

  return {
    name: names.outline,
    rows: w.rows,
    columns: WIDTHS.map((width) => ({ width })),
    styles: w.styles,
    merges: w.merges,
    validations: w.validations,
    formulas: w.formulas,
    links: [{ cell: profileLink, sheet: names.profile, target: 'A1' }],
    rowHeights: w.rowHeights,
    pageBreaks: w.pageBreaks,
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: `${outline.header + 1}:${outline.header + 1}`,
      header: `KSF outline – ${worker.name.slice(0, HEADER_MAX)}`,
    },
  };
}

/** Who the outline is for and how it was made; returns the cell that links to the role profile. */
function header(w: SheetWriter, worker: WorkerInput, plan: OutlinePlan, names: PairNames): string {
  const first = w.next;
  const fields: [string, CellValue][] = [
    ['Worker', worker.name],
    ['Grade', GRADE_LABELS[worker.grade]],
    ['Service setting', SETTING_LABELS[worker.setting]],
    ['Team', worker.team ?? ''],
    ['Role profile', names.profile],
  ];
  for (const [label, value] of fields) w.add([label, value]);
  w.style(rangeAddress(first, 0, w.next - 1, 0), { bold: true });
  w.style(rangeAddress(first, 1, first + 3, 1), { fill: INPUT_FILL, locked: false });
  const rule = w.add(['How this outline was made', plan.rule]);
  w.merges.push(rangeAddress(rule, 1, rule, LAST));
  w.style(rangeAddress(rule, 0, rule, LAST), { wrap: true, vertical: 'top' });
  w.style(cellAddress(rule, 0), { bold: true });
  w.fitHeight(rule, ['How this outline was made', plan.rule], [WIDTHS[0], WIDTHS.slice(1).reduce((a, b) => a + b, 0)]);
  w.line(`${ksfModelOutline.localVariationNote} (${ksfModelOutline.source})`, { italic: true });
  w.add([]);
  return cellAddress(first + fields.length - 1, 1);
}

/** The handbook's table for this outline, with the role profile's suggestions beside it. */
function glance(w: SheetWriter, plan: OutlinePlan): void {
  const heading = w.heading('The outline at a glance');
  const top = w.add([
    'No.',
    'Dimension',
    ksfModelOutline.gatewayHeadings.foundation,
    null,
    ksfModelOutline.gatewayHeadings.second,
    null,
    "Suggested by the role profile's NOS (indicative KSF links)",
  ]);
  const sub = w.add([null, null, 'Level', 'Indicators', 'Level', 'Indicators', null]);
  w.merges.push(
    rangeAddress(top, 0, sub, 0),
    rangeAddress(top, 1, sub, 1),
    rangeAddress(top, 2, top, 3),
    rangeAddress(top, 4, top, 5),
    rangeAddress(top, 6, sub, LAST),
  );
  w.style(rangeAddress(top, 0, sub, LAST), {
    bold: true,
    fill: COLOURS.headerFill,
    fontColor: COLOURS.headerFont,
    wrap: true,
    vertical: 'top',
  });
  w.fitHeight(
    top,
    [null, null, ksfModelOutline.gatewayHeadings.foundation, null, ksfModelOutline.gatewayHeadings.second],
    [WIDTHS[0], WIDTHS[1], WIDTHS[2] + WIDTHS[3], 0, WIDTHS[4] + WIDTHS[5]],
  );

  const suggestions = new Map(plan.suggestions.map((s) => [s.dimension, s]));
  const glanceWidths = [WIDTHS[0], WIDTHS[1], WIDTHS[2], WIDTHS[3], WIDTHS[4], WIDTHS[5], WIDTHS[6] + WIDTHS[7]];
  const row = (values: CellValue[]) => {
    const r = w.add(values);
    w.merges.push(rangeAddress(r, 6, r, LAST));
    w.fitHeight(r, values, glanceWidths);
    return r;
  };
  const first = w.next;
  for (const d of plan.dimensions) {
    row([
      d.number,
      d.title,
      d.foundation.level,
      d.foundation.indicators,
      d.second.level,
      d.second.indicators,
      suggestionText(suggestions.get(d.code)) || '–',
    ]);
  }
  const extra = plan.suggestions.filter((s) => !plan.dimensions.some((d) => d.code === s.dimension));
  for (const s of extra) {
    const r = row([s.dimension, `${s.title} (not in this outline)`, null, null, null, null, suggestionText(s)]);
    w.style(rangeAddress(r, 0, r, LAST), { fontColor: COLOURS.mutedFont });
  }
  const last = w.next - 1;
  w.style(rangeAddress(first, 0, last, LAST), { wrap: true, vertical: 'top', border: true });
  w.style(rangeAddress(first, 2, last, 5), { horizontal: 'center' });
  w.add([]);
  // Who the outline is for and the table share the first page when they fit on it.
  if (w.height(0, w.next) > pagePoints(WIDTHS, 'landscape')) w.pageBreaks.push(heading);
}

/**
 * At the end, after the signatures: how a derived outline differs from the handbook's model, and where
 * the handbook copy is incomplete, for the dimensions in this outline.
 */
function notes(w: SheetWriter, plan: OutlinePlan): void {
  const codes = new Set(plan.dimensions.map((d) => d.code));
  const derived = plan.derived ? plan.dimensions.filter((d) => d.derivation) : [];
  const gaps = ksfModelOutline.seedGaps.filter((g) => codes.has(g.split(':')[0]));
  if (derived.length === 0 && gaps.length === 0) return;
  w.add([]);
  w.heading('Notes on this outline');
  for (const d of derived) w.line(`• ${d.code} ${d.title}: ${d.derivation}`);
  for (const gap of gaps) w.line(`• ${gap}`);
  if (gaps.length > 0)
    w.line('Rows standing in for missing text are in italics in the full outline; agree the wording locally.', {
      italic: true,
    });
}

interface OutlineRows {
  /** The header row, repeated on each printed page of the outline. */
  header: number;
  /** First and last row of the outline: its Ref column is the PDP dropdown's source. */
  first: number;
  last: number;
  /** Review ranges of the indicator rows. */
  reviews: string[];
  /** Indicator rows, which get a "PDP" formula once the plan's range is known. */
  indicators: number[];
}

function fullOutline(w: SheetWriter, plan: OutlinePlan): OutlineRows {
  w.heading(OUTLINE_HEADING);
  const head = w.add([...OUTLINE_COLUMNS], {
    bold: true,
    fill: COLOURS.headerFill,
    fontColor: COLOURS.headerFont,
    wrap: true,
    vertical: 'top',
  });
  w.fitHeight(head, OUTLINE_COLUMNS, WIDTHS, true);
  const rows: OutlineRows = { header: head, first: w.next, last: 0, reviews: [], indicators: [] };
  for (const d of plan.dimensions) dimensionBlock(w, d, rows);
  rows.last = w.next - 1;
  w.style(rangeAddress(rows.first, 0, rows.last, LAST), { wrap: true, vertical: 'top', border: true });
  w.style(rangeAddress(rows.first, C.foundation, rows.last, C.second), { horizontal: 'center' });
  w.add([]);
  return rows;
}

/**
 * One dimension: heading row (level demonstrated), level rows, indicator rows; the areas of application
 * alongside, a few to a row, so a page break between rows never cuts the list (a merged cell would be).
 */
function dimensionBlock(w: SheetWriter, d: PlannedDimension, rows: OutlineRows): void {
  const gatewayLevel = (level: number) => `Level ${level}`;
  const top = w.add(
    [d.code, d.heading, gatewayLevel(d.foundation.level), gatewayLevel(d.second.level)],
    { bold: true, fill: COLOURS.areaFill },
    LAST - 1,
  );
  w.fitHeight(top, [d.code, d.heading], WIDTHS, true);
  w.style(cellAddress(top, C.review), { fill: INPUT_FILL, locked: false });
  w.validations.push({
    range: cellAddress(top, C.review),
    values: LEVEL_DEMONSTRATED,
    prompt: `The level of ${d.code} demonstrated at this review.`,
  });
  for (const level of d.levels) levelRows(w, d, level, rows);
  const bottom = w.next - 1;
  w.style(rangeAddress(top, C.areas, bottom, C.areas), {
    fill: INPUT_FILL,
    locked: false,
    italic: !!d.areasNote && d.areasOfApplication.length === 0,
  });
  placeAreas(w, top, bottom, areasItems(d));
}

function levelRows(w: SheetWriter, d: PlannedDimension, level: PlannedLevel, rows: OutlineRows): void {
  const prefix = `${d.code} L${level.level}`;
  const uses = (g: 'foundation' | 'second') => (d[g].level === level.level ? TICK : null);
  const title = level.title
    ? `Level ${level.level} - ${level.title}${level.titleNote ? `\n${level.titleNote}` : ''}`
    : `Level ${level.level} - ${level.titleNote}`;
  const r = w.add(
    [prefix, title, uses('foundation'), uses('second')],
    { bold: true, fill: COLOURS.sectionFill },
    LAST - 1,
  );
  w.fitHeight(r, [prefix, title], WIDTHS, true);

  const firstIndicator = w.next;
  const printedLetters = level.indicators.some((i) => !i.placeholder);
  for (const ind of level.indicators) {
    const ref = ind.letter ? `${prefix} ${ind.letter}` : `${prefix} (${printedLetters ? 'rest' : 'all'})`;
    const text = ind.letter ? `${ind.letter}) ${ind.text}` : ind.text;
    const row = w.add([ref, text, ind.foundation ? TICK : '–', ind.second ? TICK : '–']);
    w.fitHeight(row, [ref, text], WIDTHS);
    if (ind.placeholder) w.style(rangeAddress(row, 0, row, C.second), { italic: true, fontColor: COLOURS.mutedFont });
    else if (!ind.foundation && !ind.second)
      w.style(rangeAddress(row, 0, row, C.second), { fontColor: COLOURS.mutedFont });
    rows.indicators.push(row);
  }
  const lastIndicator = w.next - 1;
  if (lastIndicator < firstIndicator) return;
  const reviewRange = rangeAddress(firstIndicator, C.review, lastIndicator, C.review);
  rows.reviews.push(reviewRange);
  w.validations.push({
    range: reviewRange,
    values: REVIEW_VALUES,
    prompt: 'Met, not yet met or not applicable at this review.',
  });
  w.style(rangeAddress(firstIndicator, C.review, lastIndicator, C.evidence), { fill: INPUT_FILL, locked: false });
}

function areasItems(d: PlannedDimension): string[] {
  const items = d.areasOfApplication.map((a) => `• ${a}`);
  if (d.areasNote) items.push(d.areasNote);
  return items;
}

/** The areas in the block's rows, in order, the same number to each row (the last rows may get fewer). */
function placeAreas(w: SheetWriter, top: number, bottom: number, items: string[]): void {
  const perRow = Math.max(1, Math.ceil(items.length / (bottom - top + 1)));
  for (let i = 0; i * perRow < items.length; i++) {
    const r = top + i;
    const text = items.slice(i * perRow, (i + 1) * perRow).join('\n');
    while (w.rows[r].length < C.areas) w.rows[r].push(null);
    w.rows[r][C.areas] = text;
    w.fitHeight(r, [text], [WIDTHS[C.areas]]);
  }
}

function gatewayAndSignatures(w: SheetWriter): void {
  const fields: [string, Validation['kind'] | 'list' | 'text'][] = [
    ['Gateway outcome', 'list'],
    ['Review date', 'date'],
    ['Reviewer', 'text'],
  ];
  for (const [label, kind] of fields) {
    const r = w.add([null, label]);
    const input = rangeAddress(r, C.foundation, r, C.review);
    w.merges.push(input);
    w.style(cellAddress(r, C.text), { bold: true, horizontal: 'right' });
    w.style(input, {
      fill: INPUT_FILL,
      locked: false,
      border: true,
      ...(kind === 'date' && { numberFormat: DATE_FORMAT, horizontal: 'left' }),
    });
    const cell = cellAddress(r, C.foundation);
    if (kind === 'list')
      w.validations.push({
        range: cell,
        values: GATEWAY_OUTCOMES,
        prompt: 'The outcome agreed at this gateway review.',
      });
    if (kind === 'date') w.validations.push({ kind: 'date', range: cell, prompt: 'The date of the review.' });
  }
  w.add([]);
  // The handbook's own signature lines, with room to sign on paper and an input beside each for a typed
  // name or date, which the checker reads (a completed review needs both signatures and the date).
  for (const line of ksfModelOutline.signatures) {
    const r = w.add([null, line]);
    w.rowHeights[r] = 30;
    w.style(cellAddress(r, C.text), { vertical: 'bottom' });
    const input = rangeAddress(r, C.foundation, r, C.review);
    w.merges.push(input);
    const date = /^Date\b/.test(line);
    w.style(input, {
      fill: INPUT_FILL,
      locked: false,
      border: true,
      vertical: 'bottom',
      ...(date && { numberFormat: DATE_FORMAT, horizontal: 'left' }),
    });
    if (date)
      w.validations.push({ kind: 'date', range: cellAddress(r, C.foundation), prompt: 'The date both signed.' });
  }
}

interface PlanRows {
  /** The rows of the three counts, and the plan's own rows. */
  counts: number[];
  first: number;
  last: number;
}

/** The development plan's page: what to list, counts, and the plan's rows (their formulas come later). */
function developmentPlan(w: SheetWriter): PlanRows {
  w.heading('Personal development plan');
  w.line(
    'List here every NOS marked Developing or Needs support on the role profile, and every KSF indicator marked Not yet met ' +
      'in the full outline. Choose the NOS or the indicator from the dropdown (or both, where they go together), then agree ' +
      'the action, the support and a target date. The PDP column of the full outline shows "Add to PDP" until an indicator ' +
      'is listed here.',
  );
  const countLabels = [
    'NOS needing development on the role profile',
    'KSF indicators not yet met',
    'Items listed in this plan',
  ];
  const counts = countLabels.map((label) => {
    const r = w.add([null, label]);
    w.style(cellAddress(r, C.text), { bold: true, horizontal: 'right' });
    return r;
  });
  const headings = [
    'NOS',
    'What to develop, and the action agreed',
    'KSF indicator',
    'Target date',
    'Progress',
    'Support needed',
    'Achieved (date)',
    'Review notes',
  ];
  const head = w.add(headings, {
    bold: true,
    fill: COLOURS.headerFill,
    fontColor: COLOURS.headerFont,
    wrap: true,
    vertical: 'top',
  });
  w.fitHeight(head, headings, WIDTHS, true);
  const first = w.next;
  for (let i = 0; i < PDP_ROWS; i++) w.rowHeights[w.add([])] = 28;
  const last = w.next - 1;
  w.style(rangeAddress(first, 0, last, LAST), {
    fill: INPUT_FILL,
    locked: false,
    border: true,
    wrap: true,
    vertical: 'top',
  });
  w.style(rangeAddress(first, 3, last, 3), { numberFormat: DATE_FORMAT });
  w.style(rangeAddress(first, 6, last, 6), { numberFormat: DATE_FORMAT });
  return { counts, first, last };
}

/** The plan's counts and dropdowns, which read the full outline, and the outline's "Add to PDP" flags. */
function linkPlanAndOutline(
  w: SheetWriter,
  plan: PlanRows,
  outline: OutlineRows,
  profile: ProfileRefs,
  names: PairNames,
): void {
  const pdp = (c: number) => rangeAddress(plan.first, c, plan.last, c);
  const countFormulas = [
    NEEDS_DEVELOPMENT.map((v) => `COUNTIF(${profile.selfAssessment},"${v}")`).join('+'),
    outline.reviews.map((r) => `COUNTIF(${r},"Not yet met")`).join('+') || '0',
    `SUMPRODUCT(((${pdp(0)}<>"")+(${pdp(2)}<>"")>0)*1)`,
  ];
  plan.counts.forEach((r, i) =>
    w.formulas.push({ cell: cellAddress(r, C.foundation), formula: `=${countFormulas[i]}` }),
  );
  const sheet = quoteSheetName(names.outline);
  w.validations.push(
    { range: pdp(0), values: [], source: profile.codes, prompt: 'A NOS from the role profile.' },
    {
      range: pdp(2),
      values: [],
      source: `${sheet}!${absolute(rangeAddress(outline.first, C.ref, outline.last, C.ref))}`,
      prompt: 'A dimension, level or indicator of the full outline.',
    },
    { kind: 'date', range: pdp(3), prompt: 'When the action should be done.' },
    { range: pdp(4), values: PDP_PROGRESS },
    { kind: 'date', range: pdp(6), prompt: 'When it was achieved.' },
  );
  // "Add to PDP" on an indicator marked Not yet met until it is listed in the plan.
  for (const r of outline.indicators) {
    const review = cellAddress(r, C.review);
    w.formulas.push({
      cell: cellAddress(r, C.pdp),
      formula: `=IF(${review}="Not yet met",IF(COUNTIF(${absolute(pdp(2))},${cellAddress(r, C.ref)})>0,"In PDP","Add to PDP"),"")`,
    });
  }
}
