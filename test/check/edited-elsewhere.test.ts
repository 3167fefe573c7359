/**
 * Returns edited by another program, openpyxl, as sites do: a row inserted above the objectives (openpyxl
 * moves the cells but leaves every defined name where it was), and month sheets hidden and very hidden.
 * The checker must never report on the cell a stale name points at, must still find the real error, must say
 * the layout changed, and must check hidden sheets like visible ones, saying they are hidden.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkFiles } from '../../src/check/check-files';
import { CHECKERS } from '../../src/check/checkers';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { cellAddress, parseCell } from '../../src/sheets/a1';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { editWithOpenpyxl, hasOpenpyxl } from '../helpers/openpyxl';
import { readXlsxPart } from '../helpers/xlsx-part';
import { cellOf, goodValues } from './monthly/fixture';

const describeWithOpenpyxl = hasOpenpyxl() ? describe : describe.skip;
if (!hasOpenpyxl()) {
  test.skip('openpyxl edits skipped: /usr/bin/python3 has no openpyxl (.ci/run installs python3-openpyxl)', () => {});
}

const today = new Date('2008-05-20T12:00:00Z');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-openpyxl-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every input typed with good values, as openpyxl writes them (dates as dates), then `changes`. */
function typed(changes: Record<string, string | number> = {}): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [field, value] of Object.entries({ ...goodValues(), ...changes })) {
    if (value === null) continue;
    values[cellOf(field)] = typeof value === 'object' ? String(value.value) : value;
  }
  return values;
}

/** The address `rows` rows below a field's generated cell. */
const below = (field: string, rows: number) => {
  const { row, col } = parseCell(cellOf(field));
  return cellAddress(row + rows, col);
};

describeWithOpenpyxl('returns edited by openpyxl', () => {
  let blank: string;
  beforeAll(async () => {
    blank = path.join(dir, 'leeds.xlsx');
    const spec = buildMonthlyReportWorkbook({
      site: 'Leeds',
      lead: 'Jo Bloggs',
      firstMonth: { year: 2008, month: 3 },
      months: 3,
    });
    await writeWorkbookFile(blank, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
  });

  test('a row inserted above the objectives: no finding on a stale name, the real error found, the layout change said', async () => {
    const edited = path.join(dir, 'inserted.xlsx');
    // The real mistake: a self rating the objective's scale does not have (0, 1, 3), below the inserted row.
    const objectivesStart = parseCell(cellOf('EO1_Baseline')).row; // 0-based: the row above the first baseline
    editWithOpenpyxl(blank, edited, [
      { sheet: '2008-03', values: typed({ ET1_SelfRating: 2 }), insertRowsAbove: { row: objectivesStart, count: 1 } },
      { sheet: '2008-04', values: typed() },
    ]);
    expect(readXlsxPart(edited, 'docProps/app.xml')).toMatch(/openpyxl|Microsoft Excel/);
    // openpyxl left the names where they were: the name now points at the row above its input.
    expect(readXlsxPart(edited, 'xl/workbook.xml')).toContain(`$${cellOf('ET1_SelfRating').replace(/(\d+)$/, '$$$1')}`);

    const result = await checkFiles([edited], [], CHECKERS, today, { size: 1 });
    expect(result.unreadable).toEqual([]);
    const march = result.findings.filter((f) => f.sheet === '2008-03');
    expect(march.map((f) => [f.ruleId, f.severity, f.cell])).toEqual([
      ['monthly.layout-changed', 'warning', ''],
      ['monthly.rating-on-scale', 'error', below('ET1_SelfRating', 1)],
    ]);
    expect(march[0].message).toMatch(/^The layout of this sheet was changed: rows or columns were inserted or deleted/);
    expect(march[0].message).toContain(
      `Baseline (named at ${cellOf('EO1_Baseline')}, now at ${below('EO1_Baseline', 1)})`,
    );
    // April's layout was not touched: only what its good values earn a month later (objectives now overdue).
    const april = new Set(result.findings.filter((f) => f.sheet === '2008-04').map((f) => f.ruleId));
    expect([...april]).toEqual(['monthly.overdue-two-months']);
  });

  test('hidden and very hidden month sheets are checked like visible ones, and their findings say so', async () => {
    const edited = path.join(dir, 'hidden.xlsx');
    // May stays visible: openpyxl, like Excel, will not save a workbook with no visible sheet.
    editWithOpenpyxl(blank, edited, [
      { sheet: '2008-03', values: typed({ ET1_SelfRating: 2 }), state: 'hidden' },
      { sheet: '2008-04', values: typed({ Numbers_InPost: 'five' }), state: 'veryHidden' },
    ]);
    expect(readXlsxPart(edited, 'xl/workbook.xml')).toMatch(/state="veryHidden"/);
    const result = await checkFiles([edited], [], CHECKERS, today, { size: 1 });
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.ruleId, f.sheet, f.cell])).toEqual(
      expect.arrayContaining([
        ['monthly.rating-on-scale', '2008-03', cellOf('ET1_SelfRating')],
        ['monthly.counts-whole', '2008-04', cellOf('Numbers_InPost')],
      ]),
    );
    for (const f of result.findings.filter((x) => x.sheet === '2008-03'))
      expect(f.message).toMatch(/\(Sheet "2008-03" is hidden: right-click any sheet tab and choose Unhide\.\)$/);
    for (const f of result.findings.filter((x) => x.sheet === '2008-04'))
      expect(f.message).toMatch(/\(Sheet "2008-04" is very hidden, so Excel's Unhide does not list it/);
  });
});
