/** "Check this workbook" in Excel, on the fake host: round trips, results sheet, same findings as the command line. */
import { checkWorkbook } from '../../src/check/check-workbook';
import { CHECKERS } from '../../src/check/checkers';
import { RESULTS_HEADER, RESULTS_SHEET } from '../../src/check/results-sheet';
import { checkThisWorkbook } from '../../src/excel/check-workbook';
import { HIGHLIGHT_MARK } from '../../src/excel/highlights';
import { REGISTRY_SHEET, parseRegistry } from '../../src/sheets/stamp';
import { goodValues, text } from '../check/monthly/fixture';
import { conditionalFormatsOn, FakeExcel, namedCell, readValues } from '../fakes/fake-excel';
import { EXCEL_WEB_PAYLOAD_LIMIT } from '../fakes/measure-insert';
import { fillAll, fillIn, gridOf, monthSheets, NOW, TODAY, workbookWithMonths } from './check-fixture';
import { addNextMonth } from '../../src/excel/monthly-report';
import { checkedMessage, groupFindings, groupSummary } from '../../src/taskpane/check-list';
import { officeJsContext } from '../fakes/office-js-host';

const check = (fake: FakeExcel) => checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });

/** Bad values: text pasted where a number belongs, a rating off the scale, a number stored as text. */
const BAD = { Numbers_InPost: 'five', ET1_SelfRating: 2, Numbers_InRecruitment: text('2') };

describe.each([1, 24])('%i monthly sheets', (months) => {
  let fake: FakeExcel;
  let sheets: string[];
  beforeAll(async () => {
    fake = await workbookWithMonths(months);
    sheets = monthSheets(fake);
    fillAll(fake, sheets, { [sheets[sheets.length - 1]]: BAD });
  });

  test('reads in three round trips and writes in at most two, each request under 5 MB', async () => {
    const before = fake.syncCount;
    const result = await check(fake);
    const syncs = fake.syncs.slice(before);
    expect(sheets).toHaveLength(months);
    expect(syncs.length).toBeLessThanOrEqual(5);
    // The three reads send no changes: every operation before the first write is a load or a lookup.
    const readOps = fake.operations.slice(
      fake.operations.length - syncs.reduce((n, s) => n + s.ops, 0),
      fake.operations.length - syncs.slice(3).reduce((n, s) => n + s.ops, 0),
    );
    expect(readOps.filter((op) => op.action === 'set')).toEqual([]);
    expect(readOps.map((op) => op.name)).not.toContain('add');
    expect(Math.max(...syncs.map((s) => s.bytes))).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.sheet])).toEqual(
      expect.arrayContaining([
        ['monthly.counts-whole', sheets[sheets.length - 1]],
        ['monthly.rating-on-scale', sheets[sheets.length - 1]],
      ]),
    );
    expect(result.highlighted).toBeGreaterThan(0);
    expect(result.notHighlighted).toEqual([]);
  });
});

test('the same findings as the command line checker on the same workbook', async () => {
  // With a sheet of the user's own: only its name matters to the checks, so its cells are not read.
  const fake = await workbookWithMonths(
    2,
    new FakeExcel({
      sheets: [
        {
          name: 'Budget',
          rows: [
            ['Item', 'Cost'],
            ['=SUM(A1)', 12],
          ],
        },
      ],
    }),
  );
  fillAll(fake, ['2008-03', '2008-04'], { '2008-04': BAD });
  const grid = await gridOf(fake);
  const expected = checkWorkbook(grid, CHECKERS, { previous: [], today: TODAY });
  const result = await check(fake);
  expect(result.findings).toEqual(expected);
  expect(expected.map((f) => f.sheet)).toContain('Budget');
  expect(expected.map((f) => f.ruleId)).toEqual(
    expect.arrayContaining(['monthly.counts-whole', 'monthly.rating-on-scale', 'monthly.stored-as-text']),
  );
});

