/** Runs one rule over each fixture and compares the cells it names, and a phrase of each message. */
import { Finding, Rule } from '../../../src/rules/types';

export type Case<M> = [name: string, model: M, expected: [cell: string, phrase: string][]];

export function ruleTable<M>(rule: Rule<M>, cases: Case<M>[]): void {
  describe(rule.id, () => {
    test.each(cases)('%s', (_, model, expected) => {
      const findings: Finding[] = rule.check(model);
      expect(findings.map((f) => f.cell)).toEqual(expected.map(([cell]) => cell));
      findings.forEach((f, i) => {
        expect(f).toMatchObject({ ruleId: rule.id, severity: rule.severity });
        expect(f.message).toContain(expected[i][1]);
        expect(f.fix).toBeTruthy();
      });
    });
    test('has a failing case and a passing case', () => {
      expect(cases.some(([, , e]) => e.length === 0)).toBe(true);
      expect(cases.some(([, , e]) => e.length > 0)).toBe(true);
    });
  });
}
