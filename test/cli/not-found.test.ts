/** Every command that reads files exits 2 with "not found" when a name finds nothing, and writes nothing. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-not-found-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

const framework = at('framework.xlsx');
beforeAll(async () => {
  expect((await runCli(['framework', '-o', framework])).code).toBe(0);
  fs.mkdirSync(at('empty-folder'));
});

test.each([
  [
    'a file that does not exist',
    ['check', at('nowhere.xlsx')],
    /nowhere\.xlsx: Not found: there is no such file or folder\./,
  ],
  ['a folder that does not exist', ['check', at('missing-folder/')], /missing-folder\/?: Not found/],
  ['a folder with no workbook', ['check', at('empty-folder')], /empty-folder: Not found: the folder holds no workbook/],
  ['a pattern that matches nothing', ['check', at('*.xls')], /\*\.xls: Not found: no file matches it\./],
  [
    '--previous that does not exist',
    ['check', framework, '--previous', at('march.xlsx')],
    /march\.xlsx \(--previous\): Not found/,
  ],
  [
    '--staff that does not exist',
    ['ksf-outline', '--staff', at('staff.csv'), '-o', at('o.xlsx')],
    /staff\.csv: Not found/,
  ],
  [
    '--sites that does not exist',
    ['monthly-report', '--sites', at('sites.csv'), '--split', at('out'), '--month', '2008-03'],
    /sites\.csv: Not found/,
  ],
])('%s exits 2 with "not found"', async (_, args, words) => {
  const result = await runCli(args);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(words);
  expect(result.out).toBe('');
});

test('consolidate of a folder that does not exist exits 2 and writes no workbook', async () => {
  const result = await runCli(['consolidate', at('missing-folder/'), '-o', at('programme.xlsx')]);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(/missing-folder\/?: Not found: there is no such file or folder\./);
  expect(fs.existsSync(at('programme.xlsx'))).toBe(false);
});

test('consolidate refuses when any name finds nothing, even beside returns that exist', async () => {
  const result = await runCli(['consolidate', framework, at('april.xlsx'), '-o', at('programme.xlsx')]);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(/april\.xlsx: Not found/);
  expect(fs.existsSync(at('programme.xlsx'))).toBe(false);
});

test('check still checks the workbooks it found, lists the name that found nothing, and exits 2', async () => {
  const result = await runCli(['check', framework, at('april.xlsx'), '--json']);
  expect(result.code).toBe(2);
  expect(JSON.parse(result.out)).toEqual([
    expect.objectContaining({
      file: at('april.xlsx'),
      ruleId: 'file.not-found',
      message: expect.stringMatching(/^Not found/),
    }),
  ]);
  const readable = await runCli(['check', framework, at('april.xlsx')]);
  expect(readable.out).toMatch(/april\.xlsx: could not be read\. Not found: there is no such file or folder\./);
  expect(readable.out).toMatch(/Checked 1 file: 0 errors, 0 warnings; 1 file could not be read\./);
});
