/**
 * Checks a locally adapted report definition (--template FILE) against templates/monthly-report.schema.json,
 * then for what a schema cannot say (unique ids, rating texts that start with their number), and reports
 * every problem by the field's path, e.g. "sections[1].objectives[0].scale[2].value". Node only: the
 * add-in uses the national definition, which the tests check, and does not carry ajv.
 */
import Ajv, { ErrorObject } from 'ajv';
import schema from '../../templates/monthly-report.schema.json';
import { MonthlyReportDefinition } from './definition';
import { areaNameField } from './fields';

export class DefinitionError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'DefinitionError';
  }
}

const ajv = new Ajv({ allErrors: true, verbose: true });
const validateSchema = ajv.compile<MonthlyReportDefinition>(schema);
const MAX_LISTED = 8;

/** The definition if it is valid; otherwise a DefinitionError naming each bad field. `where` names the file. */
export function validateDefinition(data: unknown, where: string): MonthlyReportDefinition {
  const problems = validateSchema(data)
    ? meaningProblems(data)
    : (validateSchema.errors ?? []).filter(isUseful).map(describe);
  if (problems.length === 0) return data as MonthlyReportDefinition;
  const unique = [...new Set(problems)];
  const listed = unique.slice(0, MAX_LISTED).map((p) => `  - ${p}`);
  if (unique.length > MAX_LISTED) listed.push(`  - and ${unique.length - MAX_LISTED} more`);
  throw new DefinitionError(`${where} is not a valid monthly report definition:\n${listed.join('\n')}`, unique);
}

/** "/sections/1/objectives/0" → "sections[1].objectives[0]". */
export function fieldPath(pointer: string, child?: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  const path = parts.reduce(
    (out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
  return path || 'the definition';
}

/** Errors inside "contains" say only why each item failed; the "contains" error itself says it all. */
function isUseful(error: ErrorObject): boolean {
  return !/\/contains\/./.test(error.schemaPath);
}

function describe(error: ErrorObject): string {
  const at = fieldPath(error.instancePath);
  const about = (error.parentSchema as { description?: string } | undefined)?.description;
  switch (error.keyword) {
    case 'required':
      return `${fieldPath(error.instancePath, (error.params as { missingProperty: string }).missingProperty)} is missing`;
    case 'additionalProperties':
      return `${fieldPath(error.instancePath, (error.params as { additionalProperty: string }).additionalProperty)} is not a field the form knows (check the spelling)`;
    case 'type':
      return `${at} must be ${article((error.params as { type: string }).type)}`;
    case 'pattern':
    case 'contains':
      return `${at} ${quoted(error.data)}is not valid${about ? `: ${about}` : ''}`;
    default:
      return `${at} ${error.message ?? 'is not valid'}`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function quoted(data: unknown): string {
  return typeof data === 'string' ? `("${data}") ` : '';
}

/** What the schema cannot check: uniqueness, and rating numbers that match their text. */
function meaningProblems(d: MonthlyReportDefinition): string[] {
  const problems: string[] = [];
  const unique = (ids: { id: string; path: string }[]) => {
    const seen = new Map<string, string>();
    for (const { id, path } of ids) {
      const key = id.toLowerCase();
      if (seen.has(key)) problems.push(`${path} repeats the id "${id}" of ${seen.get(key)}; ids must differ`);
      else seen.set(key, path);
    }
  };
  unique([
    ...d.numbers.rows.map((r, i) => ({ id: r.id, path: `numbers.rows[${i}].id` })),
    { id: d.numbers.total.id, path: 'numbers.total.id' },
  ]);
  unique(d.posts.rows.map((r, i) => ({ id: r.id, path: `posts.rows[${i}].id` })));
  unique([
    ...d.serviceAreas.teams.map((t, i) => ({ id: t.id, path: `serviceAreas.teams[${i}].id` })),
    { id: d.serviceAreas.other.id, path: 'serviceAreas.other.id' },
    // The text beside "Other (please state)" is named after it: Area_OtherName.
    { id: areaNameField(d.serviceAreas.other.id).slice('Area_'.length), path: 'serviceAreas.other.id (its name cell)' },
  ]);
  unique(d.leadsReport.fields.map((f, i) => ({ id: f.id, path: `leadsReport.fields[${i}].id` })));
  unique(d.sections.map((s, i) => ({ id: s.id, path: `sections[${i}].id` })));

  d.sections.forEach((section, s) =>
    section.objectives.forEach((objective, o) => {
      let previous = -1;
      objective.scale.forEach((level, l) => {
        const at = `sections[${s}].objectives[${o}].scale[${l}]`;
        const printed = /^(\d+)(?:\s|$)/.exec(level.text);
        if (!printed || Number(printed[1]) !== level.value) {
          problems.push(
            `${at}.text ("${level.text}") must start with its value, ${level.value}, e.g. "${level.value} – …"`,
          );
        }
        if (level.value <= previous)
          problems.push(`${at}.value must be higher than the rating before it (${previous})`);
        previous = level.value;
      });
    }),
  );
  return problems;
}