test('the results sheet: a summary per sheet and one linked row per finding', async () => {
  const fake = await workbookWithMonths(1);
  fillAll(fake, ['2008-03'], { '2008-03': BAD });
  const result = await check(fake);
  expect(result.resultsSheet).toBe(RESULTS_SHEET);
  const rows = readValues(fake, RESULTS_SHEET);
  expect(rows[0][0]).toBe('Check results');
  expect(rows[3].slice(0, 8)).toEqual(['Sheet', '', '', '', '', 'Errors', 'Open warnings', 'Accepted warnings']);
  const bySheet = new Map(
    rows
      .slice(4)
      .filter((r) => r[0] !== '' && typeof r[5] === 'number')
      .map((r) => [r[0], r]),
  );
  const errors = result.findings.filter((f) => f.sheet === '2008-03' && f.severity === 'error').length;
  expect(bySheet.get('2008-03')?.slice(5, 7)).toEqual([
    errors,
    result.findings.filter((f) => f.sheet === '2008-03' && f.severity === 'warning').length,
  ]);
  const header = rows.findIndex((r) => r[0] === RESULTS_HEADER[0] && r[1] === RESULTS_HEADER[1]);
  const findingRows = rows.slice(header + 1);
  expect(findingRows).toHaveLength(result.findings.length);
  const inPost = namedCell(fake, '2008-03', 'Numbers_InPost');
  const row = findingRows.findIndex((r) => r[2] === 'monthly.counts-whole');
  expect(findingRows[row].slice(0, 7)).toEqual([
    'Error',
    'Counts are whole numbers',
    'monthly.counts-whole',
    '2008-03',
    inPost,
    expect.stringContaining('"five"'),
    expect.any(String),
  ]);
  // The cell column links to the cell.
  const link = fake.sheet(RESULTS_SHEET).links.get(`E${header + 2 + row}`);
  expect(link).toMatchObject({ documentReference: `'2008-03'!${inPost}`, textToDisplay: inPost });
  // Registered as the toolkit's, so a re-check may replace it; and not checked itself.
  expect(parseRegistry(readValues(fake, REGISTRY_SHEET)).map((e) => [e.sheet, e.document])).toContainEqual([
    RESULTS_SHEET,
    'check-results',
  ]);
  expect(result.findings.some((f) => f.sheet === RESULTS_SHEET)).toBe(false);
});

test('a sheet of the user called "Check results" is never replaced', async () => {
  const fake = await workbookWithMonths(1, new FakeExcel({ sheets: [{ name: RESULTS_SHEET, rows: [['mine']] }] }));
  fillAll(fake, ['2008-03']);
  const result = await check(fake);
  expect(result.resultsSheet).toBe(`${RESULTS_SHEET} (2)`);
  expect(readValues(fake, RESULTS_SHEET)).toEqual([['mine']]);
  // Checking again replaces the toolkit's results sheet, not the user's, and adds no third one.
  const again = await check(fake);
  expect(again.resultsSheet).toBe(`${RESULTS_SHEET} (2)`);
  expect(fake.model.sheets.map((s) => s.name).filter((n) => n.startsWith(RESULTS_SHEET))).toEqual([
    RESULTS_SHEET,
    `${RESULTS_SHEET} (2)`,
  ]);
  expect(readValues(fake, RESULTS_SHEET)).toEqual([['mine']]);
  expect(again.findings.some((f) => f.sheet.startsWith(RESULTS_SHEET))).toBe(false);
});

