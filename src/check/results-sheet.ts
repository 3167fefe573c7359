/**
 * The "Check results" sheet: a summary per sheet, then one row per finding with a link to its cell.
 * Warnings can be accepted by writing an explanation beside them; a re-check keeps those (accepted.ts).
 * The Rule column gives each rule's plain title; its id stays beside it, small, for whoever maintains the
 * checks. Severity and status are words, so the fills are never the only signal.
 */
import { formatDate, utcDay } from '../grid/dates';
import { CellValue, InternalLink, SheetSpec, StyledRange } from '../sheets/model';
import { rangeAddress, cellAddress } from '../sheets/a1';
import { COLOURS } from '../sheets/table-sheet';
import { pagePoints, pageStarts, pagingHeights } from '../sheets/page-fit';
import { rowHeight, widthFor } from '../sheets/wrap-height';
import { ruleTitle } from './rule-titles';
import { Finding, countBySeverity } from '../rules/types';
import { notFilledSentence } from '../words';

export const RESULTS_SHEET = 'Check results';
export const RESULTS_HEADER = [
  'Severity',
  'Rule',
  'Rule id',
  'Sheet',
  'Cell',
  'Message',
  'Suggested fix',
  'Explanation (warnings only)',
  'Status',
];
const INPUT_FILL = 'FFFF99';
const ERROR_FILL = 'F8D7DA';
const WARNING_FILL = 'FFF3CD';
const NOTE_FILL = 'E7EEF7';
/** Where each column is, by what it holds. */
const COLUMN = { Severity: 0, Rule: 1, RuleId: 2, Sheet: 3, Cell: 4, Message: 5, Fix: 6, Explanation: 7 } as const;
/** The summary's header: its sheet names span the first three columns. */
export const SUMMARY_HEADER = ['Sheet', 'Errors', 'Open warnings', 'Accepted warnings'];
/** The summary's Sheet spans the columns from Severity to Cell; its counts go under Message, Fix, Explanation. */
const SUMMARY_NAME_COLUMNS = 5;
const NAME_SPAN_GAP: null[] = Array(SUMMARY_NAME_COLUMNS - 1).fill(null);
const HEADER_STYLE = { bold: true, fill: COLOURS.headerFill, fontColor: COLOURS.headerFont };
/**
 * Widths that print at 80% or more on landscape A4 (183 characters at most, page-fit.ts); the Rule id and
 * Sheet columns are measured from their text instead.
 */
const WIDTHS = [9, 20, 12, 12, 7, 40, 30, 22, 12];
/** The id is for maintainers: small type in a narrow column. */
const ID_STYLE = { fontSize: 9, fontColor: '595959' } as const;
/** The type of each finding's cells, as the measurer needs it. */
const CELL_STYLES = RESULTS_HEADER.map((_, i) =>
  i === COLUMN.Severity ? { bold: true } : i === COLUMN.RuleId ? { fontSize: ID_STYLE.fontSize } : {},
);
/**
 * The widest the columns may add up to: 183 characters fit landscape A4 at 80% in Excel (page-fit.ts), but
 * LibreOffice draws characters wider (measured: 173.5 characters printed at 78%), so 168 leaves both at 80%
 * or more.
 */
const MAX_TOTAL_WIDTH = 168;
/** Message, then Fix, give up width to long Sheet and Rule id columns, down to these, and wrap instead. */
const NARROWEST = [
  { column: COLUMN.Message, width: 26 },
  { column: COLUMN.Fix, width: 24 },
];
/** The Sheet column grows to fit its longest name ("north.xlsx › 2008-03") up to this, then wraps. */
const MAX_SHEET_WIDTH = 22;

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', note: 'Note' } as const;
const SEVERITY_FILLS = { error: ERROR_FILL, warning: WARNING_FILL, note: NOTE_FILL } as const;

export interface CheckedFinding extends Finding {
  /** The user's explanation carried over from the previous results, if any. */
  explanation?: string;
  /**
   * Where the Cell link goes when not to `sheet` in this workbook: the command line's results point into
   * the checked file (`file` relative to the results workbook) and its own sheet name. Null: no link (a
   * file that could not be read).
   */
  linkTo?: { file: string; sheet: string } | null;
}

