/**
 * The team view over 30 outlines filled in as reviewers would: every number is checked against a count
 * worked out here from what was typed (team-fixture.ts), by plain arithmetic.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkWorkbook } from '../../../src/check/check-workbook';
import { ksfOutlineChecker, roleProfileChecker } from '../../../src/check/ksf/checker';
import { collectTeam, Team, TeamInput } from '../../../src/consolidate/team';
import { WorkbookGrid } from '../../../src/grid/grid';
import { planOutline } from '../../../src/roles/outline-plan';
import { buildRoleProfile } from '../../../src/roles/role-profile';
import { countBySeverity, Finding } from '../../../src/rules/types';
import { readWorkbooks } from '../../../src/xlsx/read-pool';
import { columnLetter } from '../../../src/sheets/a1';
import { TEAM_SHEETS } from '../../../src/sheets/team-sheets';
import { CliRun, runCli } from '../../helpers/cli';
import { convertWithLibreOffice, findSoffice } from '../../helpers/libreoffice';
import { sheetValues } from '../../helpers/sheet-values';
import { AS_OF, copyTeam, DAMAGED_FILE, NEEDS, NO_OUTLINE_FILE, OLDER_COPY, planTeam, TEAMS } from './team-fixture';

const soffice = findSoffice();
const plans = planTeam(30);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-team-'));
let inputs: TeamInput[];
let grids: Map<string, WorkbookGrid>;
let team: Team;

beforeAll(async () => {
  const files = await copyTeam(dir, plans.length);
  const outcomes = await readWorkbooks(files, { size: 1 });
  grids = new Map();
  inputs = outcomes.map((o) => {
    const source = path.basename(o.file);
    if (!o.ok) return { source, unreadable: o.message };
    grids.set(source, o.grid);
    return { source, grid: o.grid };
  });
  team = collectTeam(inputs, { asOf: AS_OF });
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const nextYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
/** When the next review is due: the date typed on the outline, else a year on. */
const dueOf = (p: (typeof plans)[number]) => (p.review ? (p.review.nextReview ?? nextYear(p.review.date)) : null);
const DUE_SOON_UNTIL = '2009-09-15';
const GATEWAYS: Record<string, [string, string]> = {
  'Foundation gateway met': ['met', 'not reviewed'],
  'Second gateway met': ['met', 'met'],
  'Foundation gateway not yet met': ['not yet met', 'not reviewed'],
  'Second gateway not yet met': ['met', 'not yet met'],
};
const member = (name: string) => team.members.find((m) => m.name === name)!;

