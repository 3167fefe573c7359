/**
 * The corpus generator still works: scripts/make-real-corpus.sh makes one LibreOffice-typed return (the
 * smallest run that drives LibreOffice through UNO, and openpyxl for the files it starts from), and the
 * checker finds in it what it finds in the committed copy. Needs soffice, python3-uno and python3-openpyxl;
 * under CI a missing one fails (test/helpers/tools.ts).
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../helpers/cli';
import { findSoffice } from '../helpers/libreoffice';
import { hasPythonModules } from '../helpers/tools';

const ROOT = path.join(__dirname, '..', '..');
const ready = findSoffice() !== null && hasPythonModules(['uno', 'openpyxl'], 'python3-uno python3-openpyxl');

interface JsonFinding {
  ruleId: string;
  sheet: string;
  cell: string;
}

async function findings(file: string): Promise<string[]> {
  const run = await runCli(['check', file, '--json']);
  return (JSON.parse(run.out) as JsonFinding[]).map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`).sort();
}

(ready ? test : test.skip)(
  `scripts/make-real-corpus.sh makes a LibreOffice-typed return${ready ? '' : ' (skipped: soffice, python3-uno or python3-openpyxl is missing)'}`,
  async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'str-real-gen-'));
    const made = spawnSync(path.join(ROOT, 'scripts', 'make-real-corpus.sh'), [out, 'lo-return-2008-03.xlsx'], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect({ status: made.status, stderr: made.stderr }).toEqual({ status: 0, stderr: '' });
    expect(fs.readdirSync(out)).toEqual(['lo-return-2008-03.xlsx']);
    const file = path.join(out, 'lo-return-2008-03.xlsx');
    const found = await findings(file);
    expect(found).toEqual(await findings(path.join(__dirname, 'real', 'lo-return-2008-03.xlsx')));
    expect(found).toEqual(['monthly.lived-experience-unrated 2008-03!B76']);
  },
  360_000,
);
