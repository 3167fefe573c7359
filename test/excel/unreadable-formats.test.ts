/**
 * Excel throws when asked for the rule of some conditional formats people make (office-js issues #6827
 * and #6835), and a throw fails the whole request. Check and Clear read the formats on users' own sheets,
 * so such a sheet costs only its own shading, with a message, never the whole check; and Clear, like
 * Check, asks Excel whether it can tell which sheets have a password.
 */
import { RESULTS_SHEET } from '../../src/check/results-sheet';
import { CheckError } from '../../src/excel/check-error';
import { checkThisWorkbook, clearCheckHighlights, clearHighlights } from '../../src/excel/check-workbook';
import {
  HIGHLIGHT_MARK,
  MAX_RULE_READS,
  PASSWORD_REASON,
  UNREADABLE_REASON,
  hostTellsPasswords,
} from '../../src/excel/highlights';
import { checkNotice } from '../../src/taskpane/messages';
import { text } from '../check/monthly/fixture';
import { conditionalFormatsOn, FakeExcel, readValues } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';
import { fillAll, NOW, TODAY, workbookWithMonths } from './check-fixture';

const BAD = { Numbers_InPost: 'five', ET1_SelfRating: 2, Numbers_InRecruitment: text('2') };
const MONTHS = ['2008-03', '2008-04', '2008-05'];

const marks = (fake: FakeExcel, sheet: string) =>
  conditionalFormatsOn(fake, sheet).filter((f) => f.formula === HIGHLIGHT_MARK);

/** Three bad months, checked once (so each is shaded), then a rule Excel cannot read added to `sheets`. */
async function shadedWithUnreadable(...sheets: string[]): Promise<FakeExcel> {
  const fake = await workbookWithMonths(3);
  fillAll(fake, MONTHS, Object.fromEntries(MONTHS.map((m) => [m, BAD])));
  await checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });
  for (const sheet of sheets) {
    fake.sheet(sheet).conditionalFormats.push({
      id: `{BAD-${sheet}}`,
      type: 'Custom',
      address: 'H1',
      formula: '=TRUE',
      unreadable: true,
    });
  }
  return fake;
}

const check = (fake: FakeExcel) => checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });

