import ExcelJS from 'exceljs';
import fs from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import { DEFAULT_LIMITS } from '../../src/ooxml/preflight';
import { ReadPool, readWorkbooks } from '../../src/xlsx/read-pool';
import { manyRows } from '../corpus/workbooks';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-pool-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A sheet of 100,000 numbered rows, the most the preflight lets through: 5 MB of XML, slow to read and large in
 * memory (its grid takes about 29 MB of heap). Made once, streamed, for the tests that need a long or large read.
 */
let rowsBytes: Promise<Buffer> | undefined;
const hundredThousandRows = () => (rowsBytes ??= manyRows(100_000, true));
async function hundredThousandRowsFile(name: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await hundredThousandRows());
  return file;
}

async function writeGood(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Site's report");
  ws.getCell('A1').value = 'Site:';
  ws.getCell('B1').value = '=not a formula';
  ws.getCell('B2').value = 4;
  ws.getCell('B3').value = { formula: 'SUM(B2:B2)', result: 4 };
  ws.getCell('B4').value = new Date(Date.UTC(2008, 2, 5));
  ws.getCell('B5').value = { text: 'click', hyperlink: 'https://example.org/' };
  ws.mergeCells('C1:D1');
  wb.definedNames.add(`'Site''s report'!$B$2`, 'Numbers_InPost');
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

test('a workbook is read into a host-neutral grid', async () => {
  const file = await writeGood('good.xlsx');
  const [outcome] = await readWorkbooks([file], { size: 1 });
  if (!outcome.ok) throw new Error(outcome.message);
  const sheet = outcome.grid.sheets[0];
  expect(sheet.name).toBe("Site's report");
  expect(sheet.cells.A1).toEqual({ kind: 's', value: 'Site:' });
  expect(sheet.cells.B1).toEqual({ kind: 's', value: '=not a formula' });
  expect(sheet.cells.B2).toEqual({ kind: 'n', value: 4 });
  expect(sheet.cells.B3).toEqual({ kind: 'n', value: 4, formula: 'SUM(B2:B2)' });
  expect(sheet.cells.B4).toEqual({ kind: 'd', value: '2008-03-05' });
  expect(sheet.cells.B5).toEqual({ kind: 's', value: 'click', hyperlink: 'https://example.org/' });
  expect(sheet.merges).toEqual(['C1:D1']);
  expect(outcome.grid.names).toEqual([{ name: 'Numbers_InPost', sheet: "Site's report", range: 'B2', scope: null }]);
});

test('one bad file never stops a batch, and results keep their order', async () => {
  const good = await writeGood('good2.xlsx');
  const empty = path.join(dir, 'empty.xlsx');
  fs.writeFileSync(empty, '');
  const missing = path.join(dir, 'missing.xlsx');
  const outcomes = await readWorkbooks([empty, good, missing, good], { size: 2 });
  expect(outcomes.map((o) => (o.ok ? 'ok' : o.problem))).toEqual(['empty', 'ok', 'missing', 'ok']);
});

test('XML that passes the preflight but is malformed gives a plain message', async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(await writeGood('to-break.xlsx')));
  zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row><c r="A1"');
  const file = path.join(dir, 'malformed.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  const [outcome] = await readWorkbooks([file], { size: 1 });
  expect(outcome).toMatchObject({ ok: false, problem: 'unreadable' });
  if (!outcome.ok) expect(outcome.message).toMatch(/could not be read.*save it as \.xlsx/);
});

