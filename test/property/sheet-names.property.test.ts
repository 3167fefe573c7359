/**
 * Every sheet name the toolkit makes from user text is one Excel accepts, and names never clash:
 * 1–31 characters, none of [ ] : * ? / \, not blank, no apostrophe at either end, not "History",
 * unique ignoring case, and (the toolkit's own rule) no control character, U+FFFE, U+FFFF or
 * surrogate half, which a sheet tab cannot show and XML cannot hold, and no `_xHHHH_` (Excel's escape
 * for those, which would have to be escaped again inside the file).
 */
import fc from 'fast-check';
import { MAX_SHEET_NAME, uniqueSheetName, validSheetName } from '../../src/sheets/sheet-names';
import { planWorkerSheetNames } from '../../src/sheets/worker-sheet-names';
import { anyText, userText } from './user-text';

const RUNS = 1000;

/** Why Excel (or the toolkit's rule) would refuse `name`; null when it is valid. */
export function sheetNameProblem(name: string): string | null {
  if (name.length < 1 || name.length > MAX_SHEET_NAME) return `length ${name.length}`;
  if (/[[\]:*?/\\]/.test(name)) return 'a forbidden character';
  if (name.trim() === '') return 'blank';
  if (name.startsWith("'") || name.endsWith("'")) return 'an apostrophe at an end';
  if (name.toLowerCase() === 'history') return 'the reserved name History';
  // eslint-disable-next-line no-control-regex -- the rule is about control characters
  if (/[\u0000-\u001f\u007f\ufffe\uffff]/.test(name)) return 'a control character';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name))
    return 'half a surrogate pair';
  if (/_x[0-9a-f]{4}_/i.test(name)) return 'Excel’s _xHHHH_ escape';
  return null;
}

const lower = (names: string[]) => names.map((n) => n.toLowerCase());

test('the validity rule itself rejects each kind of bad name', () => {
  expect(
    ['', 'x'.repeat(32), 'a:b', ' ', "'a", "a'", 'History', 'HISTORY', 'a\tb', 'a\ud800', 'a\uffff', 'a_x0041_'].map(
      sheetNameProblem,
    ),
  ).not.toContain(null);
  expect(['a', 'x'.repeat(31), "a'b", 'Histories', '😀', 'שלום', '=SUM(A1)'].map(sheetNameProblem)).toEqual(
    Array(7).fill(null),
  );
});

test('validSheetName makes any text a valid name (History aside: uniqueSheetName handles it)', () => {
  fc.assert(
    fc.property(anyText, (raw) => {
      const name = validSheetName(raw);
      const problem = sheetNameProblem(name);
      expect(problem === null || problem === 'the reserved name History').toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test('uniqueSheetName gives valid names, unique ignoring case, that miss every name already taken', () => {
  fc.assert(
    fc.property(fc.array(anyText, { maxLength: 12 }), fc.array(userText, { maxLength: 12 }), (raws, existing) => {
      const taken = [...existing];
      const made: string[] = [];
      for (const raw of raws) {
        const name = uniqueSheetName(raw, taken);
        expect({ name, problem: sheetNameProblem(name) }).toEqual({ name, problem: null });
        expect(lower(taken)).not.toContain(name.toLowerCase());
        taken.push(name);
        made.push(name);
      }
      expect(new Set(lower(made)).size).toBe(made.length);
    }),
    { numRuns: RUNS },
  );
});

test('worker sheet pairs are valid, unique ignoring case, and miss the workbook’s own sheets', () => {
  fc.assert(
    fc.property(fc.array(anyText, { maxLength: 15 }), fc.array(userText, { maxLength: 8 }), (workers, existing) => {
      // Same-name workers are the hard case: repeat some.
      const names = [...workers, ...workers.slice(0, 3)];
      const pairs = planWorkerSheetNames(names, existing);
      const made = pairs.flatMap((p) => [p.profile, p.outline]);
      for (const name of made) expect({ name, problem: sheetNameProblem(name) }).toEqual({ name, problem: null });
      expect(new Set(lower(made)).size).toBe(made.length);
      for (const name of lower(made)) expect(lower(existing)).not.toContain(name);
    }),
    { numRuns: RUNS },
  );
});

test('the same names always give the same sheet names', () => {
  fc.assert(
    fc.property(fc.array(userText, { maxLength: 10 }), (names) => {
      expect(planWorkerSheetNames(names)).toEqual(planWorkerSheetNames([...names]));
    }),
    { numRuns: RUNS },
  );
});
