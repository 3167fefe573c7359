/**
 * Files as other programs save them (test/corpus/real/, made by scripts/make-real-corpus.sh): the toolkit's
 * returns, outlines, results and programme workbooks filled in and saved by LibreOffice (typed through its UNO
 * API) and by openpyxl, and staff and site lists as HR and LibreOffice save them. Every command reads all of
 * them, without a crash and with the findings a person would expect.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../helpers/cli';

const REAL = path.join(__dirname, 'real');
const real = (name: string) => path.join(REAL, name);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'str-real-'));

/** Every workbook of the corpus (the CSV files are lists, read by the list readers below). */
const WORKBOOKS = fs
  .readdirSync(REAL)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

interface JsonFinding {
  file: string;
  sheet: string;
  cell: string;
  ruleId: string;
  severity: string;
  message: string;
  accepted?: string;
}

/** What `check` finds in each file: "severity ruleId sheet!cell", sorted. */
const EXPECTED_CHECK: Record<string, string[]> = {
  // Filled in completely; 1 of 5 workers declares lived experience, but the objective is rated 2.
  'lo-return-2008-03.xlsx': ['warning monthly.lived-experience-unrated 2008-03!B76'],
  // A rating the scale lacks, "2" typed as text (LibreOffice's SUM then leaves it out of the total), areas short.
  'lo-return-errors.xlsx': [
    'error monthly.rating-on-scale 2008-03!B97',
    'error monthly.total-in-site 2008-03!B18',
    'warning monthly.areas-match-in-post 2008-03!B26',
    'warning monthly.lived-experience-unrated 2008-03!B76',
    'warning monthly.stored-as-text 2008-03!B16',
  ],
  // openpyxl calculates nothing: the total keeps no result, so only the typed mistakes are found.
  'op-return-errors.xlsx': [
    'error monthly.rating-on-scale 2008-03!B97',
    'warning monthly.areas-match-in-post 2008-03!B26',
    'warning monthly.lived-experience-unrated 2008-03!B76',
    'warning monthly.stored-as-text 2008-03!B16',
  ],
  'op-return-2008-04.xlsx': [
    'warning monthly.overdue-two-months 2008-04!B136',
    'warning monthly.overdue-two-months 2008-04!B207',
    'warning monthly.overdue-two-months 2008-04!B86',
    'warning monthly.posts-match-in-post 2008-04!B21',
  ],
  // Reviews typed as "Met" with evidence: nothing to report.
  'lo-outlines.xlsx': [],
  'op-outlines.xlsx': [],
  // A results workbook is read, and has nothing to check.
  'lo-results.xlsx': [],
  'op-results.xlsx': [],
  // The programme lead's own notes sheet is named; the programme sheets read as the toolkit wrote them.
  'lo-programme.xlsx': ['warning document.unstamped Board notes'],
  'op-programme.xlsx': ['warning document.unstamped Board notes'],
  'lo-staff.xlsx': ['warning document.unstamped Sheet1'],
  'op-staff.xlsx': ['warning document.unstamped Staff'],
};

const short = (f: JsonFinding) => `${f.severity} ${f.ruleId} ${f.sheet}${f.cell ? `!${f.cell}` : ''}`;

describe('check reads every file other programs saved', () => {
  let findings: JsonFinding[];
  let code: number;

  beforeAll(async () => {
    const run = await runCli(['check', ...WORKBOOKS.map(real), '--json']);
    code = run.code;
    findings = JSON.parse(run.out) as JsonFinding[];
  }, 120_000);

  test('no file is unreadable, and the errors typed in give exit status 1', () => {
    expect(findings.filter((f) => f.ruleId.startsWith('file.'))).toEqual([]);
    expect(code).toBe(1);
  });

  test.each(WORKBOOKS)('%s: the expected findings', (file) => {
    const own = findings
      .filter((f) => f.file === real(file))
      .map(short)
      .sort();
    expect(own).toEqual(EXPECTED_CHECK[file]);
  });
});

