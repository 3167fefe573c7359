/**
 * Has openpyxl (Debian's python3-openpyxl, run with /usr/bin/python3) fill workbooks and save them, as a
 * script or a data team would: values typed into cells by address, the workbook saved by openpyxl itself.
 * All the fills run in one Python process, so a whole folder of returns costs one start.
 */
import { execFileSync, spawnSync } from 'child_process';

export const SYSTEM_PYTHON = '/usr/bin/python3';

/** True when /usr/bin/python3 can import openpyxl (.ci/run installs python3-openpyxl). */
export function hasOpenpyxl(): boolean {
  return spawnSync(SYSTEM_PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
}

/** A typed value: a number, text, or a date ("2008-04-03" given as { date }). */
export type OpenpyxlValue = number | string | { date: string };

/** Open `file`, type `typed` into each sheet, save as `out`. */
export interface OpenpyxlFill {
  file: string;
  out: string;
  typed: Record<string, Record<string, OpenpyxlValue>>;
}

const SCRIPT = `
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
  execFileSync(SYSTEM_PYTHON, ['-c', SCRIPT], {
    input: JSON.stringify(fills),
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}