test('text left under a merge (LibreOffice keeps it) is not read: only the first cell of the merge is', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Form');
  ws.getCell('B2').value = 'Shown';
  ws.mergeCells('B2:C3');
  ws.getCell('E1').value = 'Outside';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  // Put text into C3, a cell the merge covers, as a spreadsheet program may leave it.
  const hidden = sheet.replace(/<c r="C3"[^>]*\/>/, '<c r="C3" t="inlineStr"><is><t>Hidden</t></is></c>');
  expect(hidden).toMatch(/Hidden/);
  zip.file('xl/worksheets/sheet1.xml', hidden);
  const file = path.join(dir, 'covered.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const [outcome] = await readWorkbooks([file], { size: 1 });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.grid.sheets[0].cells).toEqual({
    B2: { kind: 's', value: 'Shown' },
    E1: { kind: 's', value: 'Outside' },
  });
  expect(outcome.grid.sheets[0].merges).toEqual(['B2:C3']);
});

test('files queued on one worker come back in order, each with its own outcome', async () => {
  const large = new ExcelJS.Workbook();
  const ws = large.addWorksheet('Large');
  for (let r = 1; r <= 3000; r++) ws.addRow([r, `row ${r}`]);
  const slow = path.join(dir, 'slower.xlsx');
  await large.xlsx.writeFile(slow);
  const zip = await JSZip.loadAsync(fs.readFileSync(await writeGood('to-break2.xlsx')));
  zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row><c r="A1"');
  const broken = path.join(dir, 'malformed2.xlsx');
  fs.writeFileSync(broken, await zip.generateAsync({ type: 'nodebuffer' }));
  const good = await writeGood('good4.xlsx');
  // One worker, so the broken file (quick to fail) waits in its queue behind the slower one.
  const outcomes = await readWorkbooks([slow, broken, good, broken], { size: 1, timeoutMs: 20_000 });
  expect(outcomes.map((o) => [path.basename(o.file), o.ok ? 'ok' : o.problem])).toEqual([
    ['slower.xlsx', 'ok'],
    ['malformed2.xlsx', 'unreadable'],
    ['good4.xlsx', 'ok'],
    ['malformed2.xlsx', 'unreadable'],
  ]);
  const first = outcomes[0];
  expect(first.ok && first.grid.sheets[0].cells.A3000).toEqual({ kind: 'n', value: 3000 });
});

test('a read that takes too long is stopped, and the same pool goes on with a fresh worker', async () => {
  const bigFile = await hundredThousandRowsFile('big.xlsx');
  const good = await writeGood('good3.xlsx');
  const pool = new ReadPool({ size: 1, timeoutMs: 50 });
  try {
    const slow = pool.read(bigFile);
    // Queued behind the slow read; it must still be answered once the stuck worker is replaced.
    const next = pool.read(good);
    expect(await slow).toMatchObject({
      ok: false,
      problem: 'timeout',
      message: expect.stringMatching(/took longer than/),
    });
    // The fresh worker answers: with the grid, or with its own timeout on a slow machine, never silence.
    const after = await next;
    expect(after.ok || after.problem === 'timeout').toBe(true);
  } finally {
    await pool.close();
  }
});

test('a read that needs more memory than the cap is stopped with a plain message', async () => {
  const bigFile = await hundredThousandRowsFile('big-memory.xlsx');
  const pool = new ReadPool({ size: 1, memoryMb: 16, timeoutMs: 60_000 });
  try {
    const outcome = await pool.read(bigFile);
    expect(outcome).toMatchObject({ ok: false, problem: 'out-of-memory' });
  } finally {
    await pool.close();
  }
});

