import { ksfModelOutline } from '../../src/ksf';
import { DERIVED_LABEL, MODEL_LABEL, OutlinePlan, planOutline } from '../../src/roles/outline-plan';
import { buildRoleProfile } from '../../src/roles/role-profile';
import { Grade, WorkerInput } from '../../src/roles/worker';

const plan = (grade: Grade, over: Partial<WorkerInput> = {}): OutlinePlan =>
  planOutline(buildRoleProfile({ name: 'Sam', grade, setting: 'crisis', ...over }));

/** Per dimension: the letters (by level) each gateway ticks, as the sheet will show them. */
function ticked(p: OutlinePlan, gateway: 'foundation' | 'second'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of p.dimensions) {
    const level = d[gateway].level;
    const letters = d.levels
      .find((l) => l.level === level)!
      .indicators.filter((i) => i[gateway])
      .map((i) => i.letter || '…');
    out[d.code] = `L${level} ${letters.join('')}`;
  }
  return out;
}

describe('intermediate: the handbook model outline, exactly', () => {
  const p = plan('intermediate');

  test('is labelled as the model, not derived', () => {
    expect(p.derived).toBe(false);
    expect(p.label).toBe(MODEL_LABEL);
    expect(p.rule).toMatch(/model KSF outline for an intermediate STR worker/);
  });

  test('levels and indicator subsets equal the handbook’s table', () => {
    expect(
      p.dimensions.map((d) => [
        d.code,
        d.foundation.level,
        d.foundation.indicators,
        d.second.level,
        d.second.indicators,
      ]),
    ).toEqual(
      ksfModelOutline.dimensions.map((d) => [
        d.code,
        d.foundation.level,
        d.foundation.seedText,
        d.second.level,
        d.second.seedText,
      ]),
    );
    // The indicators each gateway ticks: "All" = every letter the full outline prints for that level.
    expect(ticked(p, 'foundation')).toEqual({
      'Core 1': 'L2 abcde',
      'Core 2': 'L1 abcde',
      'Core 3': 'L1 abcde',
      'Core 4': 'L1 abcde',
      'Core 5': 'L2 abcdef',
      'Core 6': 'L2 abcd',
      HWB4: 'L1 abcfg', // g) is in the table but not printed at Level 1: a row says so
      HWB5: 'L1 …', // Level 1 is missing from the handbook copy
      IK1: 'L1 acde',
    });
    expect(ticked(p, 'second')).toEqual({
      'Core 1': 'L2 abcde',
      'Core 2': 'L2 abcdef',
      'Core 3': 'L2 abcdef',
      'Core 4': 'L1 abcde',
      'Core 5': 'L2 abcdef',
      'Core 6': 'L2 abcd',
      HWB4: 'L2 ab…', // the copy breaks off after b)
      HWB5: 'L2 abcdefg',
      IK1: 'L1 abcde',
    });
  });

  test('keeps the full outline’s text: titles, indicators, areas of application', () => {
    const core1 = p.dimensions[0];
    expect(core1.heading).toBe('Core Dimension 1 – Communications');
    expect(core1.levels[0].title).toBe('Communicates with a range of people on a range of matters');
    expect(core1.levels[0].indicators[3].text).toBe(
      'keeps accurate and complete records consistent with legislation, policies and procedures',
    );
    expect(core1.areasOfApplication).toEqual(ksfModelOutline.dimensions[0].areasOfApplication);
    const hwb4 = p.dimensions.find((d) => d.code === 'HWB4')!;
    const g = hwb4.levels[0].indicators.find((i) => i.letter === 'g')!;
    expect(g).toMatchObject({ placeholder: true, foundation: true, second: false });
    expect(hwb4.levels[0].indicators.filter((i) => !i.foundation && !i.second).map((i) => i.letter)).toEqual([
      'd',
      'e',
    ]);
  });

  test('the suggested dimensions come from the profile’s NOS that apply', () => {
    const hwb4 = p.suggestions.find((s) => s.dimension === 'HWB4')!;
    expect(hwb4.levels.map((l) => l.level)).toEqual([2, 3, 4]);
    expect(hwb4.levels[2].nos).toEqual(['HSC396', 'SfH MH94']);
    // Management NOS do not apply to an intermediate worker, so nothing suggests G6.
    expect(p.suggestions.some((s) => s.dimension === 'G6')).toBe(false);
    expect(
      plan('intermediate', { setting: 'older-people' }).suggestions.flatMap((s) => s.levels.flatMap((l) => l.nos)),
    ).not.toContain('HSC347');
  });
});

describe('foundation and senior: derived, labelled, rule stated', () => {
  test('foundation: both gateways at the model’s foundation-gateway level', () => {
    const p = plan('foundation');
    expect(p.derived).toBe(true);
    expect(p.label).toBe(DERIVED_LABEL);
    expect(p.rule).toMatch(/much closer supervision/);
    for (const [d, m] of p.dimensions.map((d, i) => [d, ksfModelOutline.dimensions[i]] as const)) {
      expect([d.code, d.foundation.level, d.second.level, d.foundation.indicators, d.second.indicators]).toEqual([
        m.code,
        m.foundation.level,
        m.foundation.level,
        m.foundation.seedText,
        'All',
      ]);
    }
  });

  test('senior: the model’s second gateway first, raised and extended by the management NOS', () => {
    const p = plan('senior');
    expect(p.label).toBe(DERIVED_LABEL);
    const levels = Object.fromEntries(p.dimensions.map((d) => [d.code, `${d.foundation.level}→${d.second.level}`]));
    expect(levels).toEqual({
      'Core 1': '2→2',
      'Core 2': '2→3', // HSC43 links to Core 2/Level 3
      'Core 3': '2→2',
      'Core 4': '1→1',
      'Core 5': '2→3', // HSC451 links to Core 5/Level 3
      'Core 6': '2→2',
      HWB4: '2→2',
      HWB5: '2→2',
      IK1: '1→1',
      G6: '2→3', // HSC444 (Level 2); HSC446, HSC439 (Level 3)
    });
    const g6 = p.dimensions.find((d) => d.code === 'G6')!;
    expect(g6.title).toBe('People management');
    expect(g6.levels.map((l) => l.title)).toEqual([
      'Plan, allocate and supervise the work of a team',
      "Co-ordinate and delegate work and review people's performance",
    ]);
    // No seed prints G6's indicators: one row says so, rather than inventing them.
    expect(g6.levels.every((l) => l.indicators.length === 1 && l.indicators[0].placeholder)).toBe(true);
    expect(p.rule).toMatch(/G6 People management added at Level 2, then 3/);
  });

  test('a senior profile with no management NOS adds nothing', () => {
    const profile = buildRoleProfile({ name: 'Sam', grade: 'senior', setting: 'crisis' });
    for (const e of profile.entries) if (e.section === '4') e.status = 'not-applicable';
    const p = planOutline(profile);
    expect(p.dimensions.map((d) => d.code)).toEqual(ksfModelOutline.dimensions.map((d) => d.code));
    expect(p.rule).toMatch(/no management NOS applies/);
  });
});
