import { readExplanations, withExplanations } from '../../src/check/accepted';
import { buildResultsSheet, RESULTS_HEADER } from '../../src/check/results-sheet';
import { GridSheet } from '../../src/grid/grid';
import { cellAddress } from '../../src/sheets/a1';
import { widthFor, wrappedLines } from '../../src/sheets/wrap-height';
import { Finding, NOT_FILLED_RULE } from '../../src/rules/types';

const findings: Finding[] = [
  {
    ruleId: 'monthly.total',
    severity: 'error',
    sheet: '2008-03',
    cell: 'C12',
    message: 'Total 9 is not 4 + 3 + 1 = 8.',
  },
  { ruleId: 'monthly.late', severity: 'warning', sheet: '2008-03', cell: 'C5', message: 'Submitted after the 5th.' },
  { ruleId: 'document.unstamped', severity: 'warning', sheet: 'Notes', cell: '', message: 'Not made by the toolkit.' },
];

/** Turns a built sheet into a grid, as if read back from a file. */
function asGrid(rows: (string | number | null)[][]): GridSheet {
  const cells: GridSheet['cells'] = {};
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined)
        cells[cellAddress(r, c)] = { kind: typeof value === 'number' ? 'n' : 's', value };
    }),
  );
  return { name: 'Check results', state: 'visible', cells, merges: [] };
}

test('the results sheet has a summary per sheet and a linked row per finding', () => {
  const sheet = buildResultsSheet(findings, new Date('2026-11-23T10:00:00Z'));
  const header = sheet.rows.findIndex((r) => r[0] === RESULTS_HEADER[0]);
  expect(sheet.rows[1][0]).toMatch(/^Checked 23\/11\/2026 10:00 UTC\./);
  const gap = [null, null, null, null];
  expect(sheet.rows[3]).toEqual(['Sheet', ...gap, 'Errors', 'Open warnings', 'Accepted warnings']);
  expect(sheet.rows[4]).toEqual(['2008-03', ...gap, 1, 1, 0]);
  expect(sheet.rows[5]).toEqual(['Notes', ...gap, 0, 1, 0]);
  // Sheet names span five columns and the title lines the whole sheet; long messages get rows tall enough.
  expect(sheet.merges).toEqual(['A4:E4', 'A5:E5', 'A6:E6', 'A1:I1', 'A2:I2', 'A3:I3']);
  expect(sheet.rowHeights?.[header + 1]).toBeUndefined();
  // The rule's plain title, then its id; an id no rule has (from a newer toolkit) is shown as it is.
  expect(sheet.rows[header + 1].slice(0, 6)).toEqual([
    'Error',
    'monthly.total',
    'monthly.total',
    '2008-03',
    'C12',
    'Total 9 is not 4 + 3 + 1 = 8.',
  ]);
  expect(sheet.rows[header + 3].slice(0, 3)).toEqual(['Warning', 'Not made by the toolkit', 'document.unstamped']);
  expect(sheet.links).toEqual([
    { cell: cellAddress(header + 1, 4), sheet: '2008-03', target: 'C12', text: 'C12' },
    { cell: cellAddress(header + 2, 4), sheet: '2008-03', target: 'C5', text: 'C5' },
    { cell: cellAddress(header + 3, 4), sheet: 'Notes', target: 'A1', text: '(sheet)' },
  ]);
  // Only warnings get an editable explanation cell.
  const unlocked = sheet.styles.filter((s) => s.style.locked === false).map((s) => s.range);
  expect(unlocked).toEqual([cellAddress(header + 2, 7), cellAddress(header + 3, 7)]);
  // Both header rows, the summary's and the findings', are styled alike.
  const headerStyled = sheet.styles.filter((s) => s.style.fill === '005EB8').map((s) => s.range);
  expect(headerStyled).toEqual(['A4:H4', `A${header + 1}:I${header + 1}`]);
});