test('large files are read one at a time and their workers retired, so a batch needs one memory cap', async () => {
  // 100,000 rows (the most the preflight lets through) unpack to 5 MB, so each may take a worker to its cap.
  const large = [await hundredThousandRowsFile('rows1.xlsx'), await hundredThousandRowsFile('rows2.xlsx')];
  const bytes = await hundredThousandRows();
  const small = await writeGood('good5.xlsx');
  const events: string[] = [];
  const workers: Worker[] = [];
  const postMessage = Worker.prototype.postMessage;
  const spy = jest.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (
    this: Worker,
    ...args: Parameters<Worker['postMessage']>
  ) {
    if (!workers.includes(this)) {
      workers.push(this);
      // Before the pool's own listener, which sends the next file at once.
      const index = workers.length - 1;
      this.prependListener('message', () => events.push(`answer from worker ${index}`));
    }
    const size = (args[0] as { bytes: Uint8Array }).bytes.length;
    events.push(`${size === bytes.length ? 'large' : 'small'} sent to worker ${workers.indexOf(this)}`);
    return postMessage.apply(this, args);
  });
  try {
    const outcomes = await readWorkbooks([large[0], large[1], small, small], { size: 2 });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true]);
  } finally {
    spy.mockRestore();
  }
  // One large file at a time; nothing queues behind one, and its worker reads nothing after it.
  const [first, second] = events.filter((e) => e.startsWith('large')).map((e) => e.slice(-1));
  const on = (worker: string, from: string) => events.slice(events.indexOf(from)).filter((e) => e.endsWith(worker));
  expect(on(first, `large sent to worker ${first}`)).toEqual([
    `large sent to worker ${first}`,
    `answer from worker ${first}`,
  ]);
  expect(on(second, `large sent to worker ${second}`)).toEqual([
    `large sent to worker ${second}`,
    `answer from worker ${second}`,
  ]);
  expect(events.lastIndexOf(`large sent to worker ${second}`)).toBeGreaterThan(
    events.indexOf(`answer from worker ${first}`),
  );
}, 60_000);

test('a file over the size limit on disk is refused, with its own size, before it is read', async () => {
  const file = path.join(dir, 'large.xlsx');
  fs.writeFileSync(file, Buffer.alloc(3 * 2 ** 20, 1));
  const pool = new ReadPool({ size: 1, limits: { ...DEFAULT_LIMITS, maxFileBytes: 2 ** 20 } });
  try {
    expect(await pool.read(file)).toMatchObject({
      ok: false,
      problem: 'too-large',
      message: 'The file is 3 MB, over the 1 MB limit for one workbook.',
    });
  } finally {
    await pool.close();
  }
});

test('cell protection written as true/false (as LibreOffice saves it) reads the same as 1/0', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Form');
  ws.getCell('A1').value = 'Label';
  ws.getCell('B1').value = 3;
  ws.getCell('B1').protection = { locked: false };
  ws.getCell('B2').value = 4;
  ws.getCell('B2').protection = { locked: true, hidden: true };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = await zip.file('xl/styles.xml')!.async('string');
  expect(styles).toMatch(/locked="0"/);
  zip.file('xl/styles.xml', styles.replace(/locked="0"/g, 'locked="false"').replace(/hidden="1"/g, 'hidden="true"'));
  const file = path.join(dir, 'protection-words.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const [outcome] = await readWorkbooks([file], { size: 1 });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.grid.sheets[0].cells).toEqual({
    A1: { kind: 's', value: 'Label' },
    B1: { kind: 'n', value: 3, unlocked: true },
    B2: { kind: 'n', value: 4 },
  });
});

test('same-named sheet-scoped names each keep their own sheet, by their place in the workbook', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('First').getCell('A1').value = 1;
  wb.addWorksheet('Second').getCell('A1').value = 2;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const book = await zip.file('xl/workbook.xml')!.async('string');
  // Two same-named names, each scoped to its sheet by position, as Excel writes one per month's sheet.
  const names =
    '<definedNames><definedName name="Total" localSheetId="1">Second!$A$1</definedName>' +
    '<definedName name="Total" localSheetId="0">First!$A$1</definedName></definedNames>';
  zip.file('xl/workbook.xml', book.replace(/<definedNames>.*<\/definedNames>|(?=<calcPr)/s, names));
  const file = path.join(dir, 'scoped-names.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const [outcome] = await readWorkbooks([file], { size: 1 });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.grid.names).toEqual([
    { name: 'Total', sheet: 'Second', range: 'A1', scope: 'Second' },
    { name: 'Total', sheet: 'First', range: 'A1', scope: 'First' },
  ]);
});
