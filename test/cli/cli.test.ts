import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../helpers/cli';

const run = runCli;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'str-cli-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const tmp = () => fs.mkdtempSync(path.join(root, 'case-'));

test('framework writes a new workbook and names its sheets', async () => {
  const file = path.join(tmp(), 'out.xlsx');
  const result = await run(['framework', '-o', file]);
  expect(result.code).toBe(0);
  expect(result.out).toContain('Competence Framework');
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
});

test('framework refuses to overwrite an existing file without --force, and leaves it untouched', async () => {
  const file = path.join(tmp(), 'mine.xlsx');
  fs.writeFileSync(file, 'my own work');
  const refused = await run(['framework', '-o', file]);
  expect(refused.code).toBe(2);
  expect(refused.err).toMatch(/already exists.*--force/);
  expect(fs.readFileSync(file, 'utf8')).toBe('my own work');

  const forced = await run(['framework', '-o', file, '--force']);
  expect(forced.code).toBe(0);
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
});

test('no temporary files are left beside the output', async () => {
  const dir = tmp();
  await run(['framework', '-o', path.join(dir, 'a.xlsx')]);
  expect(fs.readdirSync(dir)).toEqual(['a.xlsx']);
});

test.each([
  [['framework'], /-o FILE\.xlsx/],
  [['framework', '-o', 'x.csv'], /must end in \.xlsx/],
  [['framework', '--bogus'], /Unknown option/],
  [['nonsense'], /Unknown command "nonsense"\.\n/],
  [['chek', 'a.xlsx'], /Unknown command "chek"\. Did you mean "check"\?/],
  [['consolidte'], /Did you mean "consolidate"\?/],
  [['ksf'], /Did you mean "ksf-outline"\?/],
  [['check', 'a.xlsx', '--jsn'], /Unknown option '--jsn'.*Did you mean "--json"\?\n\nUsage: str-toolkit check FILE/s],
  [['consolidate', '--frce'], /Did you mean "--force"\?\n\nUsage: str-toolkit consolidate/],
  [['monthly-report', '--month'], /--month.*\n\nUsage: str-toolkit monthly-report/s],
])('bad usage %j gives a clear message and exit code 2', async (args, message) => {
  const result = await run(args as string[]);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(message);
});

test('--help and --version', async () => {
  expect((await run(['--help'])).out).toContain('framework');
  expect((await run(['framework', '--help'])).out).toContain('--force');
  expect((await run(['--version'])).out).toBe(require('../../package.json').version);
});
