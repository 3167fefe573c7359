/**
 * `npm run bench`: every benchmark in one run, printed as one table and written to bench/results.md.
 * Benchmarks are not unit tests; CI does not run them.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildFrameworkWorkbook, frameworkStamp } from '../src/sheets/framework-sheets';
import { workbookBytes } from '../src/xlsx/write-workbook';
import { measureEveryFlow } from '../test/fakes/measure-flows';
import { timeSideBySide } from './measure';
import { benchMonthlyReports } from './monthly';
import { benchKsfOutlines } from './ksf';
import { benchCheck } from './check';
import { benchConsolidate } from './consolidate';
import { benchTeam } from './team';

interface Row {
  scenario: string;
  size: string;
  ours: string;
  reference: string;
  ratio: string;
  syncs: string;
  /** The largest request body Microsoft's Excel library serialises for the flow (Office.js rows). */
  largestRealRequest?: string;
  /** The largest response the flow's reads get back, in the shape Microsoft's library reads (Office.js rows). */
  largestRealResponse?: string;
  peakMemory: string;
}

const ROOT = path.resolve(__dirname, '..', '..');
/** Side-by-side runs of the check bench, each side in a process of its own. */
const CHECK_RUNS = 2;
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

/**
 * Every Office.js flow at the sizes the README quotes, on the test host built on Microsoft's library:
 * round trips, the largest real request body and the largest response (Excel on the web refuses either
 * over 5 MB; the budget is 4 MB).
 */
async function officeJsRows(): Promise<Row[]> {
  const flows = await measureEveryFlow();
  return flows.map((f) => ({
    ...none,
    scenario: `${f.flow}, Office.js (Microsoft's library on the test host)`,
    size: f.size,
    syncs: String(f.syncs),
    largestRealRequest: mb(f.largestRequest),
    largestRealResponse: mb(f.largestResponse),
  }));
}

async function frameworkRows(): Promise<Row[]> {
  const insert = { sheets: buildFrameworkWorkbook().sheets };
  const cli = await timeSideBySide(
    () => workbookBytes(buildFrameworkWorkbook(), frameworkStamp(new Date())),
    plainExcelJs,
    9,
  );
  return [
    {
      scenario: 'Framework workbook, command line vs plain exceljs write',
      size: `${insert.sheets.length} sheets`,
      ours: ms(cli.oursMs),
      reference: ms(cli.referenceMs),
      ratio: cli.ratio.toFixed(2),
      syncs: '–',
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
      peakMemory: '–',
    };
  });
}