test('check --previous compares a return saved by openpyxl with one saved by LibreOffice', async () => {
  const run = await runCli([
    'check',
    real('op-return-2008-04.xlsx'),
    '--previous',
    real('lo-return-2008-03.xlsx'),
    '--json',
  ]);
  expect(run.code).toBe(0);
  const dropped = (JSON.parse(run.out) as JsonFinding[]).filter((f) => f.ruleId === 'monthly.rating-dropped');
  expect(dropped).toEqual([
    expect.objectContaining({ sheet: '2008-04', message: expect.stringMatching(/Role Re-Design objective "Job description to be reviewed/) }),
  ]);
});

describe('consolidate reads every file other programs saved', () => {
  test('the returns are counted; every other workbook is listed as not included, none crashes', async () => {
    const files = WORKBOOKS.filter((f) => !f.includes('errors')).map(real);
    const run = await runCli(['consolidate', ...files, '--json']);
    expect(run.code).toBe(0);
    const programme = JSON.parse(run.out) as {
      returns: { site: string; month: string; file: string; numbers: Record<string, number> }[];
      notIncluded: { source: string; reason: string }[];
    };
    expect(programme.returns.map((r) => [r.file, r.site, r.month, r.numbers.InPost])).toEqual([
      [real('lo-return-2008-03.xlsx'), 'Leeds', '2008-03', 5],
      [real('op-return-2008-04.xlsx'), 'Leeds', '2008-04', 6],
    ]);
    const returns = new Set([real('lo-return-2008-03.xlsx'), real('op-return-2008-04.xlsx')]);
    expect(new Set(programme.notIncluded.map((n) => n.source))).toEqual(new Set(files.filter((f) => !returns.has(f))));
    expect(programme.notIncluded.map((n) => n.reason).join('\n')).not.toMatch(/could not be read/);
  });
});

describe('check --out with a results workbook another program saved', () => {
  test.each(['lo-results.xlsx', 'op-results.xlsx'])(
    '%s: the explanation typed there accepts the warning, and the old file is kept as a backup',
    async (results) => {
      const dir = tmp();
      const out = path.join(dir, 'results.xlsx');
      fs.copyFileSync(real(results), out);
      const run = await runCli(['check', real('op-return-errors.xlsx'), '--out', out, '--force', '--json']);
      expect(run.code).toBe(1);
      const accepted = (JSON.parse(run.out) as JsonFinding[]).filter((f) => f.accepted);
      expect(accepted).toEqual([
        expect.objectContaining({ severity: 'warning', accepted: 'Agreed with the programme board on 10/04/2008.' }),
      ]);
      const backups = fs.readdirSync(dir).filter((f) => f !== 'results.xlsx');
      expect(backups).toEqual([expect.stringMatching(/^results \(backup \d{4}-\d\d-\d\d \d{4}\)\.xlsx$/)]);
      expect(fs.readFileSync(path.join(dir, backups[0]))).toEqual(fs.readFileSync(real(results)));
      expect(run.err).toBe(`The earlier results.xlsx was kept as "${backups[0]}".`);
    },
    60_000,
  );

  test.each([
    ['a staff list', 'op-staff.xlsx', /is not a Check results workbook made by the STR Toolkit/],
    ['a monthly return', 'lo-return-2008-03.xlsx', /is not a Check results workbook made by the STR Toolkit/],
    [
      'a damaged file',
      'damaged',
      /could not be read as a Check results workbook\. The workbook file is cut short or damaged/,
    ],
  ])('--out naming %s is refused, even with --force, and left as it was', async (_, name, message) => {
    const dir = tmp();
    const out = path.join(dir, 'results.xlsx');
    if (name === 'damaged') fs.writeFileSync(out, fs.readFileSync(real('op-results.xlsx')).subarray(0, 3000));
    else fs.copyFileSync(real(name), out);
    const before = fs.readFileSync(out);
    const run = await runCli(['check', real('lo-return-2008-03.xlsx'), '--out', out, '--force']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} was not replaced: `));
    expect(run.err).toMatch(message);
    expect(run.out).toBe('');
    expect(fs.readdirSync(dir)).toEqual(['results.xlsx']);
    expect(fs.readFileSync(out)).toEqual(before);
  });
});

/** The cell values of a workbook's sheet, row by row, as text. */
async function sheetText(file: string, sheet: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const lines: string[] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => lines.push(String(row.getCell(1).value ?? '')));
  return lines;
}

describe('staff lists as HR and other programs save them', () => {
  test.each(['lo-staff.xlsx', 'op-staff.xlsx', 'lo-staff-1252.csv'])(
    '%s: title row skipped, accents kept, the pay band named, the row left out listed on the index',
    async (staff) => {
      const out = path.join(tmp(), 'team.xlsx');
      const run = await runCli(['ksf-outline', '--staff', real(staff), '-o', out]);
      expect(run.code).toBe(1);
      const leftOut =
        'Row 5: the grade "Band 4" is a pay band, not an STR grade: write Foundation, Intermediate or Senior ' +
        '(the STR grades). This row was left out.';
      const lines = run.err.split('\n');
      if (staff.endsWith('.csv')) {
        expect(lines.shift()).toMatch(/: The file is not saved as UTF-8, so it was read as Windows-1252/);
      }
      expect(lines).toEqual([
        `${real(staff)}: ${leftOut}`,
        '1 row was left out (see above); fix and run again for them.',
      ]);
      expect(run.out).toBe(`Wrote ${out}: a role profile and KSF outline for 2 workers and an index sheet.`);
      const index = await sheetText(out, 'Staff outlines');
      expect(index).toEqual(expect.arrayContaining(['Siobhán Ní Bhriain', 'Sam Lee', leftOut]));
      expect(index).toContain('Rows of the staff list left out (1)');
    },
    60_000,
  );

  test('ksf-outline --split --skip-existing makes only the missing outlines and keeps a filled one as it was', async () => {
    const dir = tmp();
    const first = await runCli(['ksf-outline', '--staff', real('op-staff.xlsx'), '--split', dir]);
    expect(first.code).toBe(1);
    const files = fs.readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    // One outline has been filled in since (here: the LibreOffice-filled outline), the other was lost.
    const filled = path.join(dir, files[0]);
    fs.copyFileSync(real('lo-outlines.xlsx'), filled);
    fs.rmSync(path.join(dir, files[1]));
    const refused = await runCli(['ksf-outline', '--staff', real('op-staff.xlsx'), '--split', dir]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exist: .*Nothing was written\. Add --skip-existing/);
    const again = await runCli(['ksf-outline', '--staff', real('op-staff.xlsx'), '--split', dir, '--skip-existing']);
    expect(again.code).toBe(1);
    expect(again.out).toBe(
      `Wrote 1 workbook to ${dir}, one per worker.\nKept 1 file that already existed (not changed):\n  ${filled}`,
    );
    expect(fs.readFileSync(filled)).toEqual(fs.readFileSync(real('lo-outlines.xlsx')));
    expect(fs.readdirSync(dir).sort()).toEqual(files);
  }, 60_000);
});

describe('monthly-report --sites with a list LibreOffice saved as Windows-1252 CSV', () => {
  test('the good rows are made, the empty Lead is named, the encoding is said, and the run exits 1', async () => {
    const dir = tmp();
    const run = await runCli([
      'monthly-report',
      '--sites',
      real('lo-sites-1252.csv'),
      '--split',
      dir,
      '--month',
      '2008-03',
    ]);
    expect(run.code).toBe(1);
    const list = real('lo-sites-1252.csv');
    expect(run.err.split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: The file is not saved as UTF-8, so it was read as Windows-1252`,
        ),
      ),
      `${list}: Row 4: the Lead (the Programme Lead's name) is empty. This row was left out.`,
      `1 row of ${list} left out (see above); fix them and run again with --skip-existing.`,
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual(['gwynedd-mon-2008-03.xlsx', 'zoes-house-2008-03.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'gwynedd-mon-2008-03.xlsx'));
    const sheet = workbook.getWorksheet('2008-03')!;
    expect([sheet.getCell('B10').value, sheet.getCell('B11').value]).toEqual(['Gwynedd Môn', 'Siobhán Kelly']);
  }, 60_000);
});
