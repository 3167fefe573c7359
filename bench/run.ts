/**
 * `npm run bench`: every benchmark in one run, printed as one table and written to bench/results.md.
 * Benchmarks are not unit tests; CI does not run them.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { buildFrameworkWorkbook, frameworkStamp } from '../src/sheets/framework-sheets';
import { workbookBytes } from '../src/xlsx/write-workbook';
import { measureFrameworkInsert } from '../test/fakes/measure-insert';
import { timeSideBySide } from './measure';

interface Row {
  scenario: string;
  size: string;
  ours: string;
  reference: string;
  ratio: string;
  syncs: string;
  payload: string;
  peakMemory: string;
}

const ROOT = path.resolve(__dirname, '..', '..');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** exceljs writing the same cell values with no styling, tables or print setup: the floor for our layer. */
async function plainExcelJs(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of buildFrameworkWorkbook().sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row) => ws.addRow(row));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function frameworkRows(): Promise<Row[]> {
  const insert = await measureFrameworkInsert();
  const cli = await timeSideBySide(
    () => workbookBytes(buildFrameworkWorkbook(), frameworkStamp(new Date())),
    plainExcelJs,
    9,
  );
  return [
    {
      scenario: 'Insert framework, Office.js (fake host)',
      size: `${insert.sheets.length} sheets`,
      ours: '–',
      reference: '–',
      ratio: '–',
      syncs: String(insert.syncs),
      payload: `${kb(insert.payloadBytes)} largest sync (limit 5 MB)`,
      peakMemory: '–',
    },
    {
      scenario: 'Framework workbook, command line vs plain exceljs write',
      size: `${insert.sheets.length} sheets`,
      ours: ms(cli.oursMs),
      reference: ms(cli.referenceMs),
      ratio: cli.ratio.toFixed(2),
      syncs: '–',
      payload: '–',
      peakMemory: `${cli.peakRssMb.toFixed(0)} MB`,
    },
  ];
}

function bundleRows(): Row[] {
  const dist = path.join(ROOT, 'dist');
  return ['taskpane.js', 'commands.js'].map((file) => {
    const full = path.join(dist, file);
    const size = fs.existsSync(full) ? kb(fs.statSync(full).size) : 'not built (run npm run build)';
    return {
      scenario: `Bundle ${file} (minified, without office.js; budget 300 KB)`,
      size,
      ours: '–',
      reference: '–',
      ratio: '–',
      syncs: '–',
      payload: '–',
      peakMemory: '–',
    };
  });
}

function table(rows: Row[]): string {
  const header = ['scenario', 'size', 'our time', 'reference time', 'ratio', 'syncs', 'payload', 'peak memory'];
  const lines = rows.map((r) => [r.scenario, r.size, r.ours, r.reference, r.ratio, r.syncs, r.payload, r.peakMemory]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows = [...(await frameworkRows()), ...bundleRows()];
  const output = table(rows);
  console.log(output);
  const note = `Measured ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}, in ${((Date.now() - started) / 1000).toFixed(1)} s. Times are medians of side-by-side runs.`;
  console.log(`\n${note}`);
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.md'), `# Benchmark results\n\n${output}\n\n${note}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
