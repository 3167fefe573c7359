/**
 * Month by month, as the README tells sites to work: one workbook for the year (March to June here), filled
 * in a month at a time and sent each month, so every copy holds every month so far. The returns are filled
 * and saved by real programs, not by our code: two sites' by openpyxl, one site's by LibreOffice. South
 * corrects its March figures in May. The programme lead drops every copy into one folder.
 *
 * - `check` on a copy: the months not filled in yet are one note each, never errors; the exit status is 0.
 *   A month with only one field typed is checked in full.
 * - `consolidate` on the folder of every copy gives the same programme as on the June copies alone.
 * - `check --previous` says what it compared, and why a file was not compared.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { Month, addMonths, formatMonth } from '../../src/monthly/month';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { PROGRAMME_SHEETS } from '../../src/sheets/programme-sheets';
import { readWorkbooks } from '../../src/xlsx/read-pool';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { cellOf, goodValues } from '../check/monthly/fixture';
import { runCli } from '../helpers/cli';
import { fillStepsWithLibreOffice, findSoffice } from '../helpers/libreoffice';
import { OpenpyxlFill, OpenpyxlValue, fillWithOpenpyxl, hasOpenpyxl } from '../helpers/openpyxl';
import { readXlsxPart } from '../helpers/xlsx-part';

const soffice = findSoffice();
const ready = soffice !== null && hasOpenpyxl();
const describeWithPrograms = ready ? describe : describe.skip;
if (!ready) {
  test.skip('month by month skipped: needs soffice and /usr/bin/python3 with openpyxl (.ci/run installs them)', () => {});
}

const MARCH: Month = { year: 2008, month: 3 };
const MONTHS = [0, 1, 2, 3].map((m) => addMonths(MARCH, m));
const SITES = ['North Leeds', 'South Leeds', 'East Leeds'];
/** openpyxl saves North's and South's copies, LibreOffice East's. */
const BY_LIBREOFFICE = 'East Leeds';
const fileName = (site: string, m: number) => `${site.split(' ')[0].toLowerCase()}-${formatMonth(MONTHS[m])}.xlsx`;

/** What a site lead types for month `m` of site `s`: a good return, its counts varying by site and month. */
function monthValues(s: number, m: number): Record<string, OpenpyxlValue> {
  const values: Record<string, OpenpyxlValue> = {};
  for (const [field, value] of Object.entries(goodValues())) {
    if (value === null) continue;
    values[cellOf(field)] = typeof value === 'object' ? { date: String(value.value) } : value;
  }
  values[cellOf('Numbers_InRecruitment')] = s + m;
  const next = addMonths(MONTHS[m], 1);
  values[cellOf('Added_DateSubmitted')] = { date: `${formatMonth(next)}-03` };
  return values;
}

/** South's March as corrected in May: one more in recruitment. */
const SOUTH_CORRECTION = { [cellOf('Numbers_InRecruitment')]: 1 + 0 + 2 };

/** The same values as LibreOffice input text: numbers as typed, dates in ISO form. */
const typedText = (values: Record<string, OpenpyxlValue>) =>
  Object.fromEntries(Object.entries(values).map(([a, v]) => [a, typeof v === 'object' ? v.date : String(v)]));