function table(rows: Row[]): string {
  const header = [
    'scenario',
    'size',
    'our time',
    'reference time',
    'ratio',
    'syncs',
    'largest real request',
    'largest real response',
    'peak memory',
  ];
  const lines = rows.map((r) => [
    r.scenario,
    r.size,
    r.ours,
    r.reference,
    r.ratio,
    r.syncs,
    r.largestRealRequest ?? '–',
    r.largestRealResponse ?? '–',
    r.peakMemory,
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const none = { ours: '–', reference: '–', ratio: '–', syncs: '–', peakMemory: '–' };

async function monthlyRows(): Promise<Row[]> {
  const monthly = await benchMonthlyReports(74, 12);
  return [
    {
      scenario: 'Monthly reports, command line vs exceljs writing the same cells unstyled',
      size: `74 sites × 12 months (${monthly.files} files)`,
      ours: ms(monthly.oursMs),
      reference: ms(monthly.referenceMs),
      ratio: monthly.ratio.toFixed(2),
      syncs: '–',
      peakMemory: `${monthly.peakRssMb.toFixed(0)} MB`,
    },
  ];
}

async function ksfRows(): Promise<Row[]> {
  const ksf = await benchKsfOutlines(1000);
  return [
    {
      ...none,
      scenario: 'KSF outlines + role profiles, command line --split',
      size: '1,000 workers',
      ours: `${ksf.cliMsPerWorker.toFixed(0)} ms per worker`,
      peakMemory: `${ksf.peakRssMb.toFixed(0)} MB`,
    },
  ];
}

async function checkRows(): Promise<Row[]> {
  const check = await benchCheck(1000, CHECK_RUNS);
  return [
    {
      scenario: 'Check filled monthly returns vs exceljs loading them alone',
      size: `${check.files.toLocaleString('en-GB')} returns`,
      ours: `${ms(check.oursMs)} (CPU ${ms(check.oursCpuMs)})`,
      reference: `${ms(check.referenceMs)} (CPU ${ms(check.referenceCpuMs)})`,
      ratio: `${check.ratio.toFixed(2)} (CPU ${check.cpuRatio.toFixed(2)})`,
      syncs: '–',
      peakMemory: `${check.peakRssMb.toFixed(0)} MB`,
    },
  ];
}

async function consolidateRows(): Promise<Row[]> {
  const consolidated = await benchConsolidate(74, 12);
  return [
    {
      scenario: 'Consolidate a programme’s monthly returns vs exceljs loading them alone',
      size: `${consolidated.returns} returns (74 sites × 12 months, ${consolidated.files} files)`,
      ours: `${ms(consolidated.oursMs)} (CPU ${ms(consolidated.oursCpuMs)})`,
      reference: `${ms(consolidated.referenceMs)} (CPU ${ms(consolidated.referenceCpuMs)})`,
      ratio: `${consolidated.ratio.toFixed(2)} (CPU ${consolidated.cpuRatio.toFixed(2)})`,
      syncs: '–',
      peakMemory: `${consolidated.peakRssMb.toFixed(0)} MB`,
    },
  ];
}

async function teamRows(): Promise<Row[]> {
  const team = await benchTeam(1000);
  return [
    {
      scenario: "Team view: reading workers' outlines and profiles vs exceljs loading them alone",
      size: `${team.workers.toLocaleString('en-GB')} workers (${team.files.toLocaleString('en-GB')} files)`,
      ours: ms(team.oursMs),
      reference: ms(team.referenceMs),
      ratio: team.ratio.toFixed(2),
      syncs: '–',
      peakMemory: `${team.peakRssMb.toFixed(0)} MB`,
    },
    {
      ...none,
      scenario: 'Team view: writing the team workbook from what was read',
      size: `${team.workers.toLocaleString('en-GB')} workers`,
      ours: ms(team.writeMs),
    },
  ];
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows: Row[] = [];
  // `node dist-cli/bench/run.js check consolidate` runs only those scenarios (by name) and replaces their rows.
  const only = process.argv.slice(2);
  const scenarios = [officeJsRows, frameworkRows, monthlyRows, ksfRows, checkRows, consolidateRows, teamRows].filter(
    (scenario) => only.length === 0 || only.some((name) => scenario.name.toLowerCase().startsWith(name)),
  );
  for (const scenario of scenarios) {
    rows.push(...(await scenario()));
    console.error(`  done: ${scenario.name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  if (only.length === 0) rows.push(...bundleRows());
  const output = table(rows);
  console.log(output);
  const note = [
    `Measured ${new Date().toISOString()} on ${process.platform} ${process.arch}, ${os.availableParallelism()} cores, Node ${process.version}, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    'Times are medians of side-by-side runs, ours and the reference alternating.',
    'CPU: the process’s user + system time, worker threads included; ours uses a worker thread per core, so on a quiet machine its CPU ratio is above its time ratio, and on a busy one the CPU ratio is the steadier figure.',
    `Checking: our time is \`checkFiles\` over the returns (preflight, a worker thread per core with heap caps and time limits, the rules); the reference is exceljs alone loading the same files one after another (\`fs.promises.readFile\` then \`xlsx.load\`); each run is a separate Node process (bench/check-child.ts), ${CHECK_RUNS} runs a side.`,
    "Peak memory: for checking, the peak resident memory (getrusage max RSS, worker threads included) of our checking's own process, highest over its runs; elsewhere, the bench process's resident memory sampled after each run.",
  ].join(' ');
  console.log(`\n${note}`);
  const results = path.join(ROOT, 'bench', 'results.md');
  if (only.length === 0) fs.writeFileSync(results, `# Benchmark results\n\n${output}\n\n${note}\n`);
  else fs.writeFileSync(results, withRowsReplaced(fs.readFileSync(results, 'utf8'), rows, note));
}

/** results.md with the rows of the scenarios just run replaced (matched by scenario and size) and their note added. */
function withRowsReplaced(markdown: string, rows: Row[], note: string): string {
  const fresh = table(rows).split('\n').slice(2);
  const key = (line: string) => line.split(' | ').slice(0, 2).join(' | ');
  const lines = markdown
    .trimEnd()
    .split('\n')
    .map((line) => fresh.find((row) => key(row) === key(line)) ?? line);
  return `${lines.join('\n')}\n\nRe-measured: ${rows.map((r) => r.scenario).join('; ')}. ${note}\n`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
