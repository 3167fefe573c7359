/**
 * The toolkit's one .xlsx reader, which the task pane runs on a picked file and the command line in its
 * worker threads: what it reads from workbooks the toolkit makes and users fill, and what it refuses.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { CHECKERS } from '../../src/check/checkers';
import { checkWorkbook } from '../../src/check/check-workbook';
import { isDateFormat } from '../../src/grid/dates';
import { GridCell, WorkbookGrid } from '../../src/grid/grid';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { DEFAULT_LIMITS, preflight } from '../../src/ooxml/preflight';
import { XlsxReadError, readXlsx } from '../../src/ooxml/read-xlsx';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { makeZip } from '../helpers/zip';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-ooxml-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const viaOoxml = (file: string): WorkbookGrid => readXlsx(new Uint8Array(fs.readFileSync(file)));

let report: string;
beforeAll(async () => {
  report = path.join(dir, 'monthly.xlsx');
  const spec = buildMonthlyReportWorkbook({
    site: '=Leeds',
    lead: 'Jo',
    firstMonth: { year: 2008, month: 3 },
    months: 2,
  });
  await writeWorkbookFile(report, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
});

test('a generated monthly report: its sheets in order with their states, unlocked inputs, sheet-scoped names', () => {
  const grid = viaOoxml(report);
  expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([
    ['2008-03', 'visible'],
    ['2008-04', 'visible'],
    ['STR Toolkit Info', 'hidden'],
  ]);
  for (const month of ['2008-03', '2008-04'])
    expect(grid.names).toContainEqual({
      name: 'EO1_SelfRating',
      sheet: month,
      range: expect.any(String),
      scope: month,
    });
  expect(Object.values(grid.sheets[0].cells).some((c) => c.unlocked)).toBe(true);
  expect(grid.sheets[0].merges.length).toBeGreaterThan(10);
  // The site was typed as "=Leeds": text, never a formula.
  expect(Object.values(grid.sheets[0].cells)).toContainEqual({ kind: 's', value: '=Leeds', unlocked: true });
});

test('a filled return with awkward values: each read as typed, and the checker finds them', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(report);
  const march = workbook.getWorksheet('2008-03')!;
  const inputs: ExcelJS.Cell[] = [];
  // Each input's own cell (the others a merged input spans hold nothing), apart from the date inputs.
  const dateInputs: ExcelJS.Cell[] = [];
  march.eachRow((row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked !== false || cell.master !== cell) return;
      (isDateFormat(cell.numFmt ?? '') ? dateInputs : inputs).push(cell);
    }),
  );
  // As Excel shows them: a cell's format, not what was typed, makes a number a date.
  const awkward: [ExcelJS.CellValue, Omit<GridCell, 'unlocked'>][] = [
    [2, { kind: 'n', value: 2 }],
    ['yes', { kind: 's', value: 'yes' }],
    [1.5, { kind: 'n', value: 1.5 }],
    [new Date(Date.UTC(2008, 2, 5)), { kind: 'n', value: 39512 }],
    [
      { formula: 'SUM(1,2)', result: 3 },
      { kind: 'n', value: 3, formula: 'SUM(1,2)' },
    ],
    [
      { text: 'see', hyperlink: 'https://example.org/' },
      { kind: 's', value: 'see', hyperlink: 'https://example.org/' },
    ],
    [{ richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] }, { kind: 's', value: 'rich text' }],
    [true, { kind: 'b', value: true }],
    ['4', { kind: 's', value: '4' }],
    [{ error: '#N/A' }, { kind: 'e', value: '#N/A' }],
  ];
  inputs.forEach((cell, i) => (cell.value = awkward[i % awkward.length][0]));
  dateInputs.forEach((cell) => (cell.value = new Date(Date.UTC(2008, 2, 5))));
  const filled = path.join(dir, 'filled.xlsx');
  await workbook.xlsx.writeFile(filled);

  const grid = viaOoxml(filled);
  const cells = grid.sheets[0].cells;
  expect(inputs.length).toBeGreaterThan(awkward.length);
  expect(dateInputs.length).toBeGreaterThan(1);
  expect(inputs.map((cell) => cells[cell.address])).toEqual(
    inputs.map((_, i) => ({ ...awkward[i % awkward.length][1], unlocked: true })),
  );
  expect(dateInputs.map((cell) => cells[cell.address])).toEqual(
    dateInputs.map(() => ({ kind: 'd', value: '2008-03-05', unlocked: true })),
  );
  const findings = checkWorkbook(grid, CHECKERS, { previous: [], today: new Date(Date.UTC(2008, 5, 1)) });
  expect(findings.length).toBeGreaterThan(5);
  expect(findings.map((f) => f.ruleId)).toContain('monthly.formula-in-input');
});

test('merged cells: only the top-left cell is read, as Excel shows it', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('M');
  sheet.getCell('A1').value = 'top';
  sheet.mergeCells('A1:B2');
  sheet.getCell('C3').value = { formula: 'A1', result: 'top' };
  sheet.getCell('D4').value = { text: 'inside', hyperlink: '#M!A1' };
  const file = path.join(dir, 'merged.xlsx');
  await workbook.xlsx.writeFile(file);
  expect(viaOoxml(file).sheets[0].cells).toEqual({
    A1: { kind: 's', value: 'top' },
    C3: { kind: 's', value: 'top', formula: 'A1' },
    D4: { kind: 's', value: 'inside', hyperlink: '#M!A1' },
  });
});

describe('files it refuses, each with its own reason', () => {
  const refused = (bytes: Uint8Array, limits = DEFAULT_LIMITS): XlsxReadError => {
    try {
      readXlsx(bytes, { limits });
    } catch (error) {
      if (error instanceof XlsxReadError) return error;
      throw error;
    }
    throw new Error('read without complaint');
  };
  /** Refused by the command line's checks before parsing, with the same problem and the same words. */
  const asOnTheCommandLine = (bytes: Uint8Array, limits = DEFAULT_LIMITS) => {
    const check = preflight(bytes, limits);
    if (check.ok) throw new Error('preflight let it through');
    const error = refused(bytes, limits);
    expect({ problem: error.problem, message: error.message }).toEqual({
      problem: check.problem,
      message: check.message,
    });
    return error;
  };

  test('not a zip at all', () => {
    expect(asOnTheCommandLine(new TextEncoder().encode('name,rating\nJo,3\n')).problem).toBe('text-file');
    expect(asOnTheCommandLine(new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256)).problem).toBe('not-xlsx');
  });

  test('empty, and encrypted or old .xls (both compound files)', () => {
    expect(asOnTheCommandLine(new Uint8Array()).problem).toBe('empty');
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(asOnTheCommandLine(cfb).problem).toBe('old-xls');
    const encrypted = new Uint8Array([...cfb, ...new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le'))]);
    expect(asOnTheCommandLine(encrypted).problem).toBe('encrypted');
  });

  test('a zip cut short, and a zip with no workbook inside', () => {
    expect(asOnTheCommandLine(new Uint8Array(fs.readFileSync(report)).subarray(0, 1500)).problem).toBe('truncated');
    expect(asOnTheCommandLine(makeZip([{ name: 'hello.txt', data: Buffer.from('hi') }])).problem).toBe('no-workbook');
  });

  test('XML with a DOCTYPE (entity expansion, external entities) is never parsed', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(report));
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><workbook>&lol;</workbook>';
    zip.file('xl/workbook.xml', bomb);
    const error = asOnTheCommandLine(await zip.generateAsync({ type: 'uint8array' }));
    expect(error.problem).toBe('unsafe-xml');
    expect(error.message).toMatch(/xl\/workbook\.xml/);
  });

  test('a sheet with more rows than the limit is refused before it is parsed, declared or not', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rows');
    for (let r = 1; r <= 20; r++) ws.addRow([r]);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const declared = await zip.generateAsync({ type: 'uint8array' });
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<dimension [^>]*\/>/, ''));
    const undeclared = await zip.generateAsync({ type: 'uint8array' });
    for (const bytes of [declared, undeclared]) {
      expect(readXlsx(bytes, { limits: { ...DEFAULT_LIMITS, maxRows: 20 } }).sheets[0].cells.A20).toEqual({
        kind: 'n',
        value: 20,
      });
    }
    // Declared: as on the command line. Left out: counted as the sheet unpacks, before any parsing.
    expect(asOnTheCommandLine(declared, { ...DEFAULT_LIMITS, maxRows: 19 }).message).toMatch(
      /\(xl\/worksheets\/sheet1\.xml\) runs to row 20, over the 19-row limit/,
    );
    expect(preflight(undeclared, { ...DEFAULT_LIMITS, maxRows: 19 })).toMatchObject({
      ok: false,
      problem: 'too-large',
      message: expect.stringMatching(/\(xl\/worksheets\/sheet1\.xml\) has more than 19 rows/),
    });
    expect(refused(undeclared, { ...DEFAULT_LIMITS, maxRows: 19 })).toMatchObject({
      problem: 'too-large',
      message: expect.stringMatching(/\(xl\/worksheets\/sheet1\.xml\) has more than 19 rows/),
    });
  });

  test('a zip whose index marks its parts encrypted', () => {
    const zip = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    ]);
    const entry = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    zip.writeUInt16LE(1, entry + 8);
    expect(asOnTheCommandLine(zip).problem).toBe('encrypted');
  });

  test('a part that unpacks beyond the limit is refused before it is unpacked', () => {
    const bytes = new Uint8Array(fs.readFileSync(report));
    const error = asOnTheCommandLine(bytes, { ...DEFAULT_LIMITS, maxPartBytes: 1000 });
    expect(error.problem).toBe('too-large');
    expect(error.message).toMatch(/unpacks to more than/);
  });

  test('a file over the size limit is refused as on the command line', () => {
    const bytes = new Uint8Array(fs.readFileSync(report));
    expect(asOnTheCommandLine(bytes, { ...DEFAULT_LIMITS, maxFileBytes: 1000 }).message).toMatch(
      /over the 0\.00 MB limit for one workbook/,
    );
  });
});

test('malformed XML in a part is reported as damaged, naming the part', async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(report));
  zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row><c r="A1"');
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  expect(() => readXlsx(bytes)).toThrow(/xl\/worksheets\/sheet1\.xml of the workbook is damaged/);
});
