/** Rules are data: an id, what they check, how serious a failure is, and a pure check function. */

export type Severity = 'error' | 'warning';

/** Which kind of generated document a rule reads. */
export type DocumentKind = 'monthly-report' | 'ksf-outline' | 'role-profile' | 'any';

export interface Finding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about ("" when it is about the whole sheet). */
  cell: string;
  /** Names the value found and the value expected, in the user's words. */
  message: string;
  /** What to do about it. */
  fix?: string;
}

export interface Rule<Model> {
  id: string;
  description: string;
  severity: Severity;
  appliesTo: DocumentKind;
  check(model: Model): Finding[];
}

/** Runs every rule over a model; a rule that throws becomes an error finding, never a crash. */
export function runRules<Model>(rules: Rule<Model>[], model: Model, sheet: string): Finding[] {
  return rules.flatMap((rule) => {
    try {
      return rule.check(model);
    } catch (error) {
      return [
        {
          ruleId: rule.id,
          severity: 'error' as const,
          sheet,
          cell: '',
          message: `The check "${rule.description}" could not run: ${(error as Error).message}`,
        },
      ];
    }
  });
}

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
