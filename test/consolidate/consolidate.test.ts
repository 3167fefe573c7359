/**
 * 10 sites × 3 months of returns with known numbers, read from disk as the command line reads them, then
 * consolidated: every total, percentage, area share and rating count is the expected one; a corrupt file, a
 * workbook that is not a return and a site-month given twice are listed, never counted or dropped.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkWorkbook } from '../../src/check/check-workbook';
import { CHECKERS } from '../../src/check/checkers';
import { collectReturns, ReturnInput } from '../../src/consolidate/collect';
import { Programme, summariseProgramme } from '../../src/consolidate/programme';
import { formatMonth } from '../../src/monthly/month';
import { countBySeverity } from '../../src/rules/types';
import { readWorkbooks } from '../../src/xlsx/read-pool';
import {
  DUPLICATE,
  MONTHS,
  OFF_SCALE,
  ProgrammeFiles,
  countedKnown,
  expectedAreas,
  expectedMonths,
  expectedObjectives,
  expectedTrends,
  returnFile,
  siteName,
  copyProgrammeFiles,
} from './fixture';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-consolidate-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const today = new Date('2008-06-20T12:00:00Z');

let files: ProgrammeFiles;
let inputs: ReturnInput[];
let programme: Programme;

beforeAll(async () => {
  files = await copyProgrammeFiles(dir);
  inputs = (await readWorkbooks(files.all)).map((o) =>
    o.ok ? { source: o.file, grid: o.grid } : { source: o.file, unreadable: o.message },
  );
  programme = summariseProgramme(collectReturns(inputs, { today }));
}, 120_000);

test('every counted return is read with its known numbers, sorted by site and month', () => {
  const known = countedKnown();
  expect(programme.returns).toHaveLength(known.length);
  expect(known).toHaveLength(30);
  programme.returns.forEach((r, i) => {
    const k = known[i];
    expect([r.site, formatMonth(r.month)]).toEqual([k.site, formatMonth(k.month)]);
    expect(r.numbers).toEqual([k.inPost, k.inRecruitment, k.identified]);
    expect(r.posts).toEqual([k.converted, k.newPosts]);
    expect(r.livedExperience).toBe(k.lived);
    expect(r.ratings).toEqual(k.ratings);
  });
});

test("each return carries the checker's own error and warning counts for its sheet", () => {
  const bySheet = new Map<string, { errors: number; warnings: number }>();
  for (const input of inputs) {
    if (!('grid' in input)) continue;
    const findings = checkWorkbook(input.grid, CHECKERS, { previous: [], today });
    for (const sheet of input.grid.sheets) {
      const { errors, warnings } = countBySeverity(findings.filter((f) => f.sheet === sheet.name));
      bySheet.set(`${input.source}|${sheet.name}`, { errors, warnings });
    }
  }
  for (const r of programme.returns) {
    expect({ errors: r.errors, warnings: r.warnings }).toEqual(bySheet.get(`${r.source}|${r.sheet}`));
  }
  const planted = programme.returns.find(
    (r) => r.site === siteName(OFF_SCALE.site) && formatMonth(r.month) === formatMonth(MONTHS[OFF_SCALE.month]),
  )!;
  expect(planted.errors).toBeGreaterThanOrEqual(1);
});

test('programme totals per month: in post, recruitment, identified, total, posts and lived-experience share', () => {
  const expected = expectedMonths();
  expect(programme.monthTotals.map((t) => formatMonth(t.month))).toEqual(expected.map((e) => e.month));
  programme.monthTotals.forEach((t, i) => {
    const e = expected[i];
    expect(t.sites).toBe(e.sites);
    expect(t.numbers).toEqual([e.inPost, e.inRecruitment, e.identified]);
    expect(t.total).toBe(e.total);
    expect(t.posts).toEqual([e.converted, e.newPosts]);
    expect(t.livedExperience).toBe(e.lived);
    expect(t.livedExperienceShare).toBeCloseTo(e.livedShare, 12);
  });
  // The site-month sent again counts once, as corrected.
  expect(programme.monthTotals[DUPLICATE.month].sites).toBe(10);
});

test('service areas: each area’s workers and programme share, from each site’s latest return', () => {
  expect(programme.latest).toHaveLength(10);
  const expected = expectedAreas();
  expect(programme.areas.map((a) => [a.id, a.workers])).toEqual(expected.map((e) => [e.id, e.workers]));
  programme.areas.forEach((a, i) => expect(a.share).toBeCloseTo(expected[i].share, 12));
  expect(programme.areas.reduce((s, a) => s + (a.share ?? 0), 0)).toBeCloseTo(1, 12);
});

test('objective progress: sites at each rating, not rated (an off-scale rating), and the share achieved', () => {
  const expected = expectedObjectives();
  expect(programme.ratings).toEqual([0, 1, 2, 3]);
  programme.objectiveSummaries.forEach((o, i) => {
    expect([o.key, o.counts, o.unrated]).toEqual([expected[i].key, expected[i].counts, expected[i].unrated]);
    expect(o.shareAchieved).toBeCloseTo(expected[i].shareAchieved, 12);
  });
  expect(programme.objectiveSummaries.find((o) => o.key === OFF_SCALE.objective)!.unrated).toBe(1);
});

test('trends: workers in post and the average rating per section, month by month', () => {
  const expected = expectedTrends();
  programme.trends.forEach((t, i) => {
    expect([formatMonth(t.month), t.inPost]).toEqual([expected[i].month, expected[i].inPost]);
    t.sectionAverages.forEach((a, s) => expect(a).toBeCloseTo(expected[i].averages[s], 12));
  });
});

test('a corrupt file, a workbook that is not a return, and a version replaced by a newer one are all listed', () => {
  const listed = programme.notIncluded.map((n) => [path.basename(n.source), n.sheet, n.kind]);
  expect(listed).toEqual([
    ['broken.xlsx', '', 'unreadable'],
    ['notes.xlsx', '', 'not-a-return'],
    ['site-04-2008-04.xlsx', '2008-04', 'replaced'],
  ]);
  const [broken, notes, first] = programme.notIncluded;
  expect(broken.reason).toBe(
    'The workbook file is cut short or damaged (its zip index is missing). Copy or download it again.',
  );
  expect(notes.reason).toMatch(/holds no monthly report made by the STR Toolkit \(its sheets: "My notes"\)/);
  // Both files are named: the one counted and the one it replaced.
  expect(first.reason).toBe(
    `Replaced by a newer version: Site 04, April 2008 is counted from ${path.basename(files.duplicate)}, sheet "2008-04" ` +
      `(it was submitted on 05/05/2008, this one on 03/05/2008), not from ${path.basename(first.source)}, sheet "2008-04".`,
  );
  expect(programme.replaced).toEqual([
    {
      site: 'Site 04',
      month: MONTHS[DUPLICATE.month],
      counted: { source: files.duplicate, sheet: '2008-04' },
      replaced: [{ source: returnFile(dir, DUPLICATE.site, DUPLICATE.month), sheet: '2008-04' }],
    },
  ]);
});