describe('team of 30', () => {
  test('every worker once, the older copy, the workbook with no outline and the damaged file not included', () => {
    expect(team.members).toHaveLength(30);
    expect(team.notIncluded.map((n) => [n.source, n.kind])).toEqual([
      [DAMAGED_FILE, 'unreadable'],
      [NO_OUTLINE_FILE, 'no-outline'],
      [OLDER_COPY.file, 'replaced'],
    ]);
    const older = plans[OLDER_COPY.index];
    expect(team.notIncluded[2].reason).toContain(`${older.worker.name} is counted from worker-22.xlsx`);
    expect(team.notIncluded[2].reason).toContain('10/03/2008');
    expect(member(older.worker.name).lastReview).toBe(older.review!.date);
  });

  test('each worker: who, review dates and state, gateways, signatures, outline kind', () => {
    for (const p of plans) {
      const m = member(p.worker.name);
      expect(m.team).toBe(p.worker.team);
      expect(m.grade.toLowerCase()).toBe(p.worker.grade);
      expect(m.outline).toBe(p.worker.grade === 'intermediate' ? 'model' : 'derived');
      const due = dueOf(p);
      expect(m.lastReview).toBe(p.review?.date ?? null);
      expect(m.nextReviewDue).toBe(due);
      const state = !due ? 'no review' : due < AS_OF ? 'overdue' : due <= DUE_SOON_UNTIL ? 'due soon' : 'not due';
      expect([m.name, m.review]).toEqual([m.name, state]);
      const [foundation, second] = p.review ? GATEWAYS[p.review.outcome] : ['not reviewed', 'not reviewed'];
      expect([m.foundationGateway, m.secondGateway]).toEqual([foundation, second]);
      expect(m.signed).toBe(!!p.review?.signed);
    }
  });

  test("each worker's errors and warnings are the checker's own", () => {
    const checked = new Map<string, Finding[]>();
    for (const [source, grid] of grids)
      checked.set(
        source,
        checkWorkbook(grid, [ksfOutlineChecker, roleProfileChecker] as never, {
          previous: [],
          today: new Date(2009, 5, 15),
        }),
      );
    for (const m of team.members) {
      const findings = checked.get(m.source)!.filter((f) => f.sheet === m.outlineSheet || f.sheet === m.profileSheet);
      const { errors, warnings } = countBySeverity(findings);
      expect([m.name, m.errors, m.warnings]).toEqual([m.name, errors, warnings]);
    }
    expect(team.members.some((m) => m.errors > 0)).toBe(true);
  });

  test('levels: each dimension at its outline level unless the review said otherwise', () => {
    const levels = (word: string) => (word === '' ? null : word.startsWith('Not yet') ? 0 : Number(word.slice(-1)));
    const expected = new Map<
      string,
      { workers: number; at: number; below: number; blank: number; byLevel: number[] }
    >();
    for (const p of plans) {
      const outline = planOutline(buildRoleProfile(p.worker));
      const m = member(p.worker.name);
      expect(m.dimensions.map((d) => d.code)).toEqual(outline.dimensions.map((d) => d.code));
      for (const d of outline.dimensions) {
        const shown = m.dimensions.find((x) => x.code === d.code)!;
        const typed = p.review ? (p.review.demonstrated[d.code] ?? `Level ${d.second.level}`) : '';
        expect([m.name, d.code, shown.outline, shown.demonstrated]).toEqual([
          m.name,
          d.code,
          d.second.level,
          levels(typed),
        ]);
        const e = expected.get(d.code) ?? { workers: 0, at: 0, below: 0, blank: 0, byLevel: [0, 0, 0, 0, 0] };
        e.workers++;
        const level = levels(typed);
        if (level === null) e.blank++;
        else {
          e.byLevel[level]++;
          if (level >= d.second.level) e.at++;
          else e.below++;
        }
        expected.set(d.code, e);
      }
    }
    for (const d of team.dimensions) {
      const e = expected.get(d.code)!;
      expect([d.code, d.workers, d.atOutlineLevel, d.belowOutlineLevel, d.notRecorded, d.byLevel]).toEqual([
        d.code,
        e.workers,
        e.at,
        e.below,
        e.blank,
        e.byLevel,
      ]);
    }
    expect(team.dimensions.map((d) => d.code).sort()).toEqual([...expected.keys()].sort());
  });

  test('NOS self-assessments counted per NOS; the 18 most important carry their rank', () => {
    for (const code of [...NEEDS, 'HSC33']) {
      const n = team.nos.find((x) => x.code === code)!;
      const count = (v: string) => plans.filter((p) => p.self[code] === v).length;
      expect([code, n.competent, n.developing, n.needsSupport]).toEqual([
        code,
        count('Competent'),
        count('Developing'),
        count('Needs support'),
      ]);
    }
    expect(team.nos.filter((n) => n.rank !== null)).toHaveLength(18);
    expect(team.nos.find((n) => n.code === 'HSC3112')!.rank).toBe(1);
  });

  test('development plans: every action, overdue as of the day', () => {
    const actions = plans.flatMap((p) => p.pdp);
    expect(team.pdp).toHaveLength(actions.length);
    const overdue = actions.filter((a) => a.targetIso && a.targetIso < AS_OF && a.progress !== 'Achieved').length;
    expect(team.totals.pdpOverdue).toBe(overdue);
    expect(overdue).toBeGreaterThan(0);
    expect(team.pdp.filter((a) => a.support === 'Study leave')).toHaveLength(
      actions.filter((a) => a.support === 'Study leave').length,
    );
  });

  test('training needs: most needing support first, with NVQ units and core tasks', () => {
    const needs = NEEDS.map((code) => ({
      code,
      support: plans.filter((p) => p.self[code] === 'Needs support').map((p) => p.worker.name),
      developing: plans.filter((p) => p.self[code] === 'Developing').map((p) => p.worker.name),
    })).filter((n) => n.support.length + n.developing.length > 0);
    expect(team.trainingNeeds.map((n) => n.code).sort()).toEqual(needs.map((n) => n.code).sort());
    for (let i = 1; i < team.trainingNeeds.length; i++)
      expect(team.trainingNeeds[i - 1].needsSupport.length).toBeGreaterThanOrEqual(
        team.trainingNeeds[i].needsSupport.length,
      );
    for (const n of needs) {
      const got = team.trainingNeeds.find((t) => t.code === n.code)!;
      expect(got.needsSupport.sort()).toEqual(n.support.sort());
      expect(got.developing.sort()).toEqual(n.developing.sort());
    }
    const hsc35 = team.trainingNeeds.find((t) => t.code === 'HSC35')!;
    expect(hsc35.nvqUnits.map((u) => `${u.code} ${u.group}`)).toEqual(['HSC35 core']);
    expect(hsc35.coreTasks.length).toBeGreaterThan(0);
    expect(team.trainingNeeds.find((t) => t.code === 'HSC396')?.nvqUnits).toEqual([]);
  });

  test('totals and reviews due per month over the next 12 months', () => {
    const reviewed = plans.filter((p) => p.review);
    const due = reviewed.map((p) => dueOf(p)!);
    // The fixture's spread (team-fixture.ts): each state a different count.
    expect([team.totals.reviewsOverdue, team.totals.reviewsDueSoon, team.totals.noReview]).toEqual([11, 5, 4]);
    expect(team.totals).toMatchObject({
      workers: 30,
      reviewsOverdue: due.filter((d) => d < AS_OF).length,
      noReview: plans.length - reviewed.length,
      signed: reviewed.filter((p) => p.review!.signed).length,
      secondMet: reviewed.filter((p) => p.review!.outcome === 'Second gateway met').length,
      pdpActions: plans.flatMap((p) => p.pdp).length,
    });
    expect(team.reviewsDue.map((r) => r.month)).toEqual([
      '2009-06',
      '2009-07',
      '2009-08',
      '2009-09',
      '2009-10',
      '2009-11',
      '2009-12',
      '2010-01',
      '2010-02',
      '2010-03',
      '2010-04',
      '2010-05',
    ]);
    for (const r of team.reviewsDue)
      expect([r.month, r.due]).toEqual([r.month, due.filter((d) => d >= AS_OF && d.startsWith(r.month)).length]);
    expect(team.reviewsDue.reduce((s, r) => s + r.due, 0)).toBe(due.filter((d) => d >= AS_OF).length);
  });

  test('--team keeps one team; the others are counted as left out', () => {
    const one = collectTeam(inputs, { asOf: AS_OF, team: ' community  SOUTH ' });
    const expected = plans.filter((p) => p.worker.team === TEAMS[1]).length;
    expect(one.members).toHaveLength(expected);
    expect(one.otherTeams).toBe(30 - expected);
    expect(one.members.every((m) => m.team === TEAMS[1])).toBe(true);
  });
});