export function statusOf(f: CheckedFinding): string {
  if (f.severity === 'note') return 'Not a problem';
  if (f.severity === 'error') return f.explanation ? 'Open: errors cannot be accepted' : 'Open';
  return f.explanation ? 'Accepted' : 'Open';
}

export function buildResultsSheet(findings: CheckedFinding[], checkedAt: Date, name = RESULTS_SHEET): SheetSpec {
  // Months not filled in yet are said once, above the summary of the sheets with problems.
  const { notFilled } = countBySeverity(findings);
  const sheets = [...new Set(findings.filter((f) => f.severity !== 'note').map((f) => f.sheet))];
  const summary: CellValue[][] = sheets.map((sheet) => {
    const own = findings.filter((f) => f.sheet === sheet);
    return [
      sheet,
      ...NAME_SPAN_GAP,
      own.filter((f) => f.severity === 'error').length,
      // Accepted warnings are counted apart: they are settled, not open.
      own.filter((f) => f.severity === 'warning' && !f.explanation).length,
      own.filter((f) => f.severity === 'warning' && f.explanation).length,
    ];
  });
  // Wide enough for the longest sheet name on one line, measured; past MAX_SHEET_WIDTH it wraps at its
  // spaces ("north.xlsx › 2008-03"), never inside a word.
  const sheetWidth = Math.max(
    WIDTHS[COLUMN.Sheet],
    ...findings.map((f) =>
      Math.max(Math.min(MAX_SHEET_WIDTH, widthFor(f.sheet)), ...f.sheet.split(' ').map((w) => widthFor(w))),
    ),
  );
  // An id is one word ("monthly.date-achieved-lower-rating"): its column fits the longest, so none breaks.
  const idWidth = Math.max(WIDTHS[COLUMN.RuleId], ...findings.map((f) => widthFor(f.ruleId, ID_STYLE)));
  const widths = WIDTHS.map((w, i) => (i === COLUMN.Sheet ? sheetWidth : i === COLUMN.RuleId ? idWidth : w));
  for (const { column, width } of NARROWEST) {
    const over = widths.reduce((a, b) => a + b, 0) - MAX_TOTAL_WIDTH;
    if (over > 0) widths[column] = Math.max(width, widths[column] - over);
  }
  const rows: CellValue[][] = [
    ['Check results'],
    [
      `Checked ${formatDate(utcDay(checkedAt))} ${checkedAt.toISOString().slice(11, 16)} UTC. Re-check after any change; accepted warnings keep their explanation.`,
    ],
    notFilled > 0 ? [notFilledSentence(notFilled)] : [],
    [SUMMARY_HEADER[0], ...NAME_SPAN_GAP, ...SUMMARY_HEADER.slice(1)],
    ...(summary.length > 0 ? summary : [['No findings: every check passed.', ...NAME_SPAN_GAP, 0, 0, 0]]),
    [],
  ];
  // The summary's sheet names span the first columns, so a file's name and sheet fit; its counts sit in the
  // wide columns beside them, so "Accepted warnings" needs no more than two lines.
  const summaryTop = 3;
  const summaryLast = rows.length - 2;
  const nameWidth = widths.slice(0, SUMMARY_NAME_COLUMNS).reduce((a, b) => a + b, 0);
  const summaryLastCol = SUMMARY_NAME_COLUMNS + SUMMARY_HEADER.length - 2;
  const merges = Array.from({ length: summaryLast - summaryTop + 1 }, (_, i) =>
    rangeAddress(summaryTop + i, 0, summaryTop + i, SUMMARY_NAME_COLUMNS - 1),
  );
  // The title lines span the sheet, so they never run past their cell.
  const lastCol = RESULTS_HEADER.length - 1;
  const fullWidth = widths.reduce((a, b) => a + b, 0);
  for (const r of [0, 1, 2]) merges.push(rangeAddress(r, 0, r, lastCol));
  const rowHeights: Record<number, number> = {};
  for (const r of [1, 2]) {
    const height = rowHeight([rows[r][0] ?? null], [fullWidth]);
    if (height) rowHeights[r] = height;
  }
  const summaryWidths = [nameWidth, ...NAME_SPAN_GAP.map(() => 1), ...widths.slice(SUMMARY_NAME_COLUMNS)];
  const summaryHeader = rowHeight(rows[summaryTop], summaryWidths, true);
  if (summaryHeader) rowHeights[summaryTop] = summaryHeader;
  for (let r = summaryTop + 1; r <= summaryLast; r++) {
    const height = rowHeight([rows[r][0]], [nameWidth]);
    if (height) rowHeights[r] = height;
  }
  const headerRow = rows.length;
  rows.push(RESULTS_HEADER);
  const findingsHeader = rowHeight(RESULTS_HEADER, widths, true);
  if (findingsHeader) rowHeights[headerRow] = findingsHeader;
  const styles: StyledRange[] = [
    { range: 'A1', style: { bold: true, fontSize: 14, fontColor: COLOURS.title } },
    // The summary is a small table of its own: a header row like the findings', and borders.
    {
      range: rangeAddress(summaryTop, 0, summaryLast, summaryLastCol),
      style: { border: true, vertical: 'top', wrap: true },
    },
    { range: rangeAddress(summaryTop, 0, summaryTop, summaryLastCol), style: HEADER_STYLE },
    { range: rangeAddress(headerRow, 0, headerRow, lastCol), style: HEADER_STYLE },
  ];
  const links: InternalLink[] = [];
  findings.forEach((f, i) => {
    const r = headerRow + 1 + i;
    const row = [
      SEVERITY_WORDS[f.severity],
      ruleTitle(f.ruleId),
      f.ruleId,
      f.sheet,
      f.cell || '(sheet)',
      f.message,
      f.fix ?? '',
      f.explanation ?? '',
      statusOf(f),
    ];
    rows.push(row);
    // Each cell measured in its own type: the Rule id is small, the severity bold.
    const height = rowHeight(row, widths, CELL_STYLES);
    if (height) rowHeights[r] = height;
    styles.push({
      range: cellAddress(r, COLUMN.Severity),
      style: { fill: SEVERITY_FILLS[f.severity], bold: true },
    });
    if (f.severity === 'warning')
      styles.push({ range: cellAddress(r, COLUMN.Explanation), style: { fill: INPUT_FILL, locked: false } });
    if (f.linkTo !== null) {
      const to = f.linkTo ?? { sheet: f.sheet };
      links.push({ cell: cellAddress(r, COLUMN.Cell), ...to, target: f.cell || 'A1', text: f.cell || '(sheet)' });
    }
  });
  const lastRow = headerRow + Math.max(findings.length, 1);
  styles.push(
    { range: rangeAddress(headerRow, 0, lastRow, lastCol), style: { wrap: true, vertical: 'top', border: true } },
    { range: rangeAddress(headerRow + 1, COLUMN.RuleId, lastRow, COLUMN.RuleId), style: ID_STYLE },
  );
  if (findings.length === 0) rows.push(RESULTS_HEADER.map(() => null));
  // The sheet breaks its own pages at Excel's page size, so Excel and LibreOffice print the same pages.
  const pageBreaks = pageStarts(pagingHeights(rows.length, rowHeights), () => false, pagePoints(widths, 'landscape'), {
    first: headerRow,
    last: headerRow,
  });
  return {
    name,
    rows,
    columns: widths.map((width) => ({ width })),
    styles,
    merges,
    rowHeights,
    pageBreaks,
    freeze: { rows: headerRow + 1, columns: 0 },
    table: {
      name: 'CheckResults',
      range: rangeAddress(headerRow, 0, lastRow, lastCol),
      style: 'TableStyleLight9',
    },
    validations: [],
    links,
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: `${headerRow + 1}:${headerRow + 1}`,
      header: 'Check results',
    },
  };
}
