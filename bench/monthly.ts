/**
 * Bench: the command line writing a whole programme's monthly reports (74 sites × 12 months by default),
 * against exceljs writing the same cell values with no styling, checks, names or protection. The ratio is
 * what our layer costs over exceljs' own.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../src/cli/main';
import { buildMonthlyReportWorkbook } from '../src/sheets/monthly-report-sheets';
import { CellValue } from '../src/sheets/model';
import { Timing, timeSideBySide } from './measure';

export interface MonthlyBench extends Timing {
  /** Workbooks one run writes: one per site. */
  files: number;
}

const FIRST_MONTH = { year: 2008, month: 3 };

export async function benchMonthlyReports(sites = 74, months = 12, runs = 1): Promise<MonthlyBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-bench-monthly-'));
  try {
    const programme = Array.from({ length: sites }, (_, i) => ({
      site: `Partnership team ${i + 1}`,
      lead: `Programme lead ${i + 1}`,
    }));
    const csv = path.join(dir, 'sites.csv');
    fs.writeFileSync(csv, ['Site,Lead', ...programme.map((p) => `${p.site},${p.lead}`)].join('\n'));
    // The reference gets its cell values ready-made: it times exceljs alone.
    const values = programme.map((p) =>
      buildMonthlyReportWorkbook({ ...p, firstMonth: FIRST_MONTH, months }).sheets.map((s) => ({
        name: s.name,
        rows: s.rows,
      })),
    );
    let round = 0;

    const ours = async () => {
      const out = path.join(dir, `ours-${round++}`);
      const args = ['monthly-report', '--sites', csv, '--split', out, '--month', '2008-03', '--months', String(months)];
      const errors: string[] = [];
      const code = await main(
        args,
        () => undefined,
        (line) => errors.push(line),
      );
      if (code !== 0) throw new Error(`monthly-report failed: ${errors.join('\n')}`);
    };
    const reference = async () => {
      const out = path.join(dir, `reference-${round++}`);
      fs.mkdirSync(out);
      for (const [i, workbook] of values.entries()) {
        await fs.promises.writeFile(path.join(out, `${i}.xlsx`), await plainWorkbook(workbook));
      }
    };

    const timing = await timeSideBySide(ours, reference, runs);
    return { ...timing, files: sites };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function plainWorkbook(sheets: { name: string; rows: CellValue[][] }[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
