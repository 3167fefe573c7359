/** Checks the committed framework data on its own (no seeds needed). */
import {
  FRAMEWORK_EDITION,
  areaById,
  coreTasks,
  escByNumber,
  framework,
  ksfDimension,
  nosByCode,
  nosTitle,
  sectionById,
} from '../../src/framework';

const rowOf = (code: string) => {
  const row = framework.rows.find((r) => r.nos.includes(code));
  if (!row) throw new Error(`no row for ${code}`);
  return row;
};

describe('framework counts', () => {
  test('edition', () => {
    expect(FRAMEWORK_EDITION).toBe('STR Competence Framework, DH 2008 (288773)');
  });

  test('4 areas and 18 sections', () => {
    expect(framework.areas.map((a) => a.id)).toEqual(['1', '2', '3', '4']);
    expect(framework.sections.map((s) => s.id)).toEqual([
      ...Array.from({ length: 11 }, (_, i) => `1.${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `2.${i + 1}`),
      '3',
      '4',
    ]);
    expect(areaById('1')?.heading).toBe('1. Working with service users and carers');
    expect(sectionById('1.8')?.heading).toBe('1.8 Care planning (Individual level)');
    expect(sectionById('3')).toEqual({ id: '3', heading: '3. Personal Development', areaId: '3' });
    for (const s of framework.sections) expect(areaById(s.areaId)).toBeDefined();
  });

  test('59 NOS, each in exactly one row, rows in section order', () => {
    expect(framework.nos).toHaveLength(59);
    expect(new Set(framework.nos.map((n) => n.code)).size).toBe(59);
    expect(framework.rows.flatMap((r) => r.nos)).toEqual(framework.nos.map((n) => n.code));
    for (const n of framework.nos) {
      expect(n.title).not.toBe('');
      expect(n.elements.length).toBeGreaterThan(0);
      for (const e of n.elements) expect(e).not.toMatch(/^•|<|>/);
    }
    const sectionOrder = framework.sections.map((s) => s.id);
    const rowSections = framework.rows.map((r) => sectionOrder.indexOf(r.sectionId));
    expect(rowSections).toEqual([...rowSections].sort((a, b) => a - b));
    for (const s of framework.sections) {
      const ids = framework.rows.filter((r) => r.sectionId === s.id).map((r) => r.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual(ids.map((_, i) => `${s.id}-${i + 1}`));
    }
  });

  test('108 core tasks in Appendix C, and every row task is one of them', () => {
    expect(coreTasks()).toHaveLength(108);
    expect(framework.coreTaskGroups.map((g) => g.sectionId)).toEqual(framework.sections.map((s) => s.id));
    const all = new Set(coreTasks());
    // One known wording difference between Appendix B and C (see the extractor's report).
    const knownBOnly = ['To contribute to workshops or seminars applicable to the post holders experience/ knowledge'];
    for (const r of framework.rows) {
      expect(r.coreTasks.length).toBeGreaterThan(0);
      for (const t of r.coreTasks) if (!knownBOnly.includes(t)) expect(all).toContain(t);
    }
  });

  test('rows with an empty core-task cell carry the tasks of the row above', () => {
    const shared = framework.rows.filter((r) => r.coreTasksSharedWithRowAbove);
    expect(shared.length).toBeGreaterThan(0);
    for (const r of shared) {
      const above = framework.rows[framework.rows.indexOf(r) - 1];
      expect(above.sectionId).toBe(r.sectionId);
      expect(r.coreTasks).toEqual(above.coreTasks);
    }
    expect(rowOf('HSC332').coreTasksSharedWithRowAbove).toBe(true);
    expect(rowOf('HSC35').coreTasksSharedWithRowAbove).toBe(false);
  });

  test('HSC345 and HSC346 share one row', () => {
    const row = rowOf('HSC345');
    expect(row.nos).toEqual(['HSC345', 'HSC346']);
    expect(row.ksf.map((k) => `${k.dimension}/${k.level}`)).toEqual(['HWB3/3', 'HWB4/3']);
    expect(row.esc.map((e) => e.number)).toEqual([5, 6]);
    expect(framework.rows.filter((r) => r.nos.length > 1)).toEqual([row]);
  });

  test('SfH MH94 is the one draft NOS', () => {
    expect(framework.nos.filter((n) => n.draft).map((n) => n.code)).toEqual(['SfH MH94']);
    expect(nosByCode('SfH MH94')?.title).toBe('Enable people to recover from distressing mental health experiences');
  });

  test('30 KSF dimensions: 6 core and 24 specific in the themes of Appendix F', () => {
    expect(framework.ksfDimensions).toHaveLength(30);
    const byTheme = (theme: string) => framework.ksfDimensions.filter((d) => d.theme === theme).map((d) => d.code);
    expect(byTheme('Core')).toEqual(['Core 1', 'Core 2', 'Core 3', 'Core 4', 'Core 5', 'Core 6']);
    expect(byTheme('Health and wellbeing')).toEqual(Array.from({ length: 10 }, (_, i) => `HWB${i + 1}`));
    expect(byTheme('Estates and facilities')).toEqual(['EF1', 'EF2', 'EF3']);
    expect(byTheme('Information and knowledge')).toEqual(['IK1', 'IK2', 'IK3']);
    expect(byTheme('General')).toEqual(Array.from({ length: 8 }, (_, i) => `G${i + 1}`));
    expect(framework.ksfDimensions.filter((d) => d.kind === 'core').map((d) => d.theme)).toEqual(Array(6).fill('Core'));
    expect(ksfDimension('Core 6')?.title).toBe('Equality and diversity');
    expect(ksfDimension('HWB 4')?.title).toBe('Enablement to address health and wellbeing needs');
    expect(ksfDimension('IK1')?.title).toBe('Information processing');
  });

  test('every KSF link names a known dimension, and a level has one title', () => {
    const titles = new Map<string, string>();
    for (const r of framework.rows) {
      expect(r.ksf.length).toBeGreaterThan(0);
      for (const k of r.ksf) {
        expect(ksfDimension(k.dimension)?.code).toBe(k.dimension);
        expect([1, 2, 3, 4]).toContain(k.level);
        expect(k.seedText.endsWith(`: ${k.levelTitle}`)).toBe(true);
        const key = `${k.dimension}/${k.level}`;
        expect(titles.get(key) ?? k.levelTitle).toBe(k.levelTitle);
        titles.set(key, k.levelTitle);
      }
    }
  });

  test('10 ESC, and rows link to them or say not applicable', () => {
    expect(framework.esc.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(escByNumber(1)?.title).toBe('Working in Partnership');
    expect(escByNumber(3)?.title).toBe('Practicing Ethically'); // sic, Appendix G
    expect(escByNumber(10)?.title).toBe('Personal Development and Learning');
    for (const e of framework.esc) {
      expect(e.title).not.toMatch(/\.$/);
      expect(e.description.length).toBeGreaterThan(50);
    }
    for (const r of framework.rows) {
      expect(r.escNotApplicable).toBe(r.esc.length === 0);
      const numbers = r.esc.map((e) => e.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const n of numbers) expect(escByNumber(n)).toBeDefined();
    }
  });

  test('18 most important NOS in rank order', () => {
    expect(framework.mostImportantNos.map((m) => m.rank)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(framework.mostImportantNos.map((m) => m.code)).toEqual([
      'HSC3112', 'HSC35', 'HSC396', 'HSC331', 'HSC31', 'HSC332', 'HSC226', 'HSC343', 'HSC344',
      'HSC382', 'SfH FMH18', 'HSC3111', 'HSC233', 'HSC3102', 'HSC335', 'HSC328', 'SfH MH94', 'HSC33',
    ]);
    const m13 = framework.mostImportantNos[12];
    expect([m13.seedCode, m13.code]).toEqual(['HS233', 'HSC233']);
    const m17 = framework.mostImportantNos[16];
    expect([m17.seedCode, m17.code]).toEqual(['SfH MH 94', 'SfH MH94']);
    for (const m of framework.mostImportantNos) expect(nosByCode(m.code)).toBeDefined();
  });

  test('every NOS code used anywhere resolves to a title', () => {
    const codes = [
      ...framework.rows.flatMap((r) => r.nos),
      ...framework.rows.flatMap((r) => r.otherRelatedNos.map((o) => o.code)),
      ...framework.mostImportantNos.flatMap((m) => [m.code, m.seedCode]),
      ...framework.nvqUnits.map((u) => u.code),
    ];
    for (const code of codes) expect(nosTitle(code)).toEqual(expect.stringMatching(/^[A-Z]/));
    expect(nosTitle('HSC24')).toBe('Ensure your own actions support the care, protection and well-being of individuals');
    expect(nosTitle('HS233')).toBe('Relate to, and interact with, individuals');
    expect(nosTitle('SfH MH 94')).toBe('Enable people to recover from distressing mental health experiences');
    expect(nosTitle('CfA 220')).toBe('Operate office equipment');
    expect(nosTitle('HSC397')).toBe('Reinforce positive behavioural goals during relationships with individuals');
    expect(nosTitle('XYZ1')).toBeUndefined();
  });

  test('spot checks against the seed wording', () => {
    const hsc396 = rowOf('HSC396');
    expect(hsc396.ksf).toEqual([
      {
        dimension: 'HWB4',
        level: 4,
        levelTitle: 'Empower people to realise and maintain their potential in relation to health and wellbeing',
        seedText: 'HWB4/Level 4: Empower people to realise and maintain their potential in relation to health and wellbeing',
      },
    ]);
    expect(hsc396.esc).toEqual([
      { number: 3, seedText: 'Practising Ethically' },
      { number: 5, seedText: 'Promoting Recovery' },
    ]);

    const hsc3115 = rowOf('HSC3115');
    expect(hsc3115.ksf.map((k) => [k.dimension, k.level, k.levelTitle])).toEqual([
      ['IK1', 2, 'Modify, structure, maintain and present data and information'],
    ]);
    expect(hsc3115.escNotApplicable).toBe(true);
    expect(hsc3115.esc).toEqual([]);

    const hsc35 = rowOf('HSC35');
    expect(hsc35.id).toBe('1.1-1');
    expect(hsc35.coreTasks).toHaveLength(6);
    expect(hsc35.coreTasks[0]).toBe(
      'To act at all times in the best interests of service users within appropriate, transparent boundaries as part of a recovery orientated mental health service',
    );
    expect(hsc35.coreTasks[5]).toBe(
      "To ensure that individuals are enabled to access appropriate advice, support and interventions, outside of the STR worker's role, area of knowledge and experience",
    );
    expect(hsc35.otherRelatedNos.map((o) => o.code)).toEqual(['HSC24', 'HSC45']);
    expect(hsc35.ksf[0].seedText).toBe('Core 6/Level 3: Promote equality and value diversity');
    expect(hsc35.esc).toEqual([
      { number: 2, seedText: '2. Respecting Diversity' },
      { number: 3, seedText: '3. Practising Ethically' },
    ]);

    // "HWB4 / Level 3: Enable people to address specific needs in relation to health and wellbeing"
    const hsc332 = rowOf('HSC332');
    expect(hsc332.ksf.map((k) => [k.dimension, k.level, k.levelTitle])).toEqual([
      ['HWB4', 3, 'Enable people to address specific needs in relation to health and wellbeing'],
    ]);

    // "HWB 2/Level 2" is printed with a space; the dimension code is normalised.
    const hsc419 = rowOf('HSC419');
    expect(hsc419.ksf[0].dimension).toBe('HWB2');
    expect(hsc419.ksf[0].seedText).toBe(
      'HWB 2/Level 2: Contribute to assessing health and wellbeing needs and planning how to meet those needs',
    );

    // "Work in Partnership" (sic) in the table resolves to ESC 1.
    expect(rowOf('HSC387').esc.map((e) => [e.number, e.seedText])).toEqual([
      [1, 'Work in Partnership'],
      [5, 'Promoting Recovery'],
    ]);

    expect(nosByCode('HSC31')?.elements).toEqual([
      'Identify ways to communicate effectively',
      'Communicate effectively on difficult, complex and sensitive issues',
      'Support individuals to communicate',
      'Update and maintain records and reports',
    ]);
    expect(nosByCode('CfA 212')?.title).toBe('Use of IT systems 2');
    expect(rowOf('HSC328').otherRelatedNos.map((o) => o.code)).toEqual(['HSC416', 'HSC418', 'HSC427', 'HSC428']);
    // The one core task with sub-items keeps them on their own lines.
    expect(rowOf('HSC330').coreTasks).toEqual([
      'To enable service users in gaining access to:\n- a pharmacist to include effective medicines management;\n' +
        '- regular health checks (to include attendance for clinical tests where appropriate);\n' +
        '- a dietitian, nutritionist and physiotherapist; and\n- a GP; dentist; optician; chiropodist',
    ]);
    // "&amp;" is decoded.
    expect(rowOf('HSC329').coreTasks[2]).toBe('To contribute to planning, delivering & monitoring interventions and/or treatments');
  });

  test('abbreviations and NVQ units', () => {
    const fw = framework.abbreviations.filter((a) => a.source === 'framework');
    expect(fw).toHaveLength(14);
    expect(fw[0]).toEqual({ abbreviation: 'CPA', meaning: 'Care Programme Approach', source: 'framework' });
    // Same abbreviation with a different meaning: both kept. Exact duplicates: once.
    expect(framework.abbreviations.filter((a) => a.abbreviation === 'NIMHE').map((a) => a.meaning)).toEqual([
      'National Institute for Mental Health England',
      'National Institute for Mental Health in England',
    ]);
    expect(framework.abbreviations.filter((a) => a.abbreviation === 'CSIP')).toHaveLength(1);
    const keys = framework.abbreviations.map((a) => `${a.abbreviation}\t${a.meaning}`);
    expect(new Set(keys).size).toBe(keys.length);

    const group = (g: string) => framework.nvqUnits.filter((u) => u.group === g).map((u) => u.code);
    expect(group('core')).toEqual(['HSC31', 'HSC32', 'HSC33', 'HSC35']);
    expect(group('optional')).toHaveLength(24);
    expect(group('additional')).toEqual(['HSC3111', 'HSC3112', 'HSC3119']);
    expect(framework.nvqUnits.find((u) => u.code === 'HSC35')?.title).toBe(
      'Promote choice, well-being and the protection of all individuals',
    );
  });
});