test('each finding row is as tall as its tallest text in its own type: nothing padded, nothing cut off', () => {
  // The id is printed at 9 pt: at 11 pt it would take two lines in its column, at 9 pt it takes one.
  const note: Finding = {
    ruleId: NOT_FILLED_RULE,
    severity: 'note',
    sheet: '2008-06',
    cell: '',
    message: 'June.',
    fix: 'Fill it in when the month is due; it is checked in full as soon as anything is typed into it.',
  };
  const short: Finding = {
    ruleId: 'monthly.layout-changed',
    severity: 'warning',
    sheet: '2008-05',
    cell: 'B2',
    message: 'Add up.',
  };
  const sheet = buildResultsSheet([short, note], new Date('2026-11-23T10:00:00Z'));
  const header = sheet.rows.findIndex((r) => r[0] === RESULTS_HEADER[0]);
  const widths = sheet.columns.map((c) => c.width);
  expect(wrappedLines(short.ruleId, widths[2])).toBe(2);
  expect(wrappedLines(short.ruleId, widths[2], { fontSize: 9 })).toBe(1);
  expect(sheet.rowHeights?.[header + 1]).toBeUndefined();
  // The note's tallest text is its fix (its status, "Not a problem", takes two lines).
  const fixLines = wrappedLines(note.fix!, widths[6]);
  expect(fixLines).toBeGreaterThan(2);
  expect(sheet.rowHeights?.[header + 2]).toBe(fixLines * 15);
});

test('an explanation accepts a warning on re-check; errors cannot be accepted', () => {
  const first = buildResultsSheet(withExplanations(findings, new Map()), new Date());
  const header = first.rows.findIndex((r) => r[0] === RESULTS_HEADER[0]);
  const edited = first.rows.map((row) => [...row]) as (string | number | null)[][];
  edited[header + 1][7] = 'We know';
  edited[header + 2][7] = 'Post was delayed by the bank holiday';
  edited[header + 3][7] = 'Scratch sheet';
  const explanations = readExplanations(asGrid(edited));
  const second = buildResultsSheet(withExplanations(findings, explanations), new Date());
  const statuses = second.rows.slice(header + 1).map((r) => [r[7], r[8]]);
  expect(statuses).toEqual([
    ['We know', 'Open: errors cannot be accepted'],
    ['Post was delayed by the bank holiday', 'Accepted'],
    ['Scratch sheet', 'Accepted'],
  ]);
  // Accepted warnings are not counted as open: the error stays open, the warnings move to "Accepted warnings".
  expect(second.rows[4]).toEqual(['2008-03', null, null, null, null, 1, 0, 1]);
  expect(second.rows[5]).toEqual(['Notes', null, null, null, null, 0, 0, 1]);
});

test('explanations written on a results sheet made before the "Rule id" column still carry over', () => {
  const old = [
    ['Severity', 'Rule', 'Sheet', 'Cell', 'Message', 'Suggested fix', 'Explanation (warnings only)', 'Status'],
    ['Warning', 'monthly.late', '2008-03', 'C5', 'Submitted after the 5th.', '', 'Bank holiday', 'Accepted'],
  ];
  const explanations = readExplanations(asGrid(old));
  expect(withExplanations(findings, explanations)[1].explanation).toBe('Bank holiday');
});

test('the Sheet column fits its names on one line, or wraps a long one at its spaces, never inside a word', () => {
  const column = RESULTS_HEADER.indexOf('Sheet');
  const medium = 'leeds.xlsx › 2008-03';
  expect(buildResultsSheet([{ ...findings[0], sheet: medium }], new Date()).columns[column].width).toBe(
    widthFor(medium),
  );
  const long = 'north-cumbria-partnership-2008-06.xlsx › 2008-03';
  const sheet = buildResultsSheet([{ ...findings[0], sheet: long }], new Date());
  expect(sheet.columns[column].width).toBeLessThan(widthFor(long));
  expect(sheet.columns[column].width).toBeGreaterThanOrEqual(widthFor('north-cumbria-partnership-2008-06.xlsx'));
  expect(buildResultsSheet(findings, new Date()).columns[column].width).toBe(12);
});

test('a finding can link into the checked file, or not at all', () => {
  const sheet = buildResultsSheet(
    [
      { ...findings[0], linkTo: { file: 'returns/north.xlsx', sheet: '2008-03' }, sheet: 'north.xlsx › 2008-03' },
      { ...findings[1], linkTo: null },
    ],
    new Date(),
  );
  const header = sheet.rows.findIndex((r) => r[0] === RESULTS_HEADER[0]);
  expect(sheet.links).toEqual([
    { cell: cellAddress(header + 1, 4), file: 'returns/north.xlsx', sheet: '2008-03', target: 'C12', text: 'C12' },
  ]);
});

test('no findings still gives a readable sheet', () => {
  const sheet = buildResultsSheet([], new Date());
  expect(sheet.rows[4][0]).toBe('No findings: every check passed.');
  expect(sheet.table?.range).toMatch(/^A7:I8$/);
});
