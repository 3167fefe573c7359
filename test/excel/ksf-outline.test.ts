/**
 * Role profiles and KSF outlines through the Office.js adapter, on the fake host that counts round trips
 * and measures each request: one read, then at most ceil(payload / 4 MB) + 2 writes, for 1 or 200 workers.
 */
import {
  applyWorkerOutlines,
  createWorkerOutlines,
  planWorkerOutlines,
  readStaffList,
} from '../../src/excel/ksf-outline';
import { InsertError } from '../../src/excel/insert-framework';
import { CellValue } from '../../src/sheets/model';
import { buildFrameworkWorkbook, FRAMEWORK_SHEETS } from '../../src/sheets/framework-sheets';
import { REGISTRY_SHEET } from '../../src/sheets/stamp';
import { WorkerInput } from '../../src/roles/worker';
import { FakeExcel, readCell, readValues } from '../fakes/fake-excel';
import { EXCEL_WEB_PAYLOAD_LIMIT } from '../fakes/measure-insert';
import { awkwardStaff } from '../helpers/awkward-staff';
import { officeJsContext } from '../fakes/office-js-host';

const MB4 = 4 * 1024 * 1024;
const now = new Date(Date.UTC(2026, 0, 1));
const sam: WorkerInput = { name: 'Sam Lee', grade: 'intermediate', setting: 'older-people', team: 'North' };

function staffSheet(workers: WorkerInput[], extra: CellValue[][] = []): CellValue[][] {
  return [
    ['Name', 'Grade', 'Setting', 'Team'],
    ...workers.map((w) => [w.name, w.grade, w.setting, w.team ?? null]),
    ...extra,
  ];
}

/**
 * Writes after the one read: each request within the 4 MB budget of real body (so under Excel's 5 MB), and
 * few of them. The splitter packs by an estimate that is never below the real body and runs up to about a
 * quarter above it (test/excel/request-sizes.test.ts), so parts hold a little less than 4 MB of real body.
 */
function expectWithinBudget(fake: FakeExcel) {
  const writes = fake.syncs.slice(1);
  const payload = writes.reduce((sum, s) => sum + s.bytes, 0);
  expect(writes.length).toBeLessThanOrEqual(Math.ceil((payload * 1.25) / MB4) + 2);
  for (const s of fake.syncs) expect(s.bytes).toBeLessThanOrEqual(MB4);
  expect(MB4).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
  return { writes: writes.length, payload };
}

describe('one worker from the task pane’s form', () => {
  test('two round trips: one read, one write', async () => {
    const fake = new FakeExcel();
    const result = await createWorkerOutlines(officeJsContext(fake), [sam], 'keep-both', { now, comments: true });
    expect(fake.syncCount).toBe(2);
    expect(result.syncs).toBe(2);
    expectWithinBudget(fake);
    expect(result.pairs).toEqual([{ worker: sam, profile: 'Role - Sam Lee', outline: 'KSF - Sam Lee' }]);
    expect(result.index).toBeNull();
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Role - Sam Lee', 'KSF - Sam Lee', REGISTRY_SHEET]);
    expect(readValues(fake, 'KSF - Sam Lee', 'A2')).toEqual([['Handbook model outline']]);
    // The misprint note becomes a comment where the host has comments (ExcelApi 1.10).
    expect(fake.sheet('Role - Sam Lee').comments[0].content).toMatch(/"HSC456" is a misprint/);
    expect(result.notesSkipped).toBe(0);
  });

  test('on an ExcelApi 1.9 host the note is skipped and counted; the sheet says it in words anyway', async () => {
    const fake = new FakeExcel();
    const result = await createWorkerOutlines(officeJsContext(fake), [sam], 'keep-both', { now });
    expect(result.notesSkipped).toBe(1);
    expect(fake.sheet('Role - Sam Lee').comments).toEqual([]);
    const text = readValues(fake, 'Role - Sam Lee').flat().join(' ');
    expect(text).toContain('Appendix E prints "HSC456": a misprint of HSC446');
  });

  test('a name that looks like a formula or a number stays text', async () => {
    const fake = new FakeExcel();
    const workers = ['=HYPERLINK("http://x","y")', '+1', '1.10'].map((name) => ({ ...sam, name }));
    const result = await createWorkerOutlines(officeJsContext(fake), workers, 'keep-both', { now });
    for (const [i, { profile }] of result.pairs.entries()) {
      const cell = readCell(fake, profile, 'C4')!;
      expect(cell).toEqual({ value: workers[i].name, prefixed: true });
      expect(cell.formula).toBeUndefined();
    }
  });
});

