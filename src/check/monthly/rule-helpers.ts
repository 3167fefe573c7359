/** Small helpers shared by the monthly-return rules. */
import { formatDate, parseIsoDate } from '../../grid/dates';
import { Finding, Rule, Severity } from '../../rules/types';
import { Objective } from '../../monthly/definition';
import { FieldRead, MonthlyReturn, ObjectiveRead } from './read-return';

export type MonthlyRule = Rule<MonthlyReturn>;

/** Defines a rule whose findings all carry its id and severity. */
export function monthlyRule(spec: {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  check(model: MonthlyReturn, report: (cell: FieldRead | string, message: string, fix?: string) => void): void;
}): MonthlyRule {
  return {
    id: spec.id,
    title: spec.title,
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

/** Words an objective is quoted by at least: enough to tell it from its neighbours at a glance. */
const QUOTED_WORDS = 6;
/** Words a quotation does not stop on ("…seek to…" says less than "…seek to involve…"). */
const LINKING_WORDS = new Set('a an and as be by for in of or the to with within'.split(' '));

/**
 * 'Equal Opportunities objective "All sites will seek to involve…"': the form does not number its objectives,
 * so they are named as the site lead sees them, by their first words (as many as tell them apart).
 */
export function objectiveName(o: ObjectiveRead): string {
  let name = objectiveNames.get(o.objective);
  if (name === undefined) objectiveNames.set(o.objective, (name = nameOf(o)));
  return name;
}

/** Each objective's name worked out once per process: rules name objectives in every return they check. */
const objectiveNames = new WeakMap<Objective, string>();

function nameOf(o: ObjectiveRead): string {
  const statements = o.section.objectives.map((x) => x.statement);
  const words = o.objective.statement.split(/\s+/);
  let count = Math.min(QUOTED_WORDS, words.length);
  const opening = (n: number) => words.slice(0, n).join(' ');
  const ambiguous = (n: number) => statements.some((s) => s !== o.objective.statement && s.startsWith(opening(n)));
  while (count < words.length && (ambiguous(count) || LINKING_WORDS.has(words[count - 1].toLowerCase()))) count++;
  const quoted = count < words.length ? `${opening(count).replace(/[,;:.]$/, '')}…` : o.objective.statement;
  return `${o.section.title} objective "${quoted}"`;
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

/** `"yes"` for text, `2` for numbers, 14/03/2008 for dates: how a value is named in a message. */
export function quoted(field: FieldRead): string {
  if (field.raw?.kind === 'd') {
    const date = parseIsoDate(field.shown);
    if (date) return formatDate(date);
  }
  return field.raw?.kind === 's' ? `"${field.shown}"` : field.shown;
}
