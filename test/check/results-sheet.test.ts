import { readExplanations, withExplanations } from '../../src/check/accepted';
import { buildResultsSheet, RESULTS_HEADER } from '../../src/check/results-sheet';
import { GridSheet } from '../../src/grid/grid';
import { cellAddress } from '../../src/sheets/a1';
import { Finding } from '../../src/rules/types';

const findings: Finding[] = [
  { ruleId: 'monthly.total', severity: 'error', sheet: '2008-03', cell: 'C12', message: 'Total 9 is not 4 + 3 + 1 = 8.' },
  { ruleId: 'monthly.late', severity: 'warning', sheet: '2008-03', cell: 'C5', message: 'Submitted after the 5th.' },
  { ruleId: 'document.unstamped', severity: 'warning', sheet: 'Notes', cell: '', message: 'Not made by the toolkit.' },
];

/** Turns a built sheet into a grid, as if read back from a file. */
function asGrid(rows: (string | number | null)[][]): GridSheet {
  const cells: GridSheet['cells'] = {};
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) cells[cellAddress(r, c)] = { kind: typeof value === 'number' ? 'n' : 's', value };
    }),
  );
  return { name: 'Check results', state: 'visible', cells, merges: [] };
}

test('the results sheet has a summary per sheet and a linked row per finding', () => {
  const sheet = buildResultsSheet(findings, new Date('2026-11-23T10:00:00Z'));
  const header = sheet.rows.findIndex((r) => r[0] === RESULTS_HEADER[0]);
  expect(sheet.rows[1][0]).toMatch(/^Checked 23\/11\/2026 10:00 UTC\./);
  expect(sheet.rows[3]).toEqual(['Sheet', null, 'Errors', 'Open warnings', 'Accepted warnings']);
  expect(sheet.rows[4]).toEqual(['2008-03', null, 1, 1, 0]);
  expect(sheet.rows[5]).toEqual(['Notes', null, 0, 1, 0]);
  // Sheet names span two columns; long messages get rows tall enough to print whole.
  expect(sheet.merges).toEqual(['A4:B4', 'A5:B5', 'A6:B6']);
  expect(sheet.rowHeights?.[header + 1]).toBeUndefined();
  expect(sheet.rows[header + 1].slice(0, 5)).toEqual(['Error', 'monthly.total', '2008-03', 'C12', 'Total 9 is not 4 + 3 + 1 = 8.']);
  expect(sheet.links).toEqual([
    { cell: cellAddress(header + 1, 3), sheet: '2008-03', target: 'C12', text: 'C12' },
    { cell: cellAddress(header + 2, 3), sheet: '2008-03', target: 'C5', text: 'C5' },
    { cell: cellAddress(header + 3, 3), sheet: 'Notes', target: 'A1', text: '(sheet)' },
  ]);
  // Only warnings get an editable explanation cell.
  const unlocked = sheet.styles.filter((s) => s.style.locked === false).map((s) => s.range);
  expect(unlocked).toEqual([cellAddress(header + 2, 6), cellAddress(header + 3, 6)]);
});

test('an explanation accepts a warning on re-check; errors cannot be accepted', () => {
  const first = buildResultsSheet(withExplanations(findings, new Map()), new Date());
  const header = first.rows.findIndex((r) => r[0] === RESULTS_HEADER[0]);
  const edited = first.rows.map((row) => [...row]) as (string | number | null)[][];
  edited[header + 1][6] = 'We know';
  edited[header + 2][6] = 'Post was delayed by the bank holiday';
  edited[header + 3][6] = 'Scratch sheet';
  const explanations = readExplanations(asGrid(edited));
  const second = buildResultsSheet(withExplanations(findings, explanations), new Date());
  const statuses = second.rows.slice(header + 1).map((r) => [r[6], r[7]]);
  expect(statuses).toEqual([
    ['We know', 'Open: errors cannot be accepted'],
    ['Post was delayed by the bank holiday', 'Accepted'],
    ['Scratch sheet', 'Accepted'],
  ]);
  // Accepted warnings are not counted as open: the error stays open, the warnings move to "Accepted warnings".
  expect(second.rows[4]).toEqual(['2008-03', null, 1, 0, 1]);
  expect(second.rows[5]).toEqual(['Notes', null, 0, 0, 1]);
});

test('no findings still gives a readable sheet', () => {
  const sheet = buildResultsSheet([], new Date());
  expect(sheet.rows[4][0]).toBe('No findings: every check passed.');
  expect(sheet.table?.range).toMatch(/^A7:H8$/);
});