/**
 * The team workbook the command line writes from the same 30, opened and recalculated by LibreOffice: every
 * number on every sheet equals the count worked out here.
 */
(soffice ? describe : describe.skip)('the team workbook, recalculated by LibreOffice', () => {
  const out = path.join(dir, 'out', 'team.xlsx');
  let run: CliRun;
  let resaved: string;
  const cache = new Map<string, Map<string, string | number>>();
  const value = (sheet: string, address: string) => {
    if (!cache.has(sheet)) cache.set(sheet, sheetValues(resaved, sheet));
    return cache.get(sheet)!.get(address);
  };
  /** 1-based row whose column A holds `text`. */
  const rowOf = (sheet: string, text: string) => {
    for (let r = 1; r < 2000; r++) if (value(sheet, `A${r}`) === text) return r;
    throw new Error(`No "${text}" in column A of ${sheet}`);
  };
  const byName = [...plans].sort((a, b) =>
    a.worker.team === b.worker.team
      ? a.worker.name.localeCompare(b.worker.name)
      : a.worker.team.toLowerCase() < b.worker.team.toLowerCase()
        ? -1
        : 1,
  );

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(out));
    run = await runCli(['team', dir, '-o', out, '--as-of', '15/06/2009']);
    resaved = convertWithLibreOffice(soffice as string, out, 'xlsx:Calc MS Excel 2007 XML');
  }, 300_000);

  test('the command says what it did and what it left out', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Wrote .*team\.xlsx: 30 workers, as of 15\/06\/2009\./);
    expect(run.out).toContain('3 not included (listed on the "Not included" sheet):');
  });

  test('no formula gives an error, and every sheet is there', () => {
    for (const name of Object.values(TEAM_SHEETS)) {
      const errors = [...sheetValues(resaved, name).entries()].filter(
        ([, v]) => typeof v === 'string' && /^#[A-Z/0!?]+/.test(v),
      );
      expect([name, errors]).toEqual([name, []]);
    }
  });

  test('Team Summary: a row per worker, and the totals LibreOffice calculates equal the counts', () => {
    const sheet = TEAM_SHEETS.summary;
    byName.forEach((p, i) => {
      const r = 4 + i;
      const due = dueOf(p);
      const state = !due ? 'No review yet' : due < AS_OF ? 'Overdue' : due <= DUE_SOON_UNTIL ? 'Due soon' : 'Not due';
      const [foundation, second] = p.review ? GATEWAYS[p.review.outcome] : ['not reviewed', 'not reviewed'];
      const word = (g: string) => g[0].toUpperCase() + g.slice(1);
      expect(['A', 'D', 'H', 'I', 'J', 'K'].map((c) => value(sheet, `${c}${r}`))).toEqual([
        p.worker.name,
        p.worker.team,
        state,
        word(foundation),
        word(second),
        !p.review ? 'No review' : p.review.signed ? 'Yes' : 'No',
      ]);
    });
    const reviewed = plans.filter((p) => p.review);
    const due = reviewed.map((p) => dueOf(p)!);
    const total = (label: string) => value(sheet, `B${rowOf(sheet, label)}`);
    expect(total('Workers')).toBe(30);
    expect(total('Reviews overdue')).toBe(due.filter((d) => d < AS_OF).length);
    expect(total('Reviews due soon (next 3 months)')).toBe(due.filter((d) => d >= AS_OF && d <= DUE_SOON_UNTIL).length);
    expect(total('No review yet')).toBe(30 - reviewed.length);
    expect(total('Second gateway met')).toBe(reviewed.filter((p) => p.review!.outcome === 'Second gateway met').length);
    expect(total('Foundation gateway met')).toBe(
      reviewed.filter((p) => GATEWAYS[p.review!.outcome][0] === 'met').length,
    );
    expect(total('Reviews signed')).toBe(reviewed.filter((p) => p.review!.signed).length);
    expect(total('Reviews not signed')).toBe(reviewed.filter((p) => !p.review!.signed).length);
    expect(total('Checker errors')).toBe(team.members.reduce((s, m) => s + m.errors, 0));
    const month = rowOf(sheet, 'Month');
    team.reviewsDue.forEach((r, i) =>
      expect(value(sheet, `B${month + 1 + i}`)).toBe(due.filter((d) => d >= AS_OF && d.startsWith(r.month)).length),
    );
  });

  test('KSF Levels: each cell "demonstrated of outline"; the counts per dimension', () => {
    const sheet = TEAM_SHEETS.levels;
    const codes = team.dimensions.map((d) => d.code);
    expect(codes.map((_, c) => value(sheet, `${columnLetter(3 + c)}3`))).toEqual(codes);
    byName.forEach((p, i) => {
      const outline = planOutline(buildRoleProfile(p.worker));
      for (const d of outline.dimensions) {
        const typed = p.review ? (p.review.demonstrated[d.code] ?? `Level ${d.second.level}`) : '';
        const shown = typed === '' ? '–' : typed.startsWith('Not yet') ? '0' : typed.slice(-1);
        expect([p.worker.name, d.code, value(sheet, `${columnLetter(3 + codes.indexOf(d.code))}${4 + i}`)]).toEqual([
          p.worker.name,
          d.code,
          `${shown} of ${d.second.level}`,
        ]);
      }
    });
    const head = rowOf(sheet, 'Dimension');
    team.dimensions.forEach((d, i) => {
      const cells = 'ABCDEFGHIJ'.split('').map((c) => value(sheet, `${c}${head + 1 + i}`));
      const column = codes.indexOf(d.code);
      const texts = byName.map((_, w) => String(value(sheet, `${columnLetter(3 + column)}${4 + w}`) ?? ''));
      const of = texts.filter((t) => t.includes(' of '));
      const level = (t: string) => t.split(' of ').map((x) => (x === '–' ? null : Number(x)));
      expect(cells).toEqual([
        d.code,
        ...[0, 1, 2, 3, 4].map((l) => of.filter((t) => level(t)[0] === l).length),
        of.length,
        of.filter((t) => level(t)[0] !== null && level(t)[0]! >= level(t)[1]!).length,
        of.filter((t) => level(t)[0] !== null && level(t)[0]! < level(t)[1]!).length,
        of.filter((t) => level(t)[0] === null).length,
      ]);
    });
  });

  test('NOS Self-assessment: counts per NOS (formulas) and the 18 ranks', () => {
    const sheet = TEAM_SHEETS.nos;
    const rows = new Map<string, number>();
    for (let r = 4; value(sheet, `A${r}`) !== undefined; r++) rows.set(String(value(sheet, `A${r}`)), r);
    for (const code of [...NEEDS, 'HSC33', 'HSC43']) {
      const r = rows.get(code)!;
      const count = (v: string) => plans.filter((p) => p.self[code] === v).length;
      expect([code, ...['D', 'E', 'F', 'G'].map((c) => value(sheet, `${c}${r}`))]).toEqual([
        code,
        count('Competent'),
        count('Developing'),
        count('Needs support'),
        count('Not applicable'),
      ]);
    }
    const ranked = [...rows.values()].map((r) => value(sheet, `C${r}`)).filter((v) => v !== undefined && v !== '');
    expect(ranked).toHaveLength(18);
    expect(value(sheet, `C${rows.get('HSC3112')}`)).toBe('★ 1');
  });

  test('Development Plans: every action, overdue said in words, totals as formulas', () => {
    const sheet = TEAM_SHEETS.pdp;
    const actions = plans.flatMap((p) => p.pdp);
    const overdue = actions.filter((a) => a.targetIso && a.targetIso < AS_OF && a.progress !== 'Achieved').length;
    const statuses = actions.map((_, i) => value(sheet, `I${4 + i}`));
    expect(statuses.filter((s) => s === 'Overdue')).toHaveLength(overdue);
    expect(value(sheet, `B${rowOf(sheet, 'Actions')}`)).toBe(actions.length);
    expect(value(sheet, `B${rowOf(sheet, 'Overdue')}`)).toBe(overdue);
    expect(value(sheet, `B${rowOf(sheet, 'Achieved')}`)).toBe(actions.filter((a) => a.progress === 'Achieved').length);
  });

  test('Training Needs: most needing support first, with the workers, NVQ units and core tasks', () => {
    const sheet = TEAM_SHEETS.training;
    const needs = NEEDS.map((code) => ({
      code,
      support: plans.filter((p) => p.self[code] === 'Needs support').length,
      developing: plans.filter((p) => p.self[code] === 'Developing').length,
    })).filter((n) => n.support + n.developing > 0);
    const shown = needs.map((_, i) => [
      value(sheet, `A${4 + i}`),
      value(sheet, `B${4 + i}`),
      value(sheet, `C${4 + i}`),
    ]);
    expect([...shown].sort()).toEqual(needs.map((n) => [n.code, n.support, n.developing]).sort());
    const supports = shown.map((s) => s[1] as number);
    expect(supports).toEqual([...supports].sort((a, b) => b - a));
    const hsc35 = 4 + shown.findIndex((s) => s[0] === 'HSC35');
    expect(value(sheet, `H${hsc35}`)).toBe(
      'HSC35 Promote choice, well-being and the protection of all individuals (core)',
    );
    expect(String(value(sheet, `I${hsc35}`))).not.toBe('');
  });

  test('Not included: the damaged file, the workbook with no outline and the older copy', () => {
    const sheet = TEAM_SHEETS.notIncluded;
    expect([4, 5, 6].map((r) => value(sheet, `C${r}`))).toEqual([
      'Could not be read',
      'No KSF outline',
      'Same worker again',
    ]);
  });
});