test('re-checking after an edit replaces the results, keeps explanations and the shading follows the findings', async () => {
  const fake = await workbookWithMonths(1);
  fillAll(fake, ['2008-03'], { '2008-03': BAD });
  const first = await check(fake);
  const warning = first.findings.find((f) => f.severity === 'warning' && f.cell)!;
  // The manager explains the warning on the results sheet (column H of its row)…
  const rows = readValues(fake, RESULTS_SHEET);
  const row = rows.findIndex((r) => r[2] === warning.ruleId && r[4] === warning.cell);
  fake.sheet(RESULTS_SHEET).cells.set(`${row},7`, { value: 'Agreed with the steering group' });
  // …and corrects the pasted text.
  fillAll(fake, ['2008-03'], { '2008-03': { ...BAD, Numbers_InPost: 5 } });

  const second = await check(fake);
  expect(fake.model.sheets.filter((s) => s.name.startsWith(RESULTS_SHEET)).map((s) => s.name)).toEqual([RESULTS_SHEET]);
  expect(second.findings.find((f) => f.ruleId === warning.ruleId && f.cell === warning.cell)?.explanation).toBe(
    'Agreed with the steering group',
  );
  const again = readValues(fake, RESULTS_SHEET);
  expect(again.find((r) => r[2] === warning.ruleId && r[4] === warning.cell)?.slice(7, 9)).toEqual([
    'Agreed with the steering group',
    'Accepted',
  ]);
  expect(second.findings.map((f) => f.ruleId)).not.toContain('monthly.counts-whole');
  // One shade per open finding's cell, no more: the corrected and the accepted cells are no longer shaded.
  // The form's own flag on a share over 100% is a "cell value" format, never taken for a shade.
  const shades = conditionalFormatsOn(fake, '2008-03').filter((f) => f.type === 'Custom');
  expect(conditionalFormatsOn(fake, '2008-03').filter((f) => f.type === 'CellValue')).toHaveLength(1);
  const shaded = shades.map((f) => f.address);
  const open = new Set(
    second.findings.filter((f) => f.cell && !(f.severity === 'warning' && f.explanation)).map((f) => f.cell),
  );
  expect(new Set(shaded)).toEqual(open);
  expect(shaded).toHaveLength(open.size);
  expect(shaded).not.toContain(namedCell(fake, '2008-03', 'Numbers_InPost'));
  expect(shaded).not.toContain(warning.cell);
  expect(shades.every((f) => f.formula === HIGHLIGHT_MARK)).toBe(true);
});

test('months not filled in yet, carried forward or blank, are one note each: no errors, no shading, and the pane says so', async () => {
  const fake = await workbookWithMonths(1);
  fillIn(fake, '2008-03', goodValues());
  // April copies March's ratings, baselines and dates (carry forward); May starts empty.
  await addNextMonth(officeJsContext(fake), { carryForward: true, now: NOW });
  await addNextMonth(officeJsContext(fake), { carryForward: false, now: NOW });
  const checked = await check(fake);
  // The fake workbook's own empty "Sheet1" is not the toolkit's: its warning is left aside here.
  const result = { ...checked, findings: checked.findings.filter((f) => f.sheet !== 'Sheet1') };
  expect(result.findings.map((f) => [f.severity, f.ruleId, f.sheet])).toEqual([
    ['note', 'monthly.not-filled-in', '2008-04'],
    ['note', 'monthly.not-filled-in', '2008-05'],
  ]);
  expect(result.findings[0].message).toBe('April 2008 is not filled in yet, so it was not checked.');
  expect(result.highlighted).toBe(0);
  expect(readValues(fake, RESULTS_SHEET)[2][0]).toBe(
    '2 months not filled in yet: each is checked once something is typed into it.',
  );
  expect(checkedMessage(result)).toEqual({
    tone: 'success',
    title: 'No problems found',
    lines: [
      `Every check passed. The “${result.resultsSheet}” sheet records when this workbook was checked.`,
      '2 months not filled in yet: each is checked once something is typed into it.',
    ],
  });
  expect(groupFindings(result.findings).map((g) => `${g.sheet} (${groupSummary(g)})`)).toEqual([
    '2008-04 (not filled in yet)',
    '2008-05 (not filled in yet)',
  ]);

  // One count typed into April: it is checked in full, and the counts left empty are errors.
  fillIn(fake, '2008-04', { Numbers_InPost: 5 });
  const again = await check(fake);
  expect(again.findings.filter((f) => f.sheet === '2008-04' && f.severity === 'error').length).toBeGreaterThan(0);
  expect(again.findings.filter((f) => f.severity === 'note').map((f) => f.sheet)).toEqual(['2008-05']);
});
