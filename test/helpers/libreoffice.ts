/** Runs LibreOffice headless, when installed, to open generated workbooks in a real spreadsheet program. */
import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

/** Converts `file` with LibreOffice to `format` (e.g. "pdf") and returns the output path. */
export function convertWithLibreOffice(soffice: string, file: string, format: string): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-out-'));
  // A private profile so parallel runs and a user's own LibreOffice settings don't interfere.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-profile-'));
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format.split(':')[0]}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file} to ${format}`);
  return out;
}
