/**
 * Edits a workbook with openpyxl (Debian's python3-openpyxl, run by /usr/bin/python3), as another program
 * would: typed values, rows inserted (openpyxl moves cells but not defined names), sheets hidden.
 */
import { spawnSync } from 'child_process';

const PYTHON = '/usr/bin/python3';

export function hasOpenpyxl(): boolean {
  return spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
}

export interface OpenpyxlEdit {
  sheet: string;
  /** A1 address → value; "2008-04-03" style dates are written as dates. */
  values?: Record<string, string | number>;
  /** Insert this many empty rows above this 1-based row, after the values are typed. */
  insertRowsAbove?: { row: number; count: number };
  state?: 'visible' | 'hidden' | 'veryHidden';
}

const SCRIPT = `
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
  const run = spawnSync(PYTHON, ['-c', SCRIPT, source, target, JSON.stringify(edits)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openpyxl could not edit ${source}: ${run.stderr}`);
}
