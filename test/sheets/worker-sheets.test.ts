import { parseRange } from '../../src/sheets/a1';
import { OUTLINE_COLUMNS, PDP_ROWS, REVIEW_VALUES } from '../../src/sheets/ksf-outline-sheet';
import { CellValue, ListValidation, SheetSpec } from '../../src/sheets/model';
import { EMPTY_WORKBOOK, placeWorkbook } from '../../src/sheets/placement';
import { PROFILE_COLUMNS, SELF_ASSESSMENT } from '../../src/sheets/role-profile-sheet';
import { REGISTRY_HEADER } from '../../src/sheets/stamp';
import {
  buildWorkerSheets,
  buildWorkerWorkbook,
  INDEX_SHEET,
  stampDocuments,
  workerStamp,
} from '../../src/sheets/worker-workbook';
import { planWorkerSheetNames } from '../../src/sheets/worker-sheet-names';
import { WorkerInput } from '../../src/roles/worker';

const sam: WorkerInput = {
  name: '=HYPERLINK("http://x","y")',
  grade: 'senior',
  setting: 'older-people',
  team: 'North',
};

function sheetsFor(worker: WorkerInput) {
  const [names] = planWorkerSheetNames([worker.name]);
  const { sheets } = buildWorkerSheets(worker, names);
  return { names, profile: sheets[0], outline: sheets[1] };
}

/** Values of a range (rows and columns of the spec), empty cells as null. */
function valuesIn(sheet: SheetSpec, range: string): CellValue[] {
  const b = parseRange(range.replace(/^.*!/, ''));
  const out: CellValue[] = [];
  for (let r = b.row; r <= b.lastRow; r++)
    for (let c = b.col; c <= b.lastCol; c++) out.push(sheet.rows[r]?.[c] ?? null);
  return out;
}

const findRow = (sheet: SheetSpec, text: string) => sheet.rows.findIndex((r) => r.includes(text));

describe('the role profile sheet', () => {
  const { profile } = sheetsFor(sam);

  test('says who it is for, the worker’s name as text', () => {
    expect(profile.rows[3]).toEqual(['Worker', null, sam.name]);
    expect(profile.rows[4][2]).toBe('Senior');
    expect(profile.rows[5][2]).toBe("Older people's");
  });

  test('is a filterable table of every NOS with the defaults explained', () => {
    const table = parseRange(profile.table!.range);
    expect(profile.rows[table.row]).toEqual(PROFILE_COLUMNS);
    const body = profile.rows.slice(table.row + 1, table.lastRow + 1);
    expect(body).toHaveLength(59);
    const hsc347 = body.find((r) => r[1] === 'HSC347')!;
    expect([hsc347[4], hsc347[5]]).toEqual([
      'Not applicable',
      "Usually not applicable in older people's services (Appendix E 2.2).",
    ]);
    expect(body.find((r) => r[1] === 'HSC444')![4]).toBe('Applies');
    // ★ and the rank mark the most important NOS, so the mark reads without colour.
    expect(body.filter((r) => /^★ \d+$/.test(String(r[3])))).toHaveLength(18);
  });

  test('the HSC456 misprint is a note on HSC446 and is said on the sheet', () => {
    const note = profile.notes!.find((n) => profile.rows[parseRange(n.cell).row][1] === 'HSC446')!;
    expect(note.text).toMatch(/"HSC456" is a misprint/);
    expect(
      profile.rows.some((r) => String(r[0] ?? '').includes('Appendix E prints "HSC456": a misprint of HSC446')),
    ).toBe(true);
  });

  test('dropdowns: in profile, use instead (column three), self-assessment; a date check', () => {
    const lists = profile.validations.filter((v): v is ListValidation => v.kind === undefined || v.kind === 'list');
    expect(lists.find((v) => v.values.includes('Needs support'))!.values).toEqual(SELF_ASSESSMENT);
    const hsc35 = findRow(profile, 'HSC35');
    const useInstead = lists.find((v) => v.range === `G${hsc35 + 1}`)!;
    expect(useInstead.values).toEqual(['HSC24', 'HSC45']);
    expect(profile.validations.some((v) => v.kind === 'date')).toBe(true);
  });
});

