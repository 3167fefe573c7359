/**
 * A worker's role profile as a sheet: who it is for, the defaults in plain words, then every NOS as a
 * filterable table with its default, the NOS the worker may use instead, the indicative KSF links and the
 * worker's self-assessment (dropdowns), evidence and date. Everything stays editable: it is agreed locally.
 */
import { ProfileEntry, RoleProfile, STATUS_LABELS } from '../roles/role-profile';
import { GRADE_LABELS, SETTING_LABELS } from '../roles/worker';
import { rangeAddress, cellAddress } from './a1';
import { CellNote, CellValue, FormulaCell, SheetSpec, StyledRange, Validation } from './model';
import { quoteSheetName } from './sheet-names';
import { COLOURS } from './table-sheet';
import { rowHeight, widthFor } from './wrap-height';
import { PairNames } from './worker-sheet-names';

export const SELF_ASSESSMENT = ['Competent', 'Developing', 'Needs support', 'Not applicable'];
/** The self-assessment values that put a NOS in the personal development plan. */
export const NEEDS_DEVELOPMENT = ['Developing', 'Needs support'];
export const INPUT_FILL = 'FFF7D6';
export const DATE_FORMAT = 'dd/mm/yyyy';

export const PROFILE_COLUMNS = [
  'Section',
  'NOS',
  'Title',
  'Most important (rank)',
  'In this profile',
  'Why (Appendix E)',
  'Use instead (column three)',
  'Other related NOS',
  'Indicative KSF links',
  'Self-assessment',
  'Evidence',
  'Date',
];
/** Narrow enough to print at 80% or more on A4 landscape; the dropdowns' choices fit on one line. */
const WIDTHS = [7, 9, 27, 8, widthFor('Not applicable'), 20, 9, 20, 13, widthFor('Needs support'), 15, 11];
const COL = { code: 1, title: 2, rank: 3, status: 4, use: 6, self: 9, evidence: 10, date: 11 };
const LAST = PROFILE_COLUMNS.length - 1;

/** What the KSF outline sheet needs to point at on this sheet. */
export interface ProfileRefs {
  sheet: string;
  /** Absolute references with the sheet name, e.g. "'Role - Sam'!$B$20:$B$80". */
  codes: string;
  selfAssessment: string;
}

export interface RoleProfileSheet {
  sheet: SheetSpec;
  refs: ProfileRefs;
}

