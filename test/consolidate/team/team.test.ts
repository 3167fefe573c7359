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
import { AS_OF, DAMAGED_FILE, NEEDS, NO_OUTLINE_FILE, OLDER_COPY, planTeam, TEAMS, writeTeam } from './team-fixture';

const plans = planTeam(30);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-team-'));
let inputs: TeamInput[];
let grids: Map<string, WorkbookGrid>;
let team: Team;

beforeAll(async () => {
  const files = await writeTeam(dir, plans);
  const outcomes = await readWorkbooks(files, { size: 1 });
  grids = new Map();
  inputs = outcomes.map((o) => {
    const source = path.basename(o.file);
    if (!o.ok) return { source, unreadable: o.message };
    grids.set(source, o.grid);
    return { source, grid: o.grid };
  });
  team = collectTeam(inputs, { asOf: AS_OF });
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const nextYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
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
    expect(team.notIncluded[2].reason).toContain(`${older.worker.name} is counted from worker-26.xlsx`);
    expect(team.notIncluded[2].reason).toContain('10/03/2008');
    expect(member(older.worker.name).lastReview).toBe(older.review!.date);
  });

  test('each worker: who, review dates and state, gateways, signatures, outline kind', () => {
    for (const p of plans) {
      const m = member(p.worker.name);
      expect(m.team).toBe(p.worker.team);
      expect(m.grade.toLowerCase()).toBe(p.worker.grade);
      expect(m.outline).toBe(p.worker.grade === 'intermediate' ? 'model' : 'derived');
      const due = p.review ? nextYear(p.review.date) : null;
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
    const due = reviewed.map((p) => nextYear(p.review!.date));
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
