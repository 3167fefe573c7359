/** Shading the cells with findings, and "Clear highlights": the user's own formats are never touched. */
import {
  checkThisWorkbook,
  clearCheckHighlights,
  clearHighlights,
  goToCell,
  UNSURE_REASON,
} from '../../src/excel/check-workbook';
import { CheckError } from '../../src/excel/check-error';
import { HIGHLIGHT_FILL, HIGHLIGHT_MARK, PASSWORD_REASON } from '../../src/excel/highlights';
import { RESULTS_SHEET } from '../../src/check/results-sheet';
import { text } from '../check/monthly/fixture';
import { conditionalFormatsOn, FakeExcel, namedCell, readFormat, readValues } from '../fakes/fake-excel';
import { fillAll, NOW, TODAY, workbookWithMonths } from './check-fixture';
import { officeJsContext } from '../fakes/office-js-host';

const BAD = { Numbers_InPost: 'five', ET1_SelfRating: 2, Numbers_InRecruitment: text('2') };
const FORM_PROTECTION = { allowAutoFilter: true, allowSort: true, allowFormatColumns: true };

async function twoMonths(fake = new FakeExcel()): Promise<FakeExcel> {
  await workbookWithMonths(2, fake);
  fillAll(fake, ['2008-03', '2008-04'], { '2008-03': BAD, '2008-04': BAD });
  return fake;
}

const marks = (fake: FakeExcel, sheet: string) =>
  conditionalFormatsOn(fake, sheet).filter((f) => f.formula === HIGHLIGHT_MARK);
/** Conditional formats added since the form was made: all but its own flag on a share over 100%. */
const addedFormats = (fake: FakeExcel, sheet: string) =>
  conditionalFormatsOn(fake, sheet).filter((f) => f.type !== 'CellValue');

/** The user's own shading: a fill and a conditional format on a cell the check will shade. */
function userFormatting(fake: FakeExcel, sheet: string, cell: string) {
  fake.sheet(sheet).formats.set(cell, { 'fill.color': '#00FF00' });
  fake
    .sheet(sheet)
    .conditionalFormats.push({ id: '{USER-1}', type: 'Custom', address: cell, formula: '=TRUE', fill: '#0000FF' });
}

test('only the cells with open findings are shaded; the user’s fills and formats stay; protection is put back', async () => {
  const fake = await twoMonths();
  const inPost = namedCell(fake, '2008-03', 'Numbers_InPost');
  userFormatting(fake, '2008-03', inPost);
  const result = await checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });

  for (const sheet of ['2008-03', '2008-04']) {
    const cells = new Set(result.findings.filter((f) => f.sheet === sheet && f.cell).map((f) => f.cell));
    expect(new Set(marks(fake, sheet).map((f) => f.address))).toEqual(cells);
    expect(fake.sheet(sheet).protection).toMatchObject({ protected: true, options: FORM_PROTECTION });
  }
  expect(result.highlighted).toBe(marks(fake, '2008-03').length + marks(fake, '2008-04').length);
  expect(marks(fake, '2008-03').find((f) => f.address === inPost)?.fill).toBe(HIGHLIGHT_FILL.error);
  expect(readFormat(fake, '2008-03', inPost)).toEqual({ 'fill.color': '#00FF00' });
  expect(conditionalFormatsOn(fake, '2008-03')).toContainEqual(
    expect.objectContaining({ id: '{USER-1}', formula: '=TRUE', fill: '#0000FF' }),
  );
  // Nothing on the results sheet, the registry or other sheets.
  expect(conditionalFormatsOn(fake, RESULTS_SHEET)).toEqual([]);
  expect(conditionalFormatsOn(fake, 'Sheet1')).toEqual([]);
});

test('Clear highlights removes exactly the toolkit’s shades, even with the user’s formats added since', async () => {
  const fake = await twoMonths();
  await checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });
  const shaded = marks(fake, '2008-03');
  // Since the check: the user added their own format on a shaded cell, and deleted one of the shades.
  userFormatting(fake, '2008-03', shaded[0].address);
  const sheet = fake.sheet('2008-03');
  sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(shaded[1]), 1);
  const before = marks(fake, '2008-03').length + marks(fake, '2008-04').length;
  const syncs = fake.syncCount;

  const removed = await clearHighlights(officeJsContext(fake));
  // List the sheets, read their protection and formats, read which formats are shades, remove.
  expect(fake.syncCount - syncs).toBe(4);
  expect(removed).toBe(before);
  expect(marks(fake, '2008-03')).toEqual([]);
  expect(marks(fake, '2008-04')).toEqual([]);
  expect(addedFormats(fake, '2008-03')).toEqual([expect.objectContaining({ id: '{USER-1}' })]);
  expect(readFormat(fake, '2008-03', shaded[0].address)).toEqual({ 'fill.color': '#00FF00' });
  expect(fake.sheet('2008-03').protection).toMatchObject({ protected: true, options: FORM_PROTECTION });
  // Nothing left to clear: nothing changes.
  expect(await clearHighlights(officeJsContext(fake))).toBe(0);
});

