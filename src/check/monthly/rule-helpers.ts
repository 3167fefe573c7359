/** Small helpers shared by the monthly-return rules. */
import { Finding, Rule, Severity } from '../../rules/types';
import { FieldRead, MonthlyReturn, ObjectiveRead } from './read-return';

export type MonthlyRule = Rule<MonthlyReturn>;

/** Defines a rule whose findings all carry its id and severity. */
export function monthlyRule(spec: {
  id: string;
  description: string;
  severity: Severity;
  check(model: MonthlyReturn, report: (cell: FieldRead | string, message: string, fix?: string) => void): void;
}): MonthlyRule {
  return {
    id: spec.id,
    description: spec.description,
    severity: spec.severity,
    appliesTo: 'monthly-report',
    check(model) {
      const findings: Finding[] = [];
      spec.check(model, (cell, message, fix) =>
        findings.push({
          ruleId: spec.id,
          severity: spec.severity,
          sheet: model.sheet,
          cell: typeof cell === 'string' ? cell : cell.cell,
          message,
          ...(fix ? { fix } : {}),
        }),
      );
      return findings;
    },
  };
}

/** "Equal Opportunities objective 1". */
export function objectiveName(o: ObjectiveRead): string {
  return `${o.section.title} objective ${o.index + 1}`;
}

/** "0, 1, 3". */
export function scaleList(o: ObjectiveRead): string {
  return o.objective.scale.map((l) => l.value).join(', ');
}

/** The rating, when it is one of the objective's scale values. */
export function ratingOf(o: ObjectiveRead, field: 'baseline' | 'selfRating'): number | null {
  const n = o[field].number;
  return n !== null && o.objective.scale.some((l) => l.value === n) ? n : null;
}

export function topRating(o: ObjectiveRead): number {
  return Math.max(...o.objective.scale.map((l) => l.value));
}

/** `"yes"` for text, `2` for numbers: how a value is named in a message. */
export function quoted(field: FieldRead): string {
  return field.raw?.kind === 's' ? `"${field.shown}"` : field.shown;
}
