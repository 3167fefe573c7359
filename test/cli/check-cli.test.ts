import type ExcelJSTypes from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-check-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = runCli;

let framework: string;
beforeAll(async () => {
  framework = path.join(dir, 'framework.xlsx');
  expect((await run(['framework', '-o', framework])).code).toBe(0);
});

test('a clean workbook exits 0 with a readable summary', async () => {
  const result = await run(['check', framework]);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(/Checked 1 file: 0 errors, 0 warnings\./);
});

test('an unreadable file exits 2, and the batch still checks the others', async () => {
  const empty = path.join(dir, 'empty.xlsx');
  fs.writeFileSync(empty, '');
  const result = await run(['check', empty, framework, '--json']);
  expect(result.code).toBe(2);
  const findings = JSON.parse(result.out);
  expect(findings).toEqual([
    {
      file: empty,
      sheet: '',
      cell: '',
      ruleId: 'file.empty',
      severity: 'error',
      message: expect.stringMatching(/empty/),
      fix: '',
    },
  ]);
});

test('the JSON contract lists findings with file, sheet, cell, ruleId, severity and message', async () => {
  const copy = path.join(dir, 'copy.xlsx');
  fs.copyFileSync(framework, copy);
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copy);
  wb.getWorksheet('Ten ESC')!.getCell('B4').value = 'Edited capability';
  wb.addWorksheet('My notes').getCell('A1').value = 'mine';
  await wb.xlsx.writeFile(copy);
  const result = await run(['check', copy, '--json']);
  expect(result.code).toBe(1);
  const findings = JSON.parse(result.out);
  expect(findings).toEqual(
    expect.arrayContaining([
      {
        file: copy,
        sheet: 'Ten ESC',
        cell: '',
        ruleId: 'document.labels-edited',
        severity: 'error',
        message: expect.any(String),
        fix: 'Copy the entries into a freshly generated sheet, or undo the changes to the locked text.',
      },
      {
        file: copy,
        sheet: 'My notes',
        cell: '',
        ruleId: 'document.unstamped',
        severity: 'warning',
        message: expect.any(String),
        fix: expect.stringMatching(/^Create monthly reports/),
      },
    ]),
  );
  for (const f of findings)
    expect(Object.keys(f).sort()).toEqual(['cell', 'file', 'fix', 'message', 'ruleId', 'severity', 'sheet']);
});

test('--out writes a results workbook, keeps explanations on re-check, and never overwrites without --force', async () => {
  const notes = path.join(dir, 'notes.xlsx');
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(framework);
  wb.addWorksheet('My notes').getCell('A1').value = 'mine';
  await wb.xlsx.writeFile(notes);
  const results = path.join(dir, 'results.xlsx');
  expect((await run(['check', notes, '--out', results])).code).toBe(0);
  expect((await run(['check', notes, '--out', results])).err).toMatch(/already exists/);

  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(results);
  const sheet = written.getWorksheet('Check results')!;
  let row = 0;
  sheet.eachRow((r, n) => r.getCell(3).value === 'document.unstamped' && (row = n));
  expect(row).toBeGreaterThan(0);
  // The rule's plain title beside its id, and the cell a link into the checked file, beside this one.
  expect(sheet.getCell(row, 2).value).toBe('Not made by the toolkit');
  expect(sheet.getCell(row, 5).formula).toBe(`HYPERLINK("notes.xlsx#'My notes'!A1","(sheet)")`);
  sheet.getCell(row, 8).value = 'Our own working sheet';
  await written.xlsx.writeFile(results);

  const again = await run(['check', notes, '--out', results, '--force']);
  expect(again.out).toMatch(/ACCEPTED/);
  // The accepted warning is not counted as an open one.
  expect(again.out).toMatch(/Checked 1 file: 0 errors, 0 warnings, 1 accepted\./);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.readFile(results);
  const values = (reread.getWorksheet('Check results')!.getRow(row).values as unknown[]).slice(1);
  expect(values.slice(7, 9)).toEqual(['Our own working sheet', 'Accepted']);
});

test('folders and patterns expand to their .xlsx files', async () => {
  const sub = path.join(dir, 'batch');
  fs.mkdirSync(sub);
  fs.copyFileSync(framework, path.join(sub, 'a.xlsx'));
  fs.copyFileSync(framework, path.join(sub, 'b.xlsx'));
  fs.writeFileSync(path.join(sub, 'notes.txt'), 'x');
  expect((await run(['check', sub])).out).toMatch(/Checked 2 file/);
  expect((await run(['check', path.join(sub, 'a*.xlsx')])).out).toMatch(/Checked 1 file/);
});

test('a monthly return with a rating off its scale exits 1 and names the cell', async () => {
  const file = path.join(dir, 'march.xlsx');
  expect(
    (await run(['monthly-report', '--site', 'Leeds', '--lead', 'Jo', '--month', '2008-03', '-o', file])).code,
  ).toBe(0);
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('2008-03')!;
  // Find the first self-rating input by its label and type a 7 beside it.
  let target: ExcelJSTypes.Cell | undefined;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!target && cell.value === 'Self rating this month:') target = row.getCell(Number(cell.col) + 1);
    }),
  );
  target!.value = 7;
  await wb.xlsx.writeFile(file);
  const result = await run(['check', file, '--json']);
  expect(result.code).toBe(1);
  const findings = JSON.parse(result.out) as { ruleId: string; cell: string; message: string }[];
  expect(findings).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        ruleId: 'monthly.rating-on-scale',
        cell: target!.address,
        message: expect.stringMatching(/7/),
      }),
    ]),
  );
});
