/** Rules are data: an id, what they check, how serious a failure is, and a pure check function. */

/** A note is neither a problem nor counted as one: a month sheet not filled in yet (NOT_FILLED_RULE). */
export type Severity = 'error' | 'warning' | 'note';

/** The checker's note for a month sheet with nothing typed into it yet (src/check/monthly/not-filled.ts). */
export const NOT_FILLED_RULE = 'monthly.not-filled-in';

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
  /** A short plain-English name for the results sheet's Rule column, e.g. "Ratings on the scale". */
  title: string;
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

/** Errors and warnings, and how many months are not filled in yet (notes, never problems). */
export function countBySeverity(findings: readonly Pick<Finding, 'severity' | 'ruleId'>[]): {
  errors: number;
  warnings: number;
  notFilled: number;
} {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notFilled: findings.filter((f) => f.ruleId === NOT_FILLED_RULE).length,
  };
}
