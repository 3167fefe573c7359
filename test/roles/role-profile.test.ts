import { framework } from '../../src/framework';
import { LocalNosRow } from '../../src/roles/local-rows';
import {
  buildRoleProfile,
  MANAGEMENT_NOS,
  OLDER_PEOPLE_NA,
  ProfileEntry,
  SUBSTANCE_MISUSE,
} from '../../src/roles/role-profile';
import { GRADES, SETTINGS, WorkerInput } from '../../src/roles/worker';

const worker = (over: Partial<WorkerInput> = {}): WorkerInput => ({
  name: 'Sam Lee',
  grade: 'intermediate',
  setting: 'community-mental-health-team',
  ...over,
});
const status = (entries: ProfileEntry[], code: string) => entries.find((e) => e.code === code)!.status;

describe('role profile defaults (Appendix E 2.2)', () => {
  test('lists every NOS of the framework once, in framework order', () => {
    const { entries } = buildRoleProfile(worker());
    expect(entries.map((e) => e.code)).toEqual(framework.nos.map((n) => n.code));
  });

  test('a Senior profile includes the management NOS; other grades leave them out', () => {
    for (const grade of GRADES) {
      const { entries } = buildRoleProfile(worker({ grade }));
      for (const code of MANAGEMENT_NOS)
        expect(status(entries, code)).toBe(grade === 'senior' ? 'applies' : 'not-applicable');
    }
    expect(
      MANAGEMENT_NOS.every((code) => framework.rows.some((r) => r.sectionId === '4' && r.nos.includes(code))),
    ).toBe(true);
  });

  test("an older people's profile excludes HSC347 and HSC348 by default; other settings include them", () => {
    for (const setting of SETTINGS) {
      const { entries } = buildRoleProfile(worker({ setting }));
      for (const code of OLDER_PEOPLE_NA) {
        expect(status(entries, code)).toBe(setting === 'older-people' ? 'not-applicable' : 'applies');
      }
    }
  });

  test('HSC362 and HSC365 (substance misuse) are optional everywhere', () => {
    for (const setting of SETTINGS) {
      const { entries } = buildRoleProfile(worker({ setting, grade: 'senior' }));
      for (const code of SUBSTANCE_MISUSE) expect(status(entries, code)).toBe('optional');
    }
  });

  test('everything else applies, and every non-plain default says why', () => {
    const { entries } = buildRoleProfile(worker({ setting: 'older-people' }));
    const special = new Set([...MANAGEMENT_NOS, ...OLDER_PEOPLE_NA, ...SUBSTANCE_MISUSE]);
    for (const e of entries) {
      if (!special.has(e.code)) expect(e.status).toBe('applies');
      if (e.status !== 'applies') expect(e.reason).toMatch(/Appendix E 2\.2/);
    }
  });

  test('the "HSC456" misprint is explained on HSC446, in a note and in the rules', () => {
    const profile = buildRoleProfile(worker());
    const hsc446 = profile.entries.find((e) => e.code === 'HSC446')!;
    expect(hsc446.note).toMatch(/"HSC456" is a misprint/);
    expect(hsc446.note).toContain('HSC446 Manage a dispersed workforce');
    expect(hsc446.reason).toContain('printed there as "HSC456"');
    expect(profile.rules.join(' ')).toMatch(/prints "HSC456": a misprint of HSC446/);
    expect(profile.entries.filter((e) => e.note)).toHaveLength(1);
  });

  test('marks the 18 most important NOS with their rank', () => {
    const ranked = buildRoleProfile(worker()).entries.filter((e) => e.rank !== null);
    expect(ranked).toHaveLength(18);
    expect(ranked.find((e) => e.code === 'HSC3112')!.rank).toBe(1);
    expect(ranked.find((e) => e.code === 'HSC233')!.rank).toBe(13); // printed "HS233"
  });

  test("offers column three's other related NOS as alternatives", () => {
    const hsc35 = buildRoleProfile(worker()).entries.find((e) => e.code === 'HSC35')!;
    expect(hsc35.alternatives.map((a) => a.code)).toEqual(['HSC24', 'HSC45']);
  });

  test('rows added locally follow the framework as Optional choices', () => {
    const local: LocalNosRow[] = [
      {
        code: 'LOC1',
        title: 'Support people at the recovery college',
        coreTasks: ['Co-facilitate courses'],
        ksf: [{ dimension: 'G1', level: 1 }],
      },
      { code: '', title: 'Run the allotment group', coreTasks: ['Run the allotment group'], ksf: [] },
      { code: 'HSC35', title: 'A local row that reuses a national code', coreTasks: [], ksf: [] },
    ];
    const { entries, rules } = buildRoleProfile(worker(), local);
    const added = entries.filter((e) => e.local);
    expect(added.map((e) => [e.code, e.status, e.section])).toEqual([
      ['LOC1', 'optional', 'Local'],
      ['Local 2', 'optional', 'Local'],
      ['Local 3', 'optional', 'Local'],
    ]);
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
    expect(rules.join(' ')).toMatch(/3 rows added locally/);
  });
});