describe('a sheet protected with a password', () => {
  async function withPassword(): Promise<FakeExcel> {
    const fake = await twoMonths();
    fake.sheet('2008-03').protection.password = 'secret';
    return fake;
  }

  test('where Excel can tell (on the web): not shaded, said why, still listed and linked', async () => {
    const fake = await withPassword();
    const result = await checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW, passwordInfo: true });
    expect(result.notHighlighted).toEqual([{ sheet: '2008-03', reason: PASSWORD_REASON }]);
    expect(addedFormats(fake, '2008-03')).toEqual([]);
    expect(marks(fake, '2008-04').length).toBeGreaterThan(0);
    expect(fake.sheet('2008-03').protection).toMatchObject({ protected: true, password: 'secret' });
    expect(result.findings.some((f) => f.sheet === '2008-03' && f.cell)).toBe(true);
    const inPost = namedCell(fake, '2008-03', 'Numbers_InPost');
    expect([...fake.sheet(RESULTS_SHEET).links.values()]).toContainEqual(
      expect.objectContaining({ documentReference: `'2008-03'!${inPost}` }),
    );
  });

  test('where Excel cannot tell (desktop): tried last, the refusal reported, no sheet left unprotected', async () => {
    const fake = await withPassword();
    const result = await checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });
    expect(result.notHighlighted.map((n) => n.sheet)).toContain('2008-03');
    expect(result.notHighlighted.every((n) => n.reason === UNSURE_REASON)).toBe(true);
    expect(addedFormats(fake, '2008-03')).toEqual([]);
    expect(readValues(fake, RESULTS_SHEET).length).toBeGreaterThan(result.findings.length);
    for (const sheet of ['2008-03', '2008-04']) expect(fake.sheet(sheet).protection.protected).toBe(true);
  });

  test('Clear leaves its shades and says so', async () => {
    const fake = await twoMonths();
    await checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });
    fake.sheet('2008-03').protection.password = 'secret';
    const result = await clearCheckHighlights(officeJsContext(fake), { passwordInfo: true });
    expect(result.notCleared).toEqual([{ sheet: '2008-03', reason: PASSWORD_REASON }]);
    expect(marks(fake, '2008-03').length).toBeGreaterThan(0);
    expect(marks(fake, '2008-04')).toEqual([]);
    await expect(clearHighlights(officeJsContext(fake), { passwordInfo: true })).rejects.toThrow(/“2008-03”.*password/);
  });
});

describe('a failed round trip', () => {
  test('while writing the results: says so, and nothing is shaded', async () => {
    const fake = await twoMonths(new FakeExcel());
    const syncs = fake.syncCount;
    const failing = new FakeExcel({ failOnSync: syncs + 4, failAfterOps: 5 });
    await twoMonths(failing);
    const error = await checkThisWorkbook(officeJsContext(failing), { today: TODAY, now: NOW }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CheckError);
    expect((error as Error).message).toMatch(
      /part-way through writing the “Check results” sheet.*No cells were shaded/,
    );
    expect(marks(failing, '2008-03')).toEqual([]);
  });

  test('while shading: says the findings are listed and how to tidy up', async () => {
    const probe = await twoMonths();
    const failing = new FakeExcel({ failOnSync: probe.syncCount + 5 });
    await twoMonths(failing);
    const error = await checkThisWorkbook(officeJsContext(failing), {
      today: TODAY,
      now: NOW,
      passwordInfo: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckError);
    expect((error as Error).message).toMatch(/findings are on the “Check results” sheet.*Clear highlights/);
  });
});

test('going to a finding selects its cell on its sheet in one round trip', async () => {
  const fake = await twoMonths();
  const { findings } = await checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });
  const finding = findings.find((f) => f.sheet === '2008-03' && f.cell)!;
  const before = fake.syncCount;
  await goToCell(officeJsContext(fake), finding.sheet, finding.cell);
  expect(fake.syncCount - before).toBe(1);
  expect(fake.model.selection).toEqual({ sheet: '2008-03', address: finding.cell });
  expect(fake.model.activeSheetId).toBe(fake.sheet('2008-03').id);
  await goToCell(officeJsContext(fake), 'Sheet1', '');
  expect(fake.model.selection).toEqual({ sheet: 'Sheet1', address: 'A1' });
});
