/**
 * `str-toolkit consolidate` over a folder of 10 sites × 3 months of returns (plus a corrupt file, a workbook
 * that is not a return and a site-month given twice). The JSON holds the expected numbers; the workbook opens
 * in LibreOffice, and after LibreOffice recalculates it, every formula equals the expected number.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { columnLetter } from '../../src/sheets/a1';
import { findDocuments } from '../../src/check/documents';
import { CHARTS_NOTE, PROGRAMME_SHEETS } from '../../src/sheets/programme-sheets';
import { readWorkbooks } from '../../src/xlsx/read-pool';
import { runCli } from '../helpers/cli';
import { convertWithLibreOffice, findSoffice } from '../helpers/libreoffice';
import { sheetValues } from '../helpers/sheet-values';
import {
  AREA_IDS,
  OBJECTIVES,
  ProgrammeFiles,
  countedKnown,
  expectedAreas,
  expectedMonths,
  expectedObjectives,
  expectedTrends,
  copyProgrammeFiles,
} from '../consolidate/fixture';

const soffice = findSoffice();
if (!soffice) {
  test.skip('LibreOffice checks skipped: soffice is not installed (.ci/run installs libreoffice-calc-nogui)', () => {});
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-consolidate-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const returns = path.join(dir, 'returns');
const out = path.join(dir, 'programme.xlsx');
let files: ProgrammeFiles;
let firstRun: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  fs.mkdirSync(returns);
  files = await copyProgrammeFiles(returns);
  firstRun = await runCli(['consolidate', returns, '-o', out]);
}, 180_000);

test('a folder of returns becomes one programme workbook, and what was left out is said', () => {
  expect(firstRun.err).toBe('');
  expect(firstRun.code).toBe(0);
  expect(firstRun.out).toMatch(/^Wrote .*programme\.xlsx: 30 returns from 10 sites, March 2008 to May 2008\./);
  expect(firstRun.out).toMatch(/3 not included \(listed on the "Not included" sheet\):/);
  expect(firstRun.out).toContain('broken.xlsx: The workbook file is cut short or damaged');
  expect(fs.existsSync(out)).toBe(true);
});

test('the sheets carry the toolkit stamp, and the summary says where the charts come from', async () => {
  const [read] = await readWorkbooks([out], { size: 1 });
  if (!read.ok) throw new Error(read.message);
  const found = findDocuments(read.grid, {});
  expect(found.findings).toEqual([]);
  expect(found.stamped.map((s) => [s.sheet.name, s.stamp.document, s.stamp.template])).toEqual(
    Object.values(PROGRAMME_SHEETS).map((name) => [name, 'programme-view', 'str-programme-view']),
  );
  const summary = read.grid.sheets.find((s) => s.name === PROGRAMME_SHEETS.summary)!;
  expect(summary.cells.A2.value).toMatch(
    /^30 returns from 10 sites, March 2008 to May 2008\. 3 not included: see "Not included"\./,
  );
  expect(summary.cells.A2.value).toContain(CHARTS_NOTE);
});

test('an existing output is refused without --force, before any return is read', async () => {
  const before = fs.statSync(out).mtimeMs;
  const refused = await runCli(['consolidate', returns, '-o', out]);
  expect(refused.code).toBe(2);
  expect(refused.err).toMatch(/already exists\. Choose another file name, or add --force to replace it\./);
  expect(fs.statSync(out).mtimeMs).toBe(before);
});

test('--json prints the consolidated numbers; patterns pick files', async () => {
  const result = await runCli(['consolidate', path.join(returns, 'site-*.xlsx'), '--json']);
  expect(result.code).toBe(0);
  const json = JSON.parse(result.out);
  expect(json.returns).toHaveLength(countedKnown().length);
  expect(
    json.monthTotals.map((t: { month: string; sites: number; numbers: Record<string, number>; total: number }) => [
      t.month,
      t.sites,
      t.numbers.InPost,
      t.total,
    ]),
  ).toEqual(expectedMonths().map((e) => [e.month, e.sites, e.inPost, e.total]));
  expect(json.serviceAreas.map((a: { workers: number }) => a.workers)).toEqual(expectedAreas().map((a) => a.workers));
  expect(json.objectives[0].sitesAtRating).toEqual(
    Object.fromEntries(expectedObjectives()[0].counts.map((c, v) => [String(v), c])),
  );
  // The pattern leaves out broken.xlsx and notes.xlsx; the first version of the return sent again is replaced.
  expect(json.notIncluded.map((n: { kind: string }) => n.kind)).toEqual(['replaced']);
  expect(json.replaced).toEqual([
    {
      site: 'Site 04',
      month: '2008-04',
      counted: { source: expect.stringMatching(/site-04-2008-04-again\.xlsx$/), sheet: '2008-04' },
      replaced: [{ source: expect.stringMatching(/site-04-2008-04\.xlsx$/), sheet: '2008-04' }],
    },
  ]);
});

(soffice ? describe : describe.skip)('the programme workbook in LibreOffice', () => {
  let resaved: string;
  const cache = new Map<string, Map<string, string | number>>();

  beforeAll(() => {
    resaved = convertWithLibreOffice(soffice as string, out, 'xlsx:Calc MS Excel 2007 XML');
  }, 180_000);

  /** A cell's value as LibreOffice calculated it (formulas) or as written (values); 1-based row and column. */
  function value(sheet: string, row: number, col: number): string | number | undefined {
    if (!cache.has(sheet)) cache.set(sheet, sheetValues(resaved, sheet));
    return cache.get(sheet)!.get(`${columnLetter(col - 1)}${row}`);
  }

  /** 1-based row whose column A holds `text`. */
  function rowOf(sheet: string, text: string): number {
    for (let r = 1; r < 500; r++) if (value(sheet, r, 1) === text) return r;
    throw new Error(`No "${text}" in column A of ${sheet}`);
  }

  test('every sheet is there and no formula gives an error', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(resaved);
    expect(book.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(
      Object.values(PROGRAMME_SHEETS),
    );
    for (const name of Object.values(PROGRAMME_SHEETS)) expect(sheetErrors(name)).toEqual([]);
  });

  /** Cells whose formula LibreOffice could not calculate. */
  function sheetErrors(sheet: string): string[] {
    return [...sheetValues(resaved, sheet).entries()]
      .filter(([, v]) => typeof v === 'string' && /^#[A-Z/0!?]+/.test(v))
      .map(([cell, v]) => `${cell}: ${v}`);
  }

  test('Programme Summary: row totals, lived-experience % and the month totals equal the expected numbers', () => {
    const sheet = PROGRAMME_SHEETS.summary;
    const known = countedKnown();
    known.forEach((k, i) => {
      const r = 4 + i;
      expect([value(sheet, r, 1), value(sheet, r, 3)]).toEqual([k.site, k.inPost]);
      expect(value(sheet, r, 6)).toBe(k.inPost + k.inRecruitment + k.identified);
      expect(value(sheet, r, 10) as number).toBeCloseTo(k.inPost > 0 ? k.lived / k.inPost : NaN, 12);
    });
    const header = rowOf(sheet, 'Month');
    expectedMonths().forEach((e, i) => {
      const r = header + 1 + i;
      const got = [2, 3, 4, 5, 6, 7, 8, 9].map((c) => value(sheet, r, c));
      expect(got).toEqual([
        e.sites,
        e.inPost,
        e.inRecruitment,
        e.identified,
        e.total,
        e.converted,
        e.newPosts,
        e.lived,
      ]);
      expect(value(sheet, r, 10) as number).toBeCloseTo(e.livedShare, 12);
    });
  });

  test('Service Areas: each area’s workers and share of the programme', () => {
    const sheet = PROGRAMME_SHEETS.areas;
    const header = rowOf(sheet, 'Service area');
    expectedAreas().forEach((e, i) => {
      expect(value(sheet, header + 1 + i, 2)).toBe(e.workers);
      expect(value(sheet, header + 1 + i, 3) as number).toBeCloseTo(e.share, 12);
    });
    expect(AREA_IDS).toHaveLength(11);
    const all = rowOf(sheet, 'All service areas');
    expect(value(sheet, all, 2)).toBe(expectedAreas().reduce((s, a) => s + a.workers, 0));
  });

  test('Objective Progress: sites at each rating, not rated, and the share achieved, per objective', () => {
    const sheet = PROGRAMME_SHEETS.objectives;
    const header = rowOf(sheet, 'Objective');
    expectedObjectives().forEach((e, i) => {
      const r = header + 1 + i;
      expect(value(sheet, r, 1)).toBe(OBJECTIVES[i].key);
      expect([2, 3, 4, 5, 6].map((c) => value(sheet, r, c))).toEqual([...e.counts, e.unrated]);
      expect(value(sheet, r, 7) as number).toBeCloseTo(e.shareAchieved, 12);
    });
  });

  test('Trends: workers in post and average ratings by month', () => {
    const sheet = PROGRAMME_SHEETS.trends;
    expectedTrends().forEach((e, i) => {
      expect(value(sheet, 4 + i, 2)).toBe(e.inPost);
      e.averages.forEach((a, s) => expect(value(sheet, 4 + i, 4 + s) as number).toBeCloseTo(a, 12));
    });
  });

  test('Not included lists the corrupt file, the workbook that is not a return, and the replaced version', () => {
    const sheet = PROGRAMME_SHEETS.notIncluded;
    const rows = [4, 5, 6].map((r) => [path.basename(String(value(sheet, r, 1))), value(sheet, r, 3)]);
    expect(rows).toEqual([
      ['broken.xlsx', 'Could not be read'],
      ['notes.xlsx', 'Not a monthly return'],
      ['site-04-2008-04.xlsx', 'Replaced by a newer version'],
    ]);
    expect(String(value(sheet, 6, 4))).toMatch(/is counted from site-04-2008-04-again\.xlsx, sheet "2008-04"/);
    expect(value(sheet, 7, 1)).toBeUndefined();
    expect(files.all).toHaveLength(33);
  });
});