describe('a sheet whose conditional formats Excel cannot read', () => {
  test('the fake fails the whole request, as Excel does, and its trace says where', async () => {
    const fake = await shadedWithUnreadable('2008-04');
    const context = officeJsContext(fake);
    const formats = context.workbook.worksheets.getItem('2008-04').getRange().conditionalFormats;
    context.trace('reading 2008-04');
    formats.load('items/id,items/type,items/customOrNullObject/rule/formula');
    await expect(context.sync()).rejects.toMatchObject({
      code: 'GeneralException',
      traceMessages: ['reading 2008-04'],
    });
  });

  test('Check: only that sheet goes unshaded and says why; the others are re-shaded; every finding is listed', async () => {
    const fake = await shadedWithUnreadable('2008-04');
    const before = marks(fake, '2008-04').map((f) => f.id);
    const result = await check(fake);

    expect(result.notHighlighted).toEqual([{ sheet: '2008-04', reason: UNREADABLE_REASON }]);
    // Left exactly as it was: the earlier shades and the user's rule.
    expect(marks(fake, '2008-04').map((f) => f.id)).toEqual(before);
    expect(conditionalFormatsOn(fake, '2008-04')).toContainEqual(expect.objectContaining({ id: '{BAD-2008-04}' }));
    for (const sheet of ['2008-03', '2008-05']) {
      const cells = new Set(result.findings.filter((f) => f.sheet === sheet && f.cell).map((f) => f.cell));
      expect(new Set(marks(fake, sheet).map((f) => f.address))).toEqual(cells);
      expect(marks(fake, sheet).every((f) => !before.includes(f.id))).toBe(true);
    }
    expect(new Set(result.findings.map((f) => f.sheet))).toEqual(new Set([...MONTHS, 'Sheet1']));
    expect(readValues(fake, RESULTS_SHEET).flat()).toContain('2008-04');
    expect(checkNotice(result).lines.join(' ')).toMatch(/Cells on “2008-04” were not shaded: Excel could not read/);
  });

  test('Check: two such sheets cost two sheets, within a fixed number of round trips', async () => {
    const fake = await shadedWithUnreadable('2008-03', '2008-05');
    const syncs = fake.syncCount;
    const result = await check(fake);
    expect(result.notHighlighted.map((n) => n.sheet).sort()).toEqual(['2008-03', '2008-05']);
    expect(marks(fake, '2008-04').length).toBeGreaterThan(0);
    // Three reads of the grid, up to MAX_RULE_READS of the rules, two writes.
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(3 + MAX_RULE_READS + 2);
  });

  test('Check: with more refusals than round trips allowed, the sheets not read are left alone too', async () => {
    const fake = await shadedWithUnreadable(...MONTHS);
    const result = await check(fake);
    expect(result.notHighlighted.map((n) => n.sheet).sort()).toEqual(MONTHS);
    expect(result.notHighlighted.every((n) => n.reason === UNREADABLE_REASON)).toBe(true);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  test('Clear: removes the shading everywhere else and says which sheet it could not clear, and why', async () => {
    const fake = await shadedWithUnreadable('2008-04');
    const result = await clearCheckHighlights(officeJsContext(fake));
    expect(result.notCleared).toEqual([{ sheet: '2008-04', reason: UNREADABLE_REASON }]);
    expect(marks(fake, '2008-03')).toEqual([]);
    expect(marks(fake, '2008-05')).toEqual([]);
    expect(marks(fake, '2008-04').length).toBeGreaterThan(0);

    const again = await shadedWithUnreadable('2008-04');
    const error = await clearHighlights(officeJsContext(again)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckError);
    expect((error as Error).message).toMatch(/but not on “2008-04” \(Excel could not read the conditional formatting/);
    expect((error as Error).message).not.toMatch(/Unprotect/);
  });

  test('a failure that names no sheet (a lost connection) still stops the check before anything is written', async () => {
    const probe = await shadedWithUnreadable();
    const before = probe.syncCount;
    await check(probe);
    // The fourth round trip of a re-check is the rules read: fail it outright.
    const fake = new FakeExcel({ failOnSync: before + 4 });
    await workbookWithMonths(3, fake);
    fillAll(fake, MONTHS, Object.fromEntries(MONTHS.map((m) => [m, BAD])));
    await checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });
    const ops = fake.operations.length;
    await expect(check(fake)).rejects.toThrow(/Simulated failure/);
    const sent = fake.operations.slice(ops);
    expect(sent.filter((op) => op.action === 'set' || op.name === 'add' || op.name === 'delete')).toEqual([]);
  });
});

describe('Clear highlights, like Check, asks Excel whether it can tell which sheets have a password', () => {
  const office = (globalThis as { Office?: unknown }).Office;
  beforeEach(() => {
    // Excel on the web: ExcelApiOnline 1.1 is there.
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (name: string) => name === 'ExcelApiOnline' } },
    };
  });
  afterEach(() => {
    (globalThis as { Office?: unknown }).Office = office;
  });

  test('the host is asked through Office.js', () => {
    expect(hostTellsPasswords()).toBe(true);
  });

  test('both skip the password-protected sheet without trying it, and give the same reason', async () => {
    const fake = await shadedWithUnreadable();
    fake.sheet('2008-04').protection.password = 'secret';
    const checked = await check(fake);
    expect(checked.notHighlighted).toEqual([{ sheet: '2008-04', reason: PASSWORD_REASON }]);

    const ops = fake.operations.length;
    const cleared = await clearCheckHighlights(officeJsContext(fake));
    expect(cleared.notCleared).toEqual([{ sheet: '2008-04', reason: PASSWORD_REASON }]);
    // The sheet with a password was never asked to unprotect.
    const unprotects = fake.operations.slice(ops).filter((op) => op.name === 'unprotect');
    expect(unprotects.map((op) => op.path)).not.toContainEqual(expect.stringContaining('2008-04'));
    expect(marks(fake, '2008-04').length).toBeGreaterThan(0);
    expect(marks(fake, '2008-03')).toEqual([]);
  });
});