describe('the KSF outline sheet', () => {
  const { names, profile, outline } = sheetsFor(sam);

  test('is labelled derived for a senior worker, with its rule, and keeps the handbook’s lines', () => {
    expect(outline.rows[1][0]).toBe('Derived — agree locally');
    expect(outline.rows.some((r) => r[0] === 'How this outline was made' && String(r[1]).includes('G6'))).toBe(true);
    for (const line of ['Signed ..... (Employee)', 'Signed .....(Line Manager)', 'Date .....'])
      expect(findRow(outline, line)).toBeGreaterThan(0);
  });

  test('every row of the full outline has a reference, so the PDP dropdown has no gaps', () => {
    const head = outline.rows.findIndex((r) => r[0] === OUTLINE_COLUMNS[0] && r[1] === OUTLINE_COLUMNS[1]);
    const source = outline.validations.find((v) => 'source' in v && v.source?.includes(`$A$`)) as ListValidation;
    const refs = valuesIn(outline, source.source!);
    expect(parseRange(source.source!.replace(/^.*!/, '')).row).toBe(head + 1);
    expect(refs.every((r) => typeof r === 'string' && r !== '')).toBe(true);
    expect(refs).toContain('HWB4 L2 (rest)'); // the handbook copy breaks off after HWB4 L2 b)
    expect(refs).toContain('G6 L3 (all)');
    expect(new Set(refs).size).toBe(refs.length);
  });

  test('each indicator has a review dropdown and a PDP flag; each dimension a level dropdown', () => {
    const reviews = outline.validations.filter((v) => 'values' in v && v.values.join() === REVIEW_VALUES.join());
    const reviewed = reviews.flatMap((v) => {
      const b = parseRange(v.range);
      return Array.from({ length: b.lastRow - b.row + 1 }, (_, i) => b.row + i);
    });
    const indicatorRows = outline.rows
      .map((r, i) => [r, i] as const)
      .filter(([r]) => /^\S.* L\d (\S|\(all\)|\(rest\))$/.test(String(r[0] ?? '')))
      .map(([, i]) => i);
    expect(reviewed).toEqual(indicatorRows);
    const flags = new Set(
      (outline.formulas ?? []).filter((f) => f.formula.includes('Add to PDP')).map((f) => parseRange(f.cell).row),
    );
    expect([...flags].sort((a, b) => a - b)).toEqual(indicatorRows);
    const levelDropdowns = outline.validations.filter((v) => 'values' in v && v.values.includes('Level 4'));
    expect(levelDropdowns).toHaveLength(10); // nine model dimensions and G6
  });

  test('the PDP: dropdowns fed by the profile’s NOS and this outline, counts by formula', () => {
    const pdp = findRow(outline, 'Personal development plan');
    const nosList = outline.validations.find(
      (v) => 'source' in v && v.source?.startsWith(`'${names.profile.replace(/'/g, "''")}'!`),
    ) as ListValidation;
    const codes = valuesIn(profile, nosList.source!);
    expect(codes).toHaveLength(59);
    expect(codes[0]).toBe('HSC35');
    expect(parseRange(nosList.range).lastRow - parseRange(nosList.range).row + 1).toBe(PDP_ROWS);
    expect(parseRange(nosList.range).row).toBeGreaterThan(pdp);
    const counts = (outline.formulas ?? []).filter(
      (f) => parseRange(f.cell).row > pdp && !f.formula.includes('Add to PDP'),
    );
    expect(counts.map((f) => f.formula)).toEqual([
      expect.stringMatching(/^=COUNTIF\('Role - .*'!\$J\$\d+:\$J\$\d+,"Developing"\)\+COUNTIF\(.*"Needs support"\)$/),
      expect.stringMatching(/^=COUNTIF\(E\d+:E\d+,"Not yet met"\)\+/),
      expect.stringMatching(/^=SUMPRODUCT/),
    ]);
    // The profile's self-assessment column is where the first count looks.
    const self = parseRange(counts[0].formula.match(/!(\$J\$\d+:\$J\$\d+)/)![1].replace(/\$/g, ''));
    expect(profile.rows[self.row - 1][self.col]).toBe('Self-assessment');
    expect(self.lastRow - self.row + 1).toBe(59);
  });

  test('an intermediate outline is the handbook model', () => {
    const { outline: o } = sheetsFor({ ...sam, grade: 'intermediate' });
    expect(o.rows[1][0]).toBe('Handbook model outline');
    const glance = findRow(o, 'The outline at a glance');
    const rows = o.rows.slice(glance + 3, glance + 12).map((r) => r.slice(0, 6));
    expect(rows).toEqual([
      ['1', 'Communication', 2, 'All', 2, 'All'],
      ['2', 'Personal and People Development', 1, 'All', 2, 'All'],
      ['3', 'Health, Safety and Security', 1, 'All', 2, 'All'],
      ['4', 'Service Improvement', 1, 'All', 1, 'All'],
      ['5', 'Quality', 2, 'All', 2, 'All'],
      ['6', 'Equality & Diversity', 2, 'All', 2, 'All'],
      ['HWB4', 'Enablement to address health and wellbeing needs', 1, 'a,b,c,f,g', 2, 'All'],
      ['HWB5', 'Provision of care to meet health and wellbeing needs', 1, 'All', 2, 'All'],
      ['IK1', 'Information processing', 1, 'a,c,d,e', 1, 'All'],
    ]);
  });
});

