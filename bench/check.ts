/**
 * Bench: checking a programme's filled monthly returns (1,000 by default) against exceljs loading the same
 * files alone, side by side in the same run. The ratio is what safe reading (preflight, worker threads with
 * memory caps and time limits) plus the rules cost over a bare load. Each run is a process of its own
 * (check-child.ts), started alternately, so each side's peak memory is its own and neither warms the other.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { NATIONAL_DEFINITION } from '../src/monthly/definition';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../src/sheets/monthly-report-sheets';
import { writeWorkbookFile } from '../src/xlsx/write-workbook';
import type { CheckChildResult } from './check-child';
import { medians } from './measure';

export interface CheckBench {
  files: number;
  findings: number;
  /** Medians over the runs. */
  oursMs: number;
  referenceMs: number;
  ratio: number;
  /** Medians of CPU time (worker threads included), and their ratio. */
  oursCpuMs: number;
  referenceCpuMs: number;
  cpuRatio: number;
  /** The highest peak of our checking's own process over the runs. */
  peakRssMb: number;
  referencePeakRssMb: number;
  runs: number;
}

const CHILD = path.join(__dirname, 'check-child.js');

function runChild(mode: 'ours' | 'reference', listFile: string): CheckChildResult {
  const out = execFileSync(process.execPath, [CHILD, mode, listFile], { encoding: 'utf8', maxBuffer: 2 ** 20 });
  return JSON.parse(out.trim().split('\n').pop() as string) as CheckChildResult;
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
        if (rule?.type === 'list')
          cell.value = Number(
            String(rule.formulae?.[0] ?? '"0"')
              .replace(/"/g, '')
              .split(',')[0],
          );
        else if (rule?.type === 'whole') cell.value = 1;
        else if (rule?.type === 'date') cell.value = new Date(Date.UTC(2008, 2, 20));
        else cell.value = 'Progress as planned';
      }),
    );
  }
  await workbook.xlsx.writeFile(file);
}

export async function benchCheck(count = 1000, runs = 3, distinct = 10): Promise<CheckBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-bench-check-'));
  try {
    const originals: string[] = [];
    for (let i = 0; i < distinct; i++) {
      const file = path.join(dir, `site-${i}.xlsx`);
      const spec = buildMonthlyReportWorkbook({
        site: `Site ${i + 1}`,
        lead: `Lead ${i + 1}`,
        firstMonth: { year: 2008, month: 3 },
      });
      await writeWorkbookFile(file, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
      await fillReturn(file);
      originals.push(file);
    }
    const files = Array.from({ length: count }, (_, i) => {
      const copy = path.join(dir, `return-${i}.xlsx`);
      fs.copyFileSync(originals[i % distinct], copy);
      return copy;
    });
    const listFile = path.join(dir, 'files.json');
    fs.writeFileSync(listFile, JSON.stringify(files));
    const ours: CheckChildResult[] = [];
    const reference: CheckChildResult[] = [];
    // Alternate, so drift in the machine's load hits both sides alike.
    for (let i = 0; i < runs; i++) {
      ours.push(runChild('ours', listFile));
      reference.push(runChild('reference', listFile));
    }
    return {
      files: count,
      findings: ours[0].findings,
      ...medians(ours, reference),
      peakRssMb: Math.max(...ours.map((r) => r.peakRssMb)),
      referencePeakRssMb: Math.max(...reference.map((r) => r.peakRssMb)),
      runs,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
