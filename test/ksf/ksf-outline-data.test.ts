/** Checks the committed KSF outline data on its own (no seeds needed). */
import { ksfModelOutline, modelDimension } from '../../src/ksf';
import { ksfDimension } from '../../src/framework';

const letters = (d: string, g: 'foundation' | 'second') =>
  modelDimension(d)![g].printed.indicators.map((i) => i.letter);

describe('the model KSF outline for an intermediate STR worker', () => {
  test('has the handbook’s nine dimensions: Core 1–6, HWB4, HWB5, IK1', () => {
    expect(ksfModelOutline.dimensions.map((d) => d.code)).toEqual([
      'Core 1',
      'Core 2',
      'Core 3',
      'Core 4',
      'Core 5',
      'Core 6',
      'HWB4',
      'HWB5',
      'IK1',
    ]);
    for (const d of ksfModelOutline.dimensions) expect(ksfDimension(d.code)).toBeDefined();
    expect(ksfModelOutline.otherDimensions).toHaveLength(21);
  });

  test.each([
    ['Core 1', 2, 'All', 2, 'All'],
    ['Core 2', 1, 'All', 2, 'All'],
    ['Core 3', 1, 'All', 2, 'All'],
    ['Core 4', 1, 'All', 1, 'All'],
    ['Core 5', 2, 'All', 2, 'All'],
    ['Core 6', 2, 'All', 2, 'All'],
    ['HWB4', 1, 'a,b,c,f,g', 2, 'All'],
    ['HWB5', 1, 'All', 2, 'All'],
    ['IK1', 1, 'a,c,d,e', 1, 'All'],
  ])('%s: foundation gateway Level %i (%s), second gateway Level %i (%s)', (code, fl, fi, sl, si) => {
    const d = modelDimension(code)!;
    expect([d.foundation.level, d.foundation.seedText, d.second.level, d.second.seedText]).toEqual([fl, fi, sl, si]);
  });

  test('HWB4: foundation Level 1 with indicators a, b, c, f, g; second gateway Level 2 with all', () => {
    const hwb4 = modelDimension('HWB4')!;
    expect(hwb4.foundation.indicators).toEqual(['a', 'b', 'c', 'f', 'g']);
    expect(hwb4.second.indicators).toBe('all');
    expect(hwb4.foundation.printed.title).toBe('Help people meet daily health and wellbeing needs');
    expect(hwb4.second.printed.title).toBe('Enable to meet ongoing health and wellbeing needs');
    // The full outline prints a–f at Level 1: the table's g is recorded, not invented.
    expect(letters('HWB4', 'foundation')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(hwb4.foundation.notPrinted).toEqual(['g']);
    expect(hwb4.second.printed.incomplete).toMatch(/page is missing/);
  });

  test('IK1: foundation Level 1 with a, c, d, e; second gateway Level 1 with all (a–e)', () => {
    const ik1 = modelDimension('IK1')!;
    expect(ik1.foundation.indicators).toEqual(['a', 'c', 'd', 'e']);
    expect(letters('IK1', 'foundation')).toEqual(['a', 'c', 'd', 'e']);
    expect(letters('IK1', 'second')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ik1.foundation.printed.indicators[0].text).toBe(
      'inputs data and information accurately and completely:\n- using the correct formats\n- consistent with legislation, policies and procedures',
    );
  });

  test('indicator counts and spot checks of the full outline text', () => {
    expect(letters('Core 1', 'second')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(letters('Core 2', 'foundation')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(letters('Core 2', 'second')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(letters('Core 3', 'second')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(letters('Core 5', 'second')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(letters('Core 6', 'second')).toEqual(['a', 'b', 'c', 'd']);
    expect(letters('HWB5', 'second')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(modelDimension('Core 3')!.foundation.printed.title).toBe(
      "Assist in maintaining own and others' health and security",
    );
    expect(modelDimension('Core 6')!.second.printed.indicators[1].text).toBe(
      'acts in ways that:\n- acknowledge and recognise people’s expressed beliefs, preferences and choices\n- respect diversity\n- value people as individuals',
    );
    expect(modelDimension('Core 4')!.areasOfApplication[1]).toBe(
      'Work effectively without direct supervision seeking support when necessary.',
    );
    expect(modelDimension('HWB5')!.areasOfApplication).toHaveLength(11);
  });

  test('what the handbook copy lacks is recorded, never filled in', () => {
    const hwb5 = modelDimension('HWB5')!;
    expect(hwb5.heading).toBeNull();
    expect(hwb5.foundation.printed).toMatchObject({ level: 1, title: null, indicators: [] });
    expect(hwb5.second.printed.title).toBe(
      'activities to meet the health and wellbeing needs of individuals with a greater degree of dependency',
    );
    expect(hwb5.second.printed.frameworkTitle).toBe(
      'Undertake care activities to meet the health and wellbeing needs of individuals with a greater degree of dependency',
    );
    expect(ksfModelOutline.seedGaps).toHaveLength(7);
    const restored = ksfModelOutline.dimensions.flatMap((d) =>
      [d.foundation, d.second].flatMap((g) =>
        g.printed.indicators.filter((i) => i.letterRestored).map((i) => `${d.code} ${i.letter}`),
      ),
    );
    expect([...new Set(restored)]).toEqual(['Core 2 e', 'Core 3 a', 'Core 3 b', 'Core 3 c', 'Core 3 d', 'Core 3 e']);
  });

  test('the seed’s own headings, note and signature lines', () => {
    expect(ksfModelOutline.gatewayHeadings).toEqual({
      foundation: 'Foundation Gateway (Subset Outline)',
      second: 'Second Gateway (Full Outline)',
    });
    expect(ksfModelOutline.localVariationNote).toBe(
      'PLEASE NOTE THAT THERE WILL BE LOCAL VARIATIONS IN THE STR WORKER ROLE, AND THESE WILL NEED TO BE REFLECTED IN THE KSF OUTLINE',
    );
    expect(ksfModelOutline.signatures).toEqual(['Signed ..... (Employee)', 'Signed .....(Line Manager)', 'Date .....']);
  });
});