describe('a staff list of 200 awkward names', () => {
  test(
    'one read, then at most ceil(payload / 4 MB) + 2 writes; every sheet made',
    async () => {
      const staff = awkwardStaff();
      const fake = new FakeExcel({
        sheets: [
          {
            name: 'Staff',
            rows: staffSheet(staff, [
              ['', 'Senior', 'crisis', null],
              ['Bob', 'Snr', 'Ward 3', null],
            ]),
          },
        ],
      });
      const context = officeJsContext(fake);
      const plan = await readStaffList(context);
      expect(fake.syncCount).toBe(1);
      expect(plan.staffSheet).toBe('Staff');
      expect(plan.workers).toHaveLength(200);
      expect(plan.problems).toEqual([
        'Row 202: the name is empty. This row was left out.',
        expect.stringMatching(/^Row 203: the grade "Snr" is not/),
      ]);
      const result = await applyWorkerOutlines(context, plan, 'keep-both', { now, comments: true });
      const { writes, payload } = expectWithinBudget(fake);
      expect(result.syncs).toBe(writes);
      expect(writes).toBeGreaterThan(1); // the batch really was split
      expect(payload).toBeGreaterThan(MB4);

      const names = fake.model.sheets.map((s) => s.name);
      expect(names).toHaveLength(1 + 400 + 1 + 1); // Staff, pairs, index, registry
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      expect(result.index).toBe('Staff outlines');
      expect(fake.model.sheets.find((s) => s.id === fake.model.activeSheetId)!.name).toBe('Staff outlines');
      // The rows left out are listed under the index, as the command line lists them.
      expect(readValues(fake, 'Staff outlines').flat()).toEqual(
        expect.arrayContaining(['Rows of the staff list left out (2)', ...plan.problems]),
      );
      // The registry lists every new sheet once, with what it is.
      const registry = readValues(fake, REGISTRY_SHEET);
      expect(
        registry
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual([...result.sheets].sort());
      expect(new Set(registry.slice(1).map((r) => r[1]))).toEqual(
        new Set(['role-profile', 'ksf-outline', 'staff-outlines-index']),
      );
    },
    120_000,
  );
});

describe('the read', () => {
  test('picks up rows added locally to the Competence Framework sheet, in the same round trip', async () => {
    const framework = buildFrameworkWorkbook().sheets.find((s) => s.name === FRAMEWORK_SHEETS.framework)!.rows;
    const local = [
      'Local',
      '• Co-facilitate courses',
      'LOC1 Support people at the recovery college',
      null,
      'G1/Level 1',
      null,
    ];
    const fake = new FakeExcel({ sheets: [{ name: FRAMEWORK_SHEETS.framework, rows: [...framework, local] }] });
    const plan = await planWorkerOutlines(officeJsContext(fake), { workers: [sam] });
    expect(fake.syncCount).toBe(1);
    expect(plan.localRows.map((r) => r.code)).toEqual(['LOC1']);
    await applyWorkerOutlines(officeJsContext(fake), plan, 'keep-both', { now });
    const codes = readValues(fake, 'Role - Sam Lee').map((r) => r[1]);
    expect(codes).toContain('LOC1');
  });

  test('a staff sheet that does not exist is a problem, not a crash', async () => {
    const fake = new FakeExcel();
    const plan = await readStaffList(officeJsContext(fake), 'Team list');
    expect(fake.syncCount).toBe(1);
    expect(plan.workers).toEqual([]);
    expect(plan.problems).toEqual(['There is no sheet named "Team list" to read the staff list from.']);
  });
});

describe('running again', () => {
  async function firstRun() {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }, { name: 'KSF - Jo' }] });
    await createWorkerOutlines(officeJsContext(fake), [sam, { ...sam, name: 'Jo' }], 'keep-both', { now });
    return fake;
  }

  test('keep both: new sheets are numbered; a sheet the user made is never the toolkit’s', async () => {
    const fake = await firstRun();
    expect(fake.model.sheets.map((s) => s.name)).toContain('Role - Jo (2)'); // "KSF - Jo" was the user's
    const plan = await planWorkerOutlines(officeJsContext(fake), { workers: [sam, { ...sam, name: 'Jo' }] });
    expect(plan.clashes).toEqual([
      'Role - Sam Lee',
      'KSF - Sam Lee',
      'Role - Jo (2)',
      'KSF - Jo (2)',
      'Staff outlines',
    ]);
    const result = await applyWorkerOutlines(officeJsContext(fake), plan, 'keep-both', { now });
    expect(result.pairs.map((p) => p.profile)).toEqual(['Role - Sam Lee (2)', 'Role - Jo (3)']);
    expect(result.replaced).toEqual([]);
  });

  test('replace: only the earlier toolkit sheets go, and the new ones take their names', async () => {
    const fake = await firstRun();
    const before = fake.model.sheets.length;
    const plan = await planWorkerOutlines(officeJsContext(fake), { workers: [sam] });
    expect(plan.clashes).toEqual(['Role - Sam Lee', 'KSF - Sam Lee']);
    const result = await applyWorkerOutlines(officeJsContext(fake), plan, 'replace', { now });
    expect(result.replaced).toEqual(['Role - Sam Lee', 'KSF - Sam Lee']);
    const names = fake.model.sheets.map((s) => s.name);
    expect(names).toHaveLength(before);
    expect(names).toContain('KSF - Jo'); // the user's own sheet
    expect(names.filter((n) => n.includes('(old)'))).toEqual([]);
  });
});

test(
  'a failed write says which sheets were added in full and which may be partial',
  async () => {
    const staff = awkwardStaff().slice(0, 60);
    const fake = new FakeExcel({ failOnSync: 3 });
    const error = await createWorkerOutlines(officeJsContext(fake), staff, 'keep-both', { now }).catch((e) => e);
    expect(error).toBeInstanceOf(InsertError);
    expect(error.message).toMatch(/These sheets were added in full: "Role - Alexandra Catherine Mont"/);
    expect(error.message).toMatch(/These sheets may have been partly added:/);
    expect(error.message).toMatch(/Simulated failure of sync 3/);
  },
  60_000,
);
