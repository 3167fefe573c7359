/// <reference types="jest" />
/** Monthly returns for the rule tests: the generated layout as a grid, filled with good values, then overridden. */
import { GridCell, GridSheet, WorkbookGrid } from '../../../src/grid/grid';
import { serialToIso } from '../../../src/grid/dates';
import { NATIONAL_DEFINITION } from '../../../src/monthly/definition';
import { ADDED_FIELDS, HEADER_FIELDS, objectiveFields, objectiveKey } from '../../../src/monthly/fields';
import { Month, formatMonth } from '../../../src/monthly/month';
import { cellAddress } from '../../../src/sheets/a1';
import { buildMonthSheet } from '../../../src/sheets/monthly-report-sheets';
import { MonthlyReturn, readMonthlyReturn } from '../../../src/check/monthly/read-return';
import { Finding, Rule } from '../../../src/rules/types';

export type Value = GridCell | number | string | null;
export type Values = Record<string, Value>;

export const MARCH_2008: Month = { year: 2008, month: 3 };

/** A date cell as the grid holds it. */
export const date = (iso: string): GridCell => ({ kind: 'd', value: iso });
export const text = (value: string): GridCell => ({ kind: 's', value });

/** Every objective with its key and definition. */
export const OBJECTIVES = NATIONAL_DEFINITION.sections.flatMap((section) =>
  section.objectives.map((objective, i) => ({
    key: objectiveKey(section, i),
    objective,
    fields: objectiveFields(objectiveKey(section, i)),
  })),
);

/** The first objective whose scale or statement matches. */
export function objectiveWhere(test: (o: (typeof OBJECTIVES)[number]) => boolean): (typeof OBJECTIVES)[number] {
  const found = OBJECTIVES.find(test);
  if (!found) throw new Error('No such objective');
  return found;
}

/** Good values for every input: a return with no findings. */
export function goodValues(): Values {
  const values: Values = {
    Numbers_InPost: 5,
    Numbers_InRecruitment: 2,
    Numbers_Identified: 1,
    Posts_Converted: 2,
    Posts_New: 3,
    Area_CMHT: 3,
    Area_AssertiveOutreach: 1,
    Area_Other: 1,
    Area_OtherName: 'Forensic outreach',
    Report_Progress: 'Two more workers started.',
    [ADDED_FIELDS.steeringGroupMeeting]: date('2008-02-01'),
    [ADDED_FIELDS.livedExperience]: 0,
    [ADDED_FIELDS.dateSubmitted]: date('2008-04-03'),
  };
  for (const { objective, fields } of OBJECTIVES) {
    values[fields.baseline] = 0;
    values[fields.selfRating] = objective.scale.some((l) => l.value === 2) ? 2 : 1;
  }
  return values;
}

function toCell(value: Value | boolean): GridCell | undefined {
  if (value === null) return undefined;
  if (typeof value === 'boolean') return { kind: 'b', value };
  if (typeof value === 'number') return { kind: 'n', value };
  if (typeof value === 'string') return { kind: 's', value };
  return value;
}

export interface FixtureOptions {
  month?: Month;
  site?: string;
  /** Start from an empty form instead of good values. */
  blank?: boolean;
}

/** The generated sheet as a grid, filled with good values and then `overrides` (null empties a cell). */
export function filledGrid(
  overrides: Values = {},
  options: FixtureOptions = {},
): { grid: WorkbookGrid; sheet: GridSheet } {
  const month = options.month ?? MARCH_2008;
  const { sheet: spec, names } = buildMonthSheet(NATIONAL_DEFINITION, {
    site: options.site ?? 'Leeds',
    lead: 'Jo Bloggs',
    month,
  });
  const cells: Record<string, GridCell> = {};
  spec.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = toCell(value ?? null);
      if (cell) cells[cellAddress(r, c)] = cell;
    }),
  );
  const at = new Map(names.map((n) => [n.name, n.range]));
  const computed = new Set<string>([
    HEADER_FIELDS.month,
    HEADER_FIELDS.dueDate,
    'Numbers_Total',
    ADDED_FIELDS.livedExperienceShare,
  ]);
  for (const [name, address] of at) {
    if (computed.has(name)) continue;
    cells[address] = { ...(cells[address] ?? { kind: 'empty', value: null }), unlocked: true };
  }
  for (const name of [HEADER_FIELDS.month, HEADER_FIELDS.dueDate]) {
    const address = at.get(name)!;
    cells[address] = { kind: 'd', value: serialToIso(cells[address].value as number) };
  }
  const values = { ...(options.blank ? {} : goodValues()), ...overrides };
  for (const [name, value] of Object.entries(values)) {
    const address = at.get(name);
    if (!address) throw new Error(`No field named ${name}`);
    const cell = toCell(value);
    if (cell) cells[address] = { unlocked: !computed.has(name), ...cell };
    else delete cells[address];
  }
  if (!('Numbers_Total' in overrides)) {
    const sum = ['InPost', 'InRecruitment', 'Identified']
      .map((id) => cells[at.get(`Numbers_${id}`)!]?.value)
      .reduce((a: number, v) => a + (typeof v === 'number' ? v : 0), 0);
    for (const f of spec.formulas ?? [])
      if (f.cell === at.get('Numbers_Total'))
        cells[f.cell] = { kind: 'n', value: sum, formula: f.formula.replace(/^=/, '') };
  }
  const sheet: GridSheet = { name: formatMonth(month), state: 'visible', cells, merges: spec.merges };
  const grid: WorkbookGrid = {
    sheets: [sheet],
    names: names.map((n) => ({ name: n.name, sheet: n.sheet, range: n.range, scope: n.sheet })),
  };
  return { grid, sheet };
}

/** The model the rules see. */
export function filledReturn(overrides: Values = {}, options: FixtureOptions = {}): MonthlyReturn {
  const { grid, sheet } = filledGrid(overrides, options);
  return readMonthlyReturn(grid, sheet, NATIONAL_DEFINITION);
}

/** The address a field has on the generated form, e.g. "B17". */
export function cellOf(name: string): string {
  const { names } = buildMonthSheet(NATIONAL_DEFINITION, { site: '', lead: '', month: MARCH_2008 });
  const found = names.find((n) => n.name === name);
  if (!found) throw new Error(`No field named ${name}`);
  return found.range;
}

/** What a rule finds, reduced to what the tables compare. */
export function run<M>(rule: Rule<M>, model: M): { cell: string; severity: string; message: string }[] {
  return rule.check(model).map((f: Finding) => {
    expect(f.ruleId).toBe(rule.id);
    expect(f.severity).toBe(rule.severity);
    expect(f.sheet).toBeTruthy();
    return { cell: f.cell, severity: f.severity, message: f.message };
  });
}

/** One row of a rule's table: a name, the values to change, and the findings expected as [field, words]. */
export type RuleCase = [string, Values, [string, string][], FixtureOptions?];

/** Runs a table of cases against one rule: each expected finding at its field's cell, with those words. */
export function ruleTable(
  rule: Rule<MonthlyReturn>,
  cases: RuleCase[],
  model: (values: Values, options?: FixtureOptions) => MonthlyReturn = filledReturn,
): void {
  for (const [name, values, expected, options] of cases) {
    test(`${expected.length ? 'finds' : 'passes'}: ${name}`, () => {
      const found = run(rule, model(values, options));
      expect(found).toEqual(
        expected.map(([field, words]) =>
          expect.objectContaining({ cell: field === '' ? '' : cellOf(field), message: expect.stringContaining(words) }),
        ),
      );
    });
  }
}
