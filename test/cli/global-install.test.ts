/**
 * The command line installed as a command, the way the README says (`npm install -g .`), into a temporary
 * prefix, then run by its name from a folder that is not the project's: no `npx`, no registry lookup.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { TOOLKIT_VERSION } from '../../src/version';

const ROOT = path.resolve(__dirname, '..', '..');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'str-global-'));
const prefix = path.join(temp, 'prefix');
const elsewhere = path.join(temp, 'somewhere-else');
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const command = path.join(prefix, ...(process.platform === 'win32' ? ['str-toolkit.cmd'] : ['bin', 'str-toolkit']));
const strToolkit = (args: string[]) => execFileSync(command, args, { cwd: elsewhere, encoding: 'utf8' });

beforeAll(() => {
  fs.mkdirSync(elsewhere);
  // --offline: everything needed is already in this folder; the test never asks the registry for anything.
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', ROOT], {
    cwd: elsewhere,
    stdio: 'pipe',
  });
}, 120_000);

test('`str-toolkit --version` runs from another folder', () => {
  expect(strToolkit(['--version']).trim()).toBe(TOOLKIT_VERSION);
});

test('`str-toolkit framework -o` writes the workbook in the folder it is run from', () => {
  expect(strToolkit(['framework', '-o', 'framework.xlsx'])).toMatch(/^Wrote framework\.xlsx/);
  expect(fs.readFileSync(path.join(elsewhere, 'framework.xlsx')).subarray(0, 2).toString()).toBe('PK');
});
