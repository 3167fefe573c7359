/**
 * Workbooks saved by openpyxl with an Excel table in them: exceljs could not read these ("Cannot read
 * properties of undefined (reading 'name')"), so the command line refused a staff list kept as a table.
 * The toolkit's own reader reads them, on the command line as in the pane.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { readXlsx } from '../../src/ooxml/read-xlsx';
import { readWorkbooks } from '../../src/xlsx/read-pool';
import { runCli } from '../helpers/cli';
import { hasOpenpyxl, saveWithOpenpyxl } from '../helpers/openpyxl';

const available = hasOpenpyxl();
const describeWithOpenpyxl = available ? describe : describe.skip;
if (!available) {
  test.skip('openpyxl checks skipped: /usr/bin/python3 cannot import openpyxl (.ci/run installs python3-openpyxl)', () => {});
}

const STAFF_TABLE = `
import sys
from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
wb = Workbook()
ws = wb.active
ws.title = 'Staff'
for row in [['Name', 'Grade', 'Setting', 'Team'], ['Sam Lee', 'Senior', 'Crisis', 'North'],
            ['Jo Bloggs', 'Intermediate', 'Older people', 'South']]:
    ws.append(row)
table = Table(displayName='StaffList', ref='A1:D3')
table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True)
ws.add_table(table)
wb.save(sys.argv[1])
`;

describeWithOpenpyxl('a staff list kept as a table, saved by openpyxl', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-openpyxl-'));
  const file = path.join(dir, 'staff.xlsx');
  beforeAll(() => saveWithOpenpyxl(STAFF_TABLE, file));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is read in full by the command line’s reader, and by the pane’s, which is the same', async () => {
    const [outcome] = await readWorkbooks([file], { size: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.grid.sheets.map((s) => s.name)).toEqual(['Staff']);
    expect(outcome.grid.sheets[0].cells).toMatchObject({
      A1: { kind: 's', value: 'Name' },
      D1: { kind: 's', value: 'Team' },
      A2: { kind: 's', value: 'Sam Lee' },
      C3: { kind: 's', value: 'Older people' },
      D3: { kind: 's', value: 'South' },
    });
    expect(Object.keys(outcome.grid.sheets[0].cells)).toHaveLength(12);
    expect(readXlsx(new Uint8Array(fs.readFileSync(file)))).toEqual(outcome.grid);
  });

  test('makes an outline for each worker on it', async () => {
    const out = path.join(dir, 'team.xlsx');
    const run = await runCli(['ksf-outline', '--staff', file, '-o', out]);
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
    expect(fs.existsSync(out)).toBe(true);
  });
});
