/**
 * Makes workbooks as openpyxl (Python) saves them, with Debian's python3 and python3-openpyxl when installed
 * (.ci/run installs them): the files other programs write differ from exceljs's own.
 */
import { execFileSync, spawnSync } from 'child_process';

const PYTHON = '/usr/bin/python3';

export function hasOpenpyxl(): boolean {
  return spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
}

/** Runs a Python script that saves a workbook to `sys.argv[1]`. */
export function saveWithOpenpyxl(script: string, file: string): void {
  execFileSync(PYTHON, ['-c', script, file], { stdio: 'pipe', timeout: 60_000 });
}