describe('a workbook for a staff list', () => {
  const workers: WorkerInput[] = [sam, { name: 'Jo', grade: 'foundation', setting: 'crisis' }];
  const book = buildWorkerWorkbook(workers);

  test('an index first, then a profile and an outline per worker', () => {
    expect(book.kinds).toEqual(['index', 'profile', 'outline', 'profile', 'outline']);
    expect(book.spec.sheets.map((s) => s.name)).toEqual([
      INDEX_SHEET,
      ...book.workers.flatMap((w) => [w.names.profile, w.names.outline]),
    ]);
    const index = book.spec.sheets[0];
    expect(index.links!.map((l) => l.sheet)).toEqual(book.workers.flatMap((w) => [w.names.profile, w.names.outline]));
  });

  test('the registry records what each sheet is', () => {
    const placement = stampDocuments(
      placeWorkbook(book.spec, EMPTY_WORKBOOK, workerStamp(new Date(0)), [], 'keep-both'),
      book.kinds,
    );
    const [header, ...rows] = placement.registry.rows;
    expect(header).toEqual([...REGISTRY_HEADER]);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      [INDEX_SHEET, 'staff-outlines-index', 'str-staff-outlines-index'],
      [book.workers[0].names.profile, 'role-profile', 'str-role-profile'],
      [book.workers[0].names.outline, 'ksf-outline', 'str-ksf-outline'],
      [book.workers[1].names.profile, 'role-profile', 'str-role-profile'],
      [book.workers[1].names.outline, 'ksf-outline', 'str-ksf-outline'],
    ]);
  });

  test('one worker gets no index', () => {
    expect(buildWorkerWorkbook([sam]).kinds).toEqual(['profile', 'outline']);
  });

  test('the rows of the staff list left out are listed under the index, even for one worker made', () => {
    const leftOut = ['Row 5: the grade "Band 4" is a pay band, not an STR grade. This row was left out.'];
    const one = buildWorkerWorkbook([sam], { leftOut });
    expect(one.kinds).toEqual(['index', 'profile', 'outline']);
    const rows = one.spec.sheets[0].rows;
    expect(rows.slice(-3)).toEqual([[], ['Rows of the staff list left out (1)'], leftOut]);
    expect(rows.slice(0, -3).flat()).toContain(sam.name);
  });

  test('ranges the sheets name are inside the sheets', () => {
    for (const sheet of book.spec.sheets) {
      const ranges = [
        ...sheet.validations.map((v) => v.range),
        ...(sheet.formulas ?? []).map((f) => f.cell),
        ...sheet.merges,
      ];
      for (const r of ranges) expect(parseRange(r).lastRow).toBeLessThan(sheet.rows.length);
    }
  });
});
