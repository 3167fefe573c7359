/**
 * `npm run demo` (scripts/run-demo.js) run as a newcomer would, into a temporary folder: every file is there,
 * each is printed with the command that made it, the sample data says it is fictional, and the checker and the
 * programme view find what the sample was made to show (two mistakes in May, three in a review, four sites).
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { rowOf } from '../../src/xlsx/fill-in';
import { runCli } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '..', '..');
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'str-demo-'));
const folder = path.join(cwd, 'demo');
let printed = '';

/** The newest change under `entry` (a file or a folder), in ms since 1970. */
function newestChange(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/**
 * Whether a source of the command line changed after its last build (dist-cli/.tsbuildinfo). Checking this
 * takes milliseconds; asking tsc, when nothing changed (as after `npm ci`, which builds it), took 5 s of CPU.
 */
function cliBuildIsOlder(): boolean {
  const built = path.join(ROOT, 'dist-cli', '.tsbuildinfo');
  if (!fs.existsSync(built)) return true;
  const sources = ['src', 'bench', 'templates', path.join('test', 'fakes'), 'tsconfig.json', 'tsconfig.cli.json'];
  return Math.max(...sources.map((entry) => newestChange(path.join(ROOT, entry)))) > fs.statSync(built).mtimeMs;
}

beforeAll(() => {
  // The demo runs the built command line (bin/str-toolkit.js), as `npm run demo` does after build:cli.
  if (cliBuildIsOlder()) execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
  printed = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'run-demo.js'), 'demo'], {
    cwd,
    encoding: 'utf8',
  });
}, 240_000);
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

const FILES: [string, RegExp][] = [
  ['README.txt', /^npm run demo$/],
  ['framework.xlsx', /^npx str-toolkit framework -o demo\/framework\.xlsx --force$/],
  [
    'site-report.xlsx',
    /^npx str-toolkit monthly-report --site "Sample site Northgate" --lead "Alex Example" --month 2008-03 --months 12 -o demo\/site-report\.xlsx --force +\(then filled in with sample values\)$/,
  ],
  ['team-staff.csv', /^npm run demo$/],
  [
    'team-outlines.xlsx',
    /^npx str-toolkit ksf-outline --staff demo\/team-staff\.csv -o demo\/team-outlines\.xlsx --force +\(then filled in/,
  ],
  [
    'check-results.xlsx',
    /^npx str-toolkit check demo\/site-report\.xlsx demo\/team-outlines\.xlsx --out demo\/check-results\.xlsx --force$/,
  ],
  [
    'team-view.xlsx',
    /^npx str-toolkit team demo\/team-outlines\.xlsx -o demo\/team-view\.xlsx --as-of 2009-06-01 --force$/,
  ],
  ['sample-sites.csv', /^npm run demo$/],
  [
    'returns',
    /^npx str-toolkit monthly-report --sites demo\/sample-sites\.csv --split demo\/returns --month 2008-03 --months 3 --force/,
  ],
  ['programme.xlsx', /^npx str-toolkit consolidate demo\/returns -o demo\/programme\.xlsx --force$/],
];

test('prints each file it wrote with the one command that made it, and says the data is fictional', () => {
  expect(printed).toMatch(/^Sample data — fictional/);
  const entries = printed.split('\n\n').filter((block) => block.startsWith('demo/'));
  expect(entries.map((block) => block.split('\n')[0])).toEqual(FILES.map(([name]) => `demo/${name}`));
  entries.forEach((block, i) => {
    const made = block.split('\n').find((line) => line.startsWith('  made by: '));
    expect({ file: FILES[i][0], command: made?.slice('  made by: '.length) }).toEqual({
      file: FILES[i][0],
      command: expect.stringMatching(FILES[i][1]),
    });
    expect(fs.existsSync(path.join(folder, FILES[i][0]))).toBe(true);
  });
  expect(fs.readFileSync(path.join(folder, 'README.txt'), 'utf8')).toMatch(/^Sample data — fictional/);
  expect(fs.readdirSync(path.join(folder, 'returns')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(4);
});

test('the checker finds the planted mistakes in the filled months and the second review, and nothing else there', async () => {
  const run = await runCli([
    'check',
    path.join(folder, 'site-report.xlsx'),
    path.join(folder, 'team-outlines.xlsx'),
    '--json',
  ]);
  const findings = JSON.parse(run.out) as { sheet: string; ruleId: string }[];
  const filled = /^(2008-0[345]|KSF|Role)/;
  expect(
    findings
      .filter((f) => filled.test(f.sheet))
      .map((f) => `${f.sheet} ${f.ruleId}`)
      .sort(),
  ).toEqual([
    '2008-05 monthly.areas-match-in-post',
    '2008-05 monthly.lived-experience-count',
    'KSF - Kit Example ksf.level-demonstrated',
    'KSF - Kit Example ksf.not-yet-met-pdp',
    'KSF - Kit Example ksf.review-signed',
    'KSF - Kit Example ksf.review-signed',
    // Kit's plan action for HSC35 is past its target date (the team view shows it as overdue too).
    'KSF - Kit Example profile.pdp-overdue',
  ]);
}, 120_000);

test('the filled cells keep the toolkit’s styles, and the check results and programme view are workbooks', async () => {
  const team = new ExcelJS.Workbook();
  await team.xlsx.readFile(path.join(folder, 'team-outlines.xlsx'));
  const outline = team.getWorksheet('KSF - Kit Example')!;
  const state = (cell: ExcelJS.Cell) => ({ value: cell.value, locked: cell.protection?.locked, fill: cell.fill?.type });
  // Typed in, and still the yellow unlocked input cell the toolkit made it.
  expect(state(outline.getCell(`E${rowOf(outline, 1, 'Core 2 L1 c')}`))).toEqual({
    value: 'Not yet met',
    locked: false,
    fill: 'pattern',
  });

  const programme = new ExcelJS.Workbook();
  await programme.xlsx.readFile(path.join(folder, 'programme.xlsx'));
  expect(programme.worksheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(['Programme Summary', 'Service Areas', 'Objective Progress', 'Trends']),
  );
  const results = new ExcelJS.Workbook();
  await results.xlsx.readFile(path.join(folder, 'check-results.xlsx'));
  expect(results.worksheets.map((s) => s.name)).toContain('Check results');
});

test("the team view holds the sample team, Kit's overdue action and need for support", async () => {
  const run = await runCli(['team', path.join(folder, 'team-outlines.xlsx'), '--json', '--as-of', '2009-06-01']);
  const view = JSON.parse(run.out) as {
    members: { name: string; review: string }[];
    pdp: { worker: string; status: string }[];
    trainingNeeds: { code: string; needsSupport: string[] }[];
  };
  expect(view.members.map((m) => [m.name, m.review])).toEqual([
    ['Kit Example', 'due soon'],
    ['Lee Fictional', 'no review'],
    ['Robin Sample', 'due soon'],
  ]);
  expect(view.pdp).toEqual([expect.objectContaining({ worker: 'Kit Example', status: 'Overdue' })]);
  expect(view.trainingNeeds[0]).toMatchObject({ code: 'HSC35', needsSupport: ['Kit Example'] });
}, 120_000);

test('the programme view counts every sample site and month, leaving none out', async () => {
  const run = await runCli(['consolidate', path.join(folder, 'returns'), '--json']);
  const view = JSON.parse(run.out) as { returns: { site: string }[]; notIncluded: unknown[] };
  expect(new Set(view.returns.map((r) => r.site)).size).toBe(4);
  expect(view.returns).toHaveLength(12);
  expect(view.notIncluded).toEqual([]);
}, 120_000);
