/**
 * Check in the pane right after making role profiles, KSF outlines and the staff index from a staff list
 * in the pane: none of the freshly made sheets is reported as "Labels … changed". The sheets are written
 * by the Office.js adapter and read back through it, so this covers the writer (text kept as text, dates,
 * links) against the fingerprint recorded at generation (src/sheets/label-hash.ts).
 */
import { checkThisWorkbook } from '../../src/excel/check-workbook';
import { applyWorkerOutlines, readStaffList } from '../../src/excel/ksf-outline';
import { CellValue } from '../../src/sheets/model';
import { parseRegistry, REGISTRY_SHEET } from '../../src/sheets/stamp';
import { FakeExcel, readValues } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';
import { awkwardStaff } from '../helpers/awkward-staff';

const now = new Date(Date.UTC(2026, 0, 1));
const today = new Date(Date.UTC(2026, 0, 2));

describe('a staff list made into outlines in the pane, then checked in the pane', () => {
  let fake: FakeExcel;
  let made: string[];
  let registry: ReturnType<typeof parseRegistry>;
  let checked: Awaited<ReturnType<typeof checkThisWorkbook>>;
  beforeAll(async () => {
    // Names that look like formulas or numbers, or have quotes, with a team on some, and a row left out,
    // so the index lists it.
    const staff = awkwardStaff().slice(5, 11);
    const rows: CellValue[][] = [
      ['Name', 'Grade', 'Setting', 'Team'],
      ...staff.map((w) => [w.name, w.grade, w.setting, w.team ?? null]),
      ['Bob', 'Snr', 'Ward 3', null],
    ];
    fake = new FakeExcel({ sheets: [{ name: 'Staff', rows }] });
    const context = officeJsContext(fake);
    const plan = await readStaffList(context);
    const result = await applyWorkerOutlines(context, plan, 'keep-both', { now, comments: true });
    made = result.sheets;
    registry = parseRegistry(readValues(fake, REGISTRY_SHEET));
    checked = await checkThisWorkbook(officeJsContext(fake), { today, now });
  }, 120_000);

  test('every profile, outline and the index is registered with a label fingerprint', () => {
    const kinds = new Set(registry.map((e) => e.document));
    expect(kinds).toEqual(new Set(['role-profile', 'ksf-outline', 'staff-outlines-index']));
    expect(made.length).toBe(2 * 6 + 1);
    for (const entry of registry) expect(entry.labelsHash).toMatch(/^[0-9a-f]{8}$/);
  });

  test('no freshly made sheet is reported as renamed, unknown or with changed labels', () => {
    const madeHere = new Set(made);
    const documentFindings = checked.findings.filter((f) => f.ruleId.startsWith('document.') && madeHere.has(f.sheet));
    expect(documentFindings).toEqual([]);
    // The staff list is the user's own sheet: it is only said to be not the toolkit's.
    expect(checked.findings.filter((f) => f.sheet === 'Staff').map((f) => f.ruleId)).toEqual(['document.unstamped']);
  });

  test('a label edited afterwards is still caught, on that sheet alone', async () => {
    const outline = registry.find((e) => e.document === 'ksf-outline')!.sheet;
    expect(readValues(fake, outline, 'A2')).toEqual([['Derived — agree locally']]);
    fake.sheet(outline).cells.set('1,0', { value: 'Our own outline' });
    const again = await checkThisWorkbook(officeJsContext(fake), { today, now });
    expect(again.findings.filter((f) => f.ruleId === 'document.labels-edited').map((f) => f.sheet)).toEqual([outline]);
  }, 120_000);
});
