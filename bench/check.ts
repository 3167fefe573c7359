/**
 * Bench: checking a programme's filled monthly returns (1,000 by default) against exceljs loading the same
 * files alone, in one process, side by side. The ratio is what safe reading (preflight, worker threads with
 * memory caps and time limits) plus the rules cost over a bare load.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkFiles } from '../src/check/check-files';
import { CHECKERS } from '../src/check/checkers';
import { NATIONAL_DEFINITION } from '../src/monthly/definition';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../src/sheets/monthly-report-sheets';
import { writeWorkbookFile } from '../src/xlsx/write-workbook';
import { Timing, timeSideBySide } from './measure';

export interface CheckBench extends Timing {
  files: number;
  findings: number;
}

/** Fills every input the way a site lead would: the first allowed rating, small counts, dates in the month. */
async function fillReturn(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.protection?.locked !== false || cell.value) return;
        const rule = cell.dataValidation;
        if (rule?.type === 'list') cell.value = Number(String(rule.formulae?.[0] ?? '"0"').replace(/"/g, '').split(',')[0]);
        else if (rule?.type === 'whole') cell.value = 1;
        else if (rule?.type === 'date') cell.value = new Date(Date.UTC(2008, 2, 20));
        else cell.value = 'Progress as planned';
      }),
    );
  }
  await workbook.xlsx.writeFile(file);
}

export async function benchCheck(count = 1000, distinct = 10): Promise<CheckBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-bench-check-'));
  try {
    const originals: string[] = [];
    for (let i = 0; i < distinct; i++) {
      const file = path.join(dir, `site-${i}.xlsx`);
      const spec = buildMonthlyReportWorkbook({ site: `Site ${i + 1}`, lead: `Lead ${i + 1}`, firstMonth: { year: 2008, month: 3 } });
      await writeWorkbookFile(file, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
      await fillReturn(file);
      originals.push(file);
    }
    const files = Array.from({ length: count }, (_, i) => {
      const copy = path.join(dir, `return-${i}.xlsx`);
      fs.copyFileSync(originals[i % distinct], copy);
      return copy;
    });
    let findings = 0;
    const ours = async () => {
      const result = await checkFiles(files, [], CHECKERS, new Date(Date.UTC(2008, 3, 3)));
      if (result.unreadable.length > 0) throw new Error(result.unreadable[0].message);
      findings = result.findings.length;
    };
    const reference = async () => {
      for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
    };
    const timing = await timeSideBySide(ours, reference, 1, false);
    return { ...timing, files: count, findings };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
