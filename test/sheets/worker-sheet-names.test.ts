import fc from 'fast-check';
import { MAX_SHEET_NAME } from '../../src/sheets/sheet-names';
import { OUTLINE_PREFIX, planWorkerSheetNames, PROFILE_PREFIX } from '../../src/sheets/worker-sheet-names';
import { awkwardStaff } from '../helpers/awkward-staff';

/** Excel's rules, written out independently of sheet-names.ts. */
function excelAccepts(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !/^'|'$/.test(name);
}

function expectValidAndUnique(names: string[]): void {
  for (const n of names) expect(excelAccepts(n)).toBe(true);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
}

test('200 awkward names: valid, unique ignoring case, one label per pair', () => {
  const pairs = planWorkerSheetNames(awkwardStaff().map((w) => w.name));
  expectValidAndUnique(pairs.flatMap((p) => [p.profile, p.outline]));
  for (const p of pairs) {
    expect(p.profile).toBe(PROFILE_PREFIX + p.label);
    expect(p.outline).toBe(OUTLINE_PREFIX + p.label);
  }
});

test('truncation and numbering are deterministic and readable', () => {
  const names = awkwardStaff().map((w) => w.name);
  const a = planWorkerSheetNames(names);
  expect(planWorkerSheetNames(names)).toEqual(a);
  expect(a.slice(0, 4).map((p) => p.label)).toEqual([
    'Alexandra Catherine Mont',
    'Alexandra Catherine (2)',
    'Alexandra Catherine (3)',
    'alexandra catherine (4)',
  ]);
  expect(a[7].profile).toBe('Role - =HYPERLINK("http---examp');
  expect(a[12].label).toBe('Name-with-slashes---and-');
  expect(a[15].label).toBe('spaced out');
  for (const p of a) expect(p.profile.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
});

test('names the workbook already has are avoided, ignoring case', () => {
  const [pair] = planWorkerSheetNames(['Sam Lee'], ['role - sam lee']);
  expect(pair).toEqual({ label: 'Sam Lee (2)', profile: 'Role - Sam Lee (2)', outline: 'KSF - Sam Lee (2)' });
});

test('any names at all give valid, unique sheet names (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ maxLength: 60, unit: 'grapheme' }), { maxLength: 40 }),
      fc.array(fc.string()),
      (names, taken) => {
        const pairs = planWorkerSheetNames(names, taken);
        const all = pairs.flatMap((p) => [p.profile, p.outline]);
        expectValidAndUnique(all);
        const existing = new Set(taken.map((t) => t.toLowerCase()));
        for (const n of all) expect(existing.has(n.toLowerCase())).toBe(false);
      },
    ),
  );
});
