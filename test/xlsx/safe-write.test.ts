import fs from 'fs';
import os from 'os';
import path from 'path';
import { backupName, writeNewFile } from '../../src/xlsx/safe-write';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeNewFile', () => {
  test('refuses an existing file without force, and leaves it', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-safe-')), 'out.xlsx');
    fs.writeFileSync(file, 'typed by a user');
    await expect(writeNewFile(file, bytes('new'), false)).rejects.toThrow(/already exists.*--force/);
    expect(fs.readFileSync(file, 'utf8')).toBe('typed by a user');
  });

  test('with force, keeps every replaced version under its own backup name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-safe-'));
    const file = path.join(dir, 'out.xlsx');
    expect(await writeNewFile(file, bytes('first'), true)).toBeUndefined();
    const one = await writeNewFile(file, bytes('second'), true);
    const two = await writeNewFile(file, bytes('third'), true);
    expect([one, two].map((f) => fs.readFileSync(f!, 'utf8'))).toEqual(['first', 'second']);
    expect(fs.readFileSync(file, 'utf8')).toBe('third');
    // Written within the same minute or not, neither backup replaces the other.
    expect(new Set([one, two]).size).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['out.xlsx', path.basename(one!), path.basename(two!)].sort());
  });

  test('backup names say when, to the minute, and count up when taken', () => {
    const when = new Date(2026, 11, 6, 8, 5);
    expect(backupName('/r/results.xlsx', when)).toBe('/r/results (backup 2026-12-06 0805).xlsx');
    expect(backupName('/r/results.xlsx', when, 2)).toBe('/r/results (backup 2026-12-06 0805 2).xlsx');
  });
});
