/**
 * The "Check results" sheet: a summary per sheet, then one row per finding with a link to its cell.
 * Warnings can be accepted by writing an explanation beside them; a re-check keeps those (accepted.ts).
 */
import { formatDate, utcDay } from '../grid/dates';
import { CellValue, InternalLink, SheetSpec, StyledRange } from '../sheets/model';
import { rangeAddress, cellAddress } from '../sheets/a1';
import { COLOURS } from '../sheets/table-sheet';
import { rowHeight } from '../sheets/wrap-height';
import { Finding, countBySeverity } from '../rules/types';
import { notFilledSentence } from '../words';

export const RESULTS_SHEET = 'Check results';
export const RESULTS_HEADER = [
  'Severity',
  'Rule',
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
const WIDTHS = [10, 24, 18, 8, 60, 40, 36, 16];
/** The summary's sheet names span the first two columns, so a file's name and sheet fit. */
const SUMMARY_NAME_WIDTH = WIDTHS[0] + WIDTHS[1];

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', note: 'Note' } as const;
const SEVERITY_FILLS = { error: ERROR_FILL, warning: WARNING_FILL, note: NOTE_FILL } as const;

export interface CheckedFinding extends Finding {
  /** The user's explanation carried over from the previous results, if any. */
  explanation?: string;
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
      null,
      own.filter((f) => f.severity === 'error').length,
      // Accepted warnings are counted apart: they are settled, not open.
      own.filter((f) => f.severity === 'warning' && !f.explanation).length,
      own.filter((f) => f.severity === 'warning' && f.explanation).length,
    ];
  });
  const rows: CellValue[][] = [
    ['Check results'],
    [
      `Checked ${formatDate(utcDay(checkedAt))} ${checkedAt.toISOString().slice(11, 16)} UTC. Re-check after any change; accepted warnings keep their explanation.`,
    ],
    notFilled > 0 ? [notFilledSentence(notFilled)] : [],
    ['Sheet', null, 'Errors', 'Open warnings', 'Accepted warnings'],
    ...(summary.length > 0 ? summary : [['No findings: every check passed.', null, 0, 0, 0]]),
    [],
  ];
  const summaryRows = rows.length - 1 - 4;
  const merges = Array.from({ length: summaryRows + 1 }, (_, i) => rangeAddress(3 + i, 0, 3 + i, 1));
  const rowHeights: Record<number, number> = {};
  for (let r = 4; r < 4 + summaryRows; r++) {
    const height = rowHeight([rows[r][0]], [SUMMARY_NAME_WIDTH]);
    if (height) rowHeights[r] = height;
  }
  const headerRow = rows.length;
  rows.push(RESULTS_HEADER);
  const styles: StyledRange[] = [
    { range: 'A1', style: { bold: true, fontSize: 14, fontColor: COLOURS.title } },
    { range: 'A4:E4', style: { bold: true, fill: COLOURS.sectionFill } },
    {
      range: rangeAddress(headerRow, 0, headerRow, RESULTS_HEADER.length - 1),
      style: { bold: true, fill: COLOURS.headerFill, fontColor: COLOURS.headerFont },
    },
  ];
  const links: InternalLink[] = [];
  findings.forEach((f, i) => {
    const r = headerRow + 1 + i;
    const row = [
      SEVERITY_WORDS[f.severity],
      f.ruleId,
      f.sheet,
      f.cell || '(sheet)',
      f.message,
      f.fix ?? '',
      f.explanation ?? '',
      statusOf(f),
    ];
    rows.push(row);
    const height = rowHeight(row, WIDTHS);
    if (height) rowHeights[r] = height;
    styles.push({
      range: cellAddress(r, 0),
      style: { fill: SEVERITY_FILLS[f.severity], bold: true },
    });
    if (f.severity === 'warning') styles.push({ range: cellAddress(r, 6), style: { fill: INPUT_FILL, locked: false } });
    links.push({ cell: cellAddress(r, 3), sheet: f.sheet, target: f.cell || 'A1', text: f.cell || '(sheet)' });
  });
  const lastRow = headerRow + Math.max(findings.length, 1);
  styles.push({
    range: rangeAddress(headerRow, 0, lastRow, RESULTS_HEADER.length - 1),
    style: { wrap: true, vertical: 'top', border: true },
  });
  if (findings.length === 0) rows.push(RESULTS_HEADER.map(() => null));
  return {
    name,
    rows,
    columns: WIDTHS.map((width) => ({ width })),
    styles,
    merges,
    rowHeights,
    freeze: { rows: headerRow + 1, columns: 0 },
    table: {
      name: 'CheckResults',
      range: rangeAddress(headerRow, 0, lastRow, RESULTS_HEADER.length - 1),
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