describeWithPrograms('a year of returns, sent every month', () => {
  let dir: string;
  let everyCopy: string;
  let juneOnly: string;
  const copy = (site: string, m: number) => path.join(everyCopy, fileName(site, m));

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-month-by-month-'));
    everyCopy = path.join(dir, 'every-copy');
    juneOnly = path.join(dir, 'june-only');
    fs.mkdirSync(everyCopy);
    fs.mkdirSync(juneOnly);
    const fills: OpenpyxlFill[] = [];
    for (const [s, site] of SITES.entries()) {
      const blank = path.join(dir, `blank-${s}.xlsx`);
      const spec = buildMonthlyReportWorkbook({ site, lead: `Lead of ${site}`, firstMonth: MARCH, months: 4 });
      await writeWorkbookFile(blank, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
      const steps = MONTHS.map((month, m) => {
        const typed: Record<string, Record<string, OpenpyxlValue>> = { [formatMonth(month)]: monthValues(s, m) };
        if (site === 'South Leeds' && m === 2) typed[formatMonth(MARCH)] = SOUTH_CORRECTION;
        return { sheet: formatMonth(month), typed, out: copy(site, m) };
      });
      if (site === BY_LIBREOFFICE) {
        fillStepsWithLibreOffice(
          soffice!,
          blank,
          steps.map((step) => ({ sheet: step.sheet, typed: typedText(step.typed[step.sheet]), out: step.out })),
        );
      } else {
        steps.forEach((step, m) =>
          fills.push({
            file: m === 0 ? blank : steps[m - 1].out,
            out: step.out,
            typed: step.typed,
          }),
        );
      }
    }
    // A month with one count typed and nothing else: North's April, in a copy of its own.
    fills.push({
      file: copy('North Leeds', 0),
      out: path.join(dir, 'north-partly.xlsx'),
      typed: { '2008-04': { [cellOf('Numbers_InPost')]: 5 } },
    });
    // North's April alone, its site typed with other spacing and case, to check against North's March copy.
    const april = path.join(dir, 'april-blank.xlsx');
    const aprilSpec = buildMonthlyReportWorkbook({ site: 'north   LEEDS', lead: 'Lead', firstMonth: MONTHS[1] });
    await writeWorkbookFile(april, aprilSpec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
    fills.push({ file: april, out: path.join(dir, 'north-april-alone.xlsx'), typed: { '2008-04': monthValues(0, 1) } });
    fillWithOpenpyxl(fills);
    // Each copy saved a month after the last; the June copies alone are the same files.
    for (const site of SITES) {
      MONTHS.forEach((_, m) => {
        const saved = new Date(Date.UTC(2008, 3 + m, 3));
        fs.utimesSync(copy(site, m), saved, saved);
      });
      const june = path.join(juneOnly, fileName(site, 3));
      fs.copyFileSync(copy(site, 3), june);
      const saved = new Date(Date.UTC(2008, 6, 3));
      fs.utimesSync(june, saved, saved);
    }
  }, 300_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the copies were saved by openpyxl and by LibreOffice, not by the toolkit', () => {
    // openpyxl writes a bare app.xml (its own version as AppVersion); the toolkit's exceljs writes DocSecurity and more.
    expect(readXlsxPart(copy('North Leeds', 1), 'docProps/app.xml')).toMatch(
      /<Properties [^>]*><Application>Microsoft Excel<\/Application><AppVersion>[\d.]+<\/AppVersion><\/Properties>/,
    );
    expect(readXlsxPart(copy('East Leeds', 1), 'docProps/app.xml')).toMatch(/<Application>LibreOffice/);
  });

  test('check: the months not filled in yet are a note each, not errors, and the exit status is 0', async () => {
    const files = [copy('North Leeds', 0), copy('East Leeds', 1)];
    const run = await runCli(['check', ...files, '--json']);
    const findings = JSON.parse(run.out) as { file: string; sheet: string; severity: string; ruleId: string }[];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      findings.filter((f) => f.severity === 'note').map((f) => [path.basename(f.file), f.sheet, f.ruleId]),
    ).toEqual([
      ['north-2008-03.xlsx', '2008-04', 'monthly.not-filled-in'],
      ['north-2008-03.xlsx', '2008-05', 'monthly.not-filled-in'],
      ['north-2008-03.xlsx', '2008-06', 'monthly.not-filled-in'],
      ['east-2008-04.xlsx', '2008-05', 'monthly.not-filled-in'],
      ['east-2008-04.xlsx', '2008-06', 'monthly.not-filled-in'],
    ]);
    expect(run.code).toBe(0);

    const results = path.join(dir, 'results.xlsx');
    const readable = await runCli(['check', ...files, '--out', results]);
    expect(readable.code).toBe(0);
    expect(readable.out).toContain('5 months not filled in yet: each is checked once something is typed into it.');
    expect(readable.out).toMatch(/note +2008-05 +May 2008 is not filled in yet, so it was not checked\./);
    const [sheet] = await readWorkbooks([results], { size: 1 });
    if (!sheet.ok) throw new Error(sheet.message);
    const cells = sheet.grid.sheets.find((s) => s.name === 'Check results')!.cells;
    expect(cells.A3.value).toBe('5 months not filled in yet: each is checked once something is typed into it.');
  });

  test('check: a month with only one count typed is checked in full', async () => {
    const run = await runCli(['check', path.join(dir, 'north-partly.xlsx'), '--json']);
    const findings = JSON.parse(run.out) as { sheet: string; severity: string }[];
    const april = findings.filter((f) => f.sheet === '2008-04');
    expect(april.filter((f) => f.severity === 'error').length).toBeGreaterThan(10);
    expect(findings.filter((f) => f.severity === 'note').map((f) => f.sheet)).toEqual(['2008-05', '2008-06']);
    expect(run.code).toBe(1);
  });

  /** The programme as JSON, without what only the folder of every copy has (the copies and versions it set aside). */
  async function programmeOf(folder: string, out: string) {
    const run = await runCli(['consolidate', folder, '-o', out, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    const { notIncluded, replaced, identicalCopies, notFilledIn, ...programme } = json;
    for (const r of programme.returns) r.file = path.basename(r.file);
    return { programme, notIncluded, replaced, identicalCopies, notFilledIn };
  }

  test('consolidate: a folder of every copy gives the same programme as the June copies alone', async () => {
    const every = await programmeOf(everyCopy, path.join(dir, 'programme-every.xlsx'));
    const june = await programmeOf(juneOnly, path.join(dir, 'programme-june.xlsx'));
    expect(every.programme).toEqual(june.programme);
    expect(june.programme.returns).toHaveLength(12);
    expect(june.programme.months).toEqual(['2008-03', '2008-04', '2008-05', '2008-06']);
    expect(june.programme.returns.map((r: { file: string }) => r.file)).toEqual(
      SITES.slice()
        .sort()
        .flatMap((site) => MONTHS.map(() => fileName(site, 3))),
    );
    // South's corrected March counts, from its latest copy.
    const southMarch = june.programme.returns.find(
      (r: { site: string; month: string }) => r.site === 'South Leeds' && r.month === '2008-03',
    );
    expect(southMarch.numbers.InRecruitment).toBe(3);
    expect(june).toMatchObject({ notIncluded: [], replaced: [], identicalCopies: 0, notFilledIn: 0 });

    // Every copy: South's first March, in its March and April copies, was replaced by the corrected one.
    expect(every.replaced).toEqual([
      {
        site: 'South Leeds',
        month: '2008-03',
        counted: { source: copy('South Leeds', 3), sheet: '2008-03' },
        replaced: [
          { source: copy('South Leeds', 0), sheet: '2008-03' },
          { source: copy('South Leeds', 1), sheet: '2008-03' },
        ],
      },
    ]);
    expect(every.notIncluded.map((n: { source: string; kind: string }) => [path.basename(n.source), n.kind])).toEqual([
      ['south-2008-03.xlsx', 'replaced'],
      ['south-2008-04.xlsx', 'replaced'],
    ]);
    expect(every.notIncluded[0].reason).toBe(
      `Replaced by a newer version: South Leeds, March 2008 is counted from ${path.basename(copy('South Leeds', 3))}, sheet "2008-03" ` +
        `(its file was saved later), not from ${path.basename(copy('South Leeds', 0))}, sheet "2008-03".`,
    );
    // Each site's months come 4 + 3 + 2 + 1 times: 6 copies a site, less South's two replaced Marches.
    expect(every.identicalCopies).toBe(16);
    expect(every.notFilledIn).toBe(3 * (3 + 2 + 1));

    // The programme workbooks hold the same numbers, sheet by sheet.
    const [a, b] = await readWorkbooks([path.join(dir, 'programme-every.xlsx'), path.join(dir, 'programme-june.xlsx')]);
    if (!a.ok || !b.ok) throw new Error('programme workbook not readable');
    for (const name of [
      PROGRAMME_SHEETS.summary,
      PROGRAMME_SHEETS.areas,
      PROGRAMME_SHEETS.objectives,
      PROGRAMME_SHEETS.trends,
    ]) {
      const cells = (grid: typeof a.grid) =>
        Object.entries(grid.sheets.find((s) => s.name === name)!.cells).map(([address, c]) => [
          address,
          // Only the folder and the summary's mention of the replaced versions differ (listed on "Not included").
          typeof c.value === 'string'
            ? c.value
                .replace(/ \d+ not included: see "Not included"\./, '')
                .replace(everyCopy, '')
                .replace(juneOnly, '')
            : c.value,
        ]);
      expect(cells(a.grid)).toEqual(cells(b.grid));
    }
  });

  test('consolidate: a folder where no month is filled in includes nothing, exits 1 and says why', async () => {
    const blankFolder = path.join(dir, 'blank-only');
    fs.mkdirSync(blankFolder);
    fs.copyFileSync(path.join(dir, 'blank-0.xlsx'), path.join(blankFolder, 'north.xlsx'));
    const out = path.join(dir, 'programme-blank.xlsx');
    const run = await runCli(['consolidate', blankFolder, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `Nothing was consolidated: no month is filled in yet (4 months not filled in yet). ${out} was not written.`,
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  test('check --previous: another site’s file, or one without the month before, is said; a match is compared', async () => {
    const checked = copy('North Leeds', 0);
    const otherSite = await runCli(['check', checked, '--previous', copy('South Leeds', 0), '--json']);
    const warning = (JSON.parse(otherSite.out) as { file: string; ruleId: string; message: string }[]).find(
      (f) => f.ruleId === 'check.previous-not-compared',
    );
    expect(warning).toEqual(
      expect.objectContaining({
        file: copy('South Leeds', 0),
        message: 'Nothing was compared with this previous file: it is for South Leeds, not for North Leeds.',
      }),
    );
    expect(otherSite.code).toBe(0);

    const results = path.join(dir, 'previous-results.xlsx');
    const noEarlier = await runCli(['check', checked, '--previous', copy('North Leeds', 3), '--out', results]);
    expect(noEarlier.out).toContain(
      'Nothing was compared with this previous file: it holds March 2008, April 2008, May 2008 and June 2008, ' +
        'not the month before the return checked (February 2008).',
    );
    const [read] = await readWorkbooks([results], { size: 1 });
    if (!read.ok) throw new Error(read.message);
    const rows = Object.values(read.grid.sheets.find((s) => s.name === 'Check results')!.cells).map((c) => c.value);
    expect(rows).toContain('north-2008-06.xlsx');
    expect(rows).toContain('check.previous-not-compared');

    // Sites match whatever their spacing or case: "north   LEEDS" is North Leeds.
    const alone = path.join(dir, 'north-april-alone.xlsx');
    const matched = await runCli(['check', alone, '--previous', copy('North Leeds', 0)]);
    expect(matched.out).toContain(
      `${alone} › 2008-04: compared with ${copy('North Leeds', 0)} › 2008-03 (--previous).`,
    );
    expect(matched.out).not.toContain('Nothing was compared');
  });
});
