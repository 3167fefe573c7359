/**
 * Has openpyxl (Debian's python3-openpyxl, run by /usr/bin/python3) edit and save workbooks, as another
 * program, a script or a data team would: values typed into cells by address, rows inserted (openpyxl
 * moves cells but not defined names), sheets hidden, the workbook saved by openpyxl itself.
 */
import { execFileSync, spawnSync } from 'child_process';
import { hasPythonModules, SYSTEM_PYTHON } from './tools';

export { SYSTEM_PYTHON };

/** True when /usr/bin/python3 can import openpyxl; under CI a missing one fails (.ci/run installs it). */
export function hasOpenpyxl(): boolean {
  return hasPythonModules(['openpyxl'], 'python3-openpyxl');
}

export interface OpenpyxlEdit {
  sheet: string;
  /** A1 address → value; "2008-04-03" style dates are written as dates. */
  values?: Record<string, string | number>;
  /** Insert this many empty rows above this 1-based row, after the values are typed. */
  insertRowsAbove?: { row: number; count: number };
  state?: 'visible' | 'hidden' | 'veryHidden';
}

const EDIT_SCRIPT = `
import datetime, json, re, sys
import openpyxl
source, target, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(source)
for edit in edits:
    ws = wb[edit['sheet']]
    for address, value in edit.get('values', {}).items():
        if isinstance(value, str) and re.fullmatch(r'\\d{4}-\\d{2}-\\d{2}', value):
            value = datetime.datetime.strptime(value, '%Y-%m-%d')
        ws[address] = value
    if 'insertRowsAbove' in edit:
        ws.insert_rows(edit['insertRowsAbove']['row'], edit['insertRowsAbove']['count'])
    if 'state' in edit:
        ws.sheet_state = edit['state']
wb.save(target)
`;

/** Opens `source` in openpyxl, applies the edits in order and saves to `target`. */
export function editWithOpenpyxl(source: string, target: string, edits: OpenpyxlEdit[]): void {
  const run = spawnSync(SYSTEM_PYTHON, ['-c', EDIT_SCRIPT, source, target, JSON.stringify(edits)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`openpyxl could not edit ${source}: ${run.stderr}`);
}

/** A typed value: a number, text, or a date ("2008-04-03" given as { date }). */
export type OpenpyxlValue = number | string | { date: string };

/** Open `file`, type `typed` into each sheet, save as `out`. */
export interface OpenpyxlFill {
  file: string;
  out: string;
  typed: Record<string, Record<string, OpenpyxlValue>>;
}

// All the fills run in one Python process, so a whole folder of returns costs one start.
const FILL_SCRIPT = `
import datetime, json, sys
import openpyxl
for job in json.load(sys.stdin):
    workbook = openpyxl.load_workbook(job["file"])
    for sheet, cells in job["typed"].items():
        for address, value in cells.items():
            if isinstance(value, dict):
                value = datetime.datetime.strptime(value["date"], "%Y-%m-%d")
            workbook[sheet][address].value = value
    workbook.save(job["out"])
`;

export function fillWithOpenpyxl(fills: OpenpyxlFill[]): void {
  execFileSync(SYSTEM_PYTHON, ['-c', FILL_SCRIPT], {
    input: JSON.stringify(fills),
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}

/** Runs a Python script that saves a workbook to `sys.argv[1]`. */
export function saveWithOpenpyxl(script: string, file: string): void {
  execFileSync(SYSTEM_PYTHON, ['-c', script, file], { stdio: 'pipe', timeout: 60_000 });
}
