/**
 * The LibreOffice a jest worker keeps (libreoffice.ts, office.py): every job in the process reuses one office
 * and leaves no document open; an office that hangs ends its job with a clear error, in the time given, and
 * the next job gets a new office; a job that crashes gets one more try in a new office.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  convertWithLibreOffice,
  fillWithLibreOffice,
  findSoffice,
  openDocuments,
  runInOffice,
  workerOfficePid,
} from './libreoffice';

const soffice = findSoffice();
if (!soffice) {
  test.skip('LibreOffice checks skipped: soffice is not installed (.ci/run installs libreoffice-calc-nogui)', () => {});
}

(soffice ? describe : describe.skip)("the jest worker's LibreOffice", () => {
  const office = soffice as string;
  let file: string;

  beforeAll(async () => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-office-')), 'small.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').getCell('A1').value = 1;
    await book.xlsx.writeFile(file);
  });

  test('jobs share one office, and close every document they open', () => {
    convertWithLibreOffice(office, file, 'pdf');
    const first = workerOfficePid();
    fillWithLibreOffice(office, file, 'Sheet1', { A2: '5' });
    convertWithLibreOffice(office, file, 'xlsx:Calc MS Excel 2007 XML');
    expect(workerOfficePid()).toBe(first);
    expect(openDocuments(office)).toBe(0);
  });

  test('a hung office: the job fails in its time with a clear error, and the next job gets a new office', () => {
    const hung = workerOfficePid() as number;
    process.kill(-hung, 'SIGSTOP');
    const started = Date.now();
    expect(() => convertWithLibreOffice(office, file, 'pdf', 5_000)).toThrow(
      /^LibreOffice did not convert .*small\.xlsx to pdf within 5 s .*; that office was stopped/,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(fs.existsSync(convertWithLibreOffice(office, file, 'pdf'))).toBe(true);
    expect(workerOfficePid()).not.toBe(hung);
    expect(fs.existsSync(`/proc/${hung}`)).toBe(false);
  });

  /** A job that crashes (SIGSEGV) while `marker` is missing, making it; then says "done". */
  function crashingJob(marker: string, always = false): string[] {
    const crash = 'import os, signal; os.kill(os.getpid(), signal.SIGSEGV)';
    const script = always
      ? crash
      : `import os, sys\nif not os.path.exists(${JSON.stringify(marker)}):\n    open(${JSON.stringify(marker)}, 'w').close()\n    ${crash}\nprint('done')`;
    return ['-c', script];
  }

  test('a job that crashes gets one more try, in a new office; one that crashes again fails, saying so', () => {
    const marker = path.join(path.dirname(file), 'crashed-once');
    convertWithLibreOffice(office, file, 'pdf');
    const before = workerOfficePid();
    expect(runInOffice(office, crashingJob(marker), 'crash once', { timeoutMs: 60_000 }).trim()).toBe('done');
    expect(fs.existsSync(marker)).toBe(true);
    expect(workerOfficePid()).not.toBe(before);
    expect(() => runInOffice(office, crashingJob(marker, true), 'crash', { timeoutMs: 60_000 })).toThrow(
      /^LibreOffice could not crash \(its job ended on SIGSEGV, twice\)/,
    );
    expect(fs.existsSync(convertWithLibreOffice(office, file, 'pdf'))).toBe(true);
  });
});