export function buildRoleProfileSheet(profile: RoleProfile, names: PairNames): RoleProfileSheet {
  const { worker, entries } = profile;
  const rows: CellValue[][] = [
    [`Role profile: ${worker.name}`],
    [
      'Built from STR workers – A Competence Framework (DH 2008): Appendix B and Appendix E, "Building a Role Profile". Agree it with the line manager; every cell can be changed.',
    ],
    [],
  ];
  const styles: StyledRange[] = [
    { range: 'A1', style: { bold: true, fontSize: 14, fontColor: COLOURS.title } },
    { range: 'A2', style: { italic: true } },
  ];
  // The title and the source line run across the table, so they print inside their (merged) cells.
  const merges: string[] = [rangeAddress(0, 0, 0, LAST), rangeAddress(1, 0, 1, LAST)];
  const validations: Validation[] = [];
  const rowHeights: Record<number, number> = {};
  const fit = (r: number, values: CellValue[], widths: number[], bold: boolean | boolean[] = false) => {
    const h = rowHeight(values, widths, bold);
    if (h) rowHeights[r] = h;
  };

  // Who the profile is for: label across A:B, value in C.
  const fields: [string, CellValue][] = [
    ['Worker', worker.name],
    ['Grade', GRADE_LABELS[worker.grade]],
    ['Service setting', SETTING_LABELS[worker.setting]],
    ['Team', worker.team ?? ''],
    // Plain text, not a link: in Excel the outline sheet is added after this one (it links back here).
    ['KSF outline', names.outline],
    ['Agreed on (date)', null],
  ];
  const firstField = rows.length;
  for (const [label, value] of fields) {
    merges.push(rangeAddress(rows.length, 0, rows.length, 1));
    rows.push([label, null, value]);
  }
  const agreedCell = cellAddress(rows.length - 1, 2);
  styles.push(
    { range: rangeAddress(firstField, 0, rows.length - 1, 0), style: { bold: true } },
    { range: rangeAddress(firstField, 2, rows.length - 1, 2), style: { fill: INPUT_FILL, locked: false } },
    { range: agreedCell, style: { numberFormat: DATE_FORMAT, horizontal: 'left' } },
  );
  validations.push({
    kind: 'date',
    range: agreedCell,
    prompt: 'The date the worker and line manager agreed this profile.',
  });
  rows.push([]);

  merges.push(rangeAddress(rows.length, 0, rows.length, LAST));
  rows.push(['How the defaults were chosen']);
  styles.push({ range: cellAddress(rows.length - 1, 0), style: { bold: true, fontColor: COLOURS.title } });
  const ruleWidth = WIDTHS.reduce((a, b) => a + b, 0);
  const firstRule = rows.length;
  for (const rule of profile.rules) {
    merges.push(rangeAddress(rows.length, 0, rows.length, LAST));
    fit(rows.length, [`• ${rule}`], [ruleWidth]);
    rows.push([`• ${rule}`]);
  }
  styles.push({ range: rangeAddress(firstRule, 0, rows.length - 1, LAST), style: { wrap: true, vertical: 'top' } });
  rows.push([]);

  const header = rows.length;
  rows.push([...PROFILE_COLUMNS]);
  const first = rows.length;
  for (const entry of entries) rows.push(entryRow(entry));
  const last = rows.length - 1;
  // The header and the most important NOS are bold, so they wrap sooner.
  fit(header, rows[header], WIDTHS, true);
  const rankBold = WIDTHS.map((_, c) => c <= COL.rank);
  entries.forEach((entry, i) => fit(first + i, rows[first + i], WIDTHS, entry.rank !== null ? rankBold : false));

  styles.push(
    { range: rangeAddress(header, 0, last, LAST), style: { wrap: true, vertical: 'top', border: true } },
    {
      range: rangeAddress(header, 0, header, LAST),
      style: { bold: true, fill: COLOURS.headerFill, fontColor: COLOURS.headerFont },
    },
    { range: rangeAddress(first, COL.rank, last, COL.rank), style: { horizontal: 'center' } },
    ...[COL.status, COL.use, COL.self, COL.evidence, COL.date].map((c) => ({
      range: rangeAddress(first, c, last, c),
      style: { fill: INPUT_FILL, locked: false },
    })),
    { range: rangeAddress(first, COL.date, last, COL.date), style: { numberFormat: DATE_FORMAT } },
  );
  entries.forEach((entry, i) => {
    if (entry.rank !== null) {
      styles.push({
        range: rangeAddress(first + i, 0, first + i, COL.rank),
        style: { bold: true, fill: COLOURS.markFill },
      });
    }
  });

  const column = (c: number) => rangeAddress(first, c, last, c);
  validations.push(
    {
      range: column(COL.status),
      values: Object.values(STATUS_LABELS),
      prompt: 'Does this NOS apply to this role? The default follows Appendix E; agree it with the line manager.',
    },
    {
      range: column(COL.self),
      values: SELF_ASSESSMENT,
      prompt: 'How well can you do this now? Developing or Needs support puts it in the development plan.',
    },
    { kind: 'date', range: column(COL.date), prompt: 'When the evidence was last reviewed.' },
  );
  entries.forEach((entry, i) => {
    if (entry.alternatives.length === 0) return;
    validations.push({
      range: cellAddress(first + i, COL.use),
      values: entry.alternatives.map((a) => a.code),
      prompt: `Optional: a NOS from column three to use instead of ${entry.code}.`.slice(0, 255),
    });
  });

  const notes: CellNote[] = entries
    .map((entry, i) => (entry.note ? { cell: cellAddress(first + i, COL.code), text: entry.note } : null))
    .filter((n): n is CellNote => n !== null);

  // Counts below the table, so the worker and manager see the shape of the profile at a glance.
  rows.push([]);
  const formulas: FormulaCell[] = [];
  const countOf = (c: number, values: string[]) => values.map((v) => `COUNTIF(${column(c)},"${v}")`).join('+');
  const counts: [string, string][] = [
    ['NOS that apply', countOf(COL.status, ['Applies'])],
    ['Optional', countOf(COL.status, ['Optional'])],
    ['Not applicable', countOf(COL.status, ['Not applicable'])],
    ['Developing or Needs support', countOf(COL.self, NEEDS_DEVELOPMENT)],
  ];
  const firstCount = rows.length;
  for (const [label, formula] of counts) {
    formulas.push({ cell: cellAddress(rows.length, COL.rank), formula: `=${formula}` });
    fit(rows.length, [null, null, label], WIDTHS, true);
    rows.push([null, null, label]);
  }
  styles.push({ range: rangeAddress(firstCount, COL.title, rows.length - 1, COL.rank), style: { bold: true } });

  const abs = (c: number) => `${quoteSheetName(names.profile)}!${absolute(column(c))}`;
  return {
    sheet: {
      name: names.profile,
      rows,
      columns: WIDTHS.map((width) => ({ width })),
      styles,
      merges,
      table: { name: 'RoleProfile', range: rangeAddress(header, 0, last, LAST), style: 'TableStyleLight9' },
      validations,
      formulas,
      notes,
      rowHeights,
      print: {
        orientation: 'landscape',
        fitToWidth: true,
        titleRows: `${header + 1}:${header + 1}`,
        // Excel allows 255 characters in a page header.
        header: `Role profile – ${worker.name.slice(0, 80)}`,
      },
    },
    refs: { sheet: names.profile, codes: abs(COL.code), selfAssessment: abs(COL.self) },
  };
}

function entryRow(entry: ProfileEntry): CellValue[] {
  return [
    entry.section,
    entry.code,
    entry.title,
    // ★ and the rank, as the README promises: the mark reads on paper without colour.
    entry.rank === null ? null : `★ ${entry.rank}`,
    STATUS_LABELS[entry.status],
    entry.reason,
    null,
    entry.alternatives.map((a) => `${a.code} ${a.title}`).join('\n'),
    entry.ksf.map((k) => `${k.dimension}/Level ${k.level}`).join('\n'),
    null,
    null,
    null,
  ];
}

/** "B20:B80" → "$B$20:$B$80". */
export function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}
