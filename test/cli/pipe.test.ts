/**
 * The real command, bin/str-toolkit.js, with its stdout piped into a slow reader: more than 1 MB of JSON must
 * arrive whole, and the exit status must still be the check's. The bin is run from a copy whose dist-cli
 * entry loads the current TypeScript (scripts/run-ts.js), so no build is needed and the source is what runs.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { buildMonthSheet } from '../../src/sheets/monthly-report-sheets';
import { HEADER_FIELDS } from '../../src/monthly/fields';
import { runCli } from '../helpers/cli';

const repo = path.resolve(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-pipe-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the bin beside a dist-cli/src/cli/main.js that loads src/cli/main.ts. */
function installBin(): string {
  const bin = path.join(dir, 'tool', 'bin', 'str-toolkit.js');
  const main = path.join(dir, 'tool', 'dist-cli', 'src', 'cli', 'main.js');
  fs.mkdirSync(path.dirname(bin), { recursive: true });
  fs.mkdirSync(path.dirname(main), { recursive: true });
  fs.copyFileSync(path.join(repo, 'bin', 'str-toolkit.js'), bin);
  fs.writeFileSync(
    main,
    `require(${JSON.stringify(path.join(repo, 'scripts', 'run-ts.js'))});\n` +
      `module.exports = require(${JSON.stringify(path.join(repo, 'src', 'cli', 'main.ts'))});\n`,
  );
  return bin;
}

/** A year of returns with "x" typed into every input: an error on every field, so a lot of JSON. */
async function badYear(file: string): Promise<void> {
  expect(
    (
      await runCli([
        'monthly-report',
        '--site',
        'Leeds',
        '--lead',
        'Jo',
        '--month',
        '2008-03',
        '--months',
        '12',
        '-o',
        file,
      ])
    ).code,
  ).toBe(0);
  const { names } = buildMonthSheet(NATIONAL_DEFINITION, { site: '', lead: '', month: { year: 2008, month: 3 } });
  const computed = new Set<string>([HEADER_FIELDS.month, HEADER_FIELDS.dueDate, HEADER_FIELDS.site, 'Numbers_Total']);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const sheet of workbook.worksheets.filter((s) => /^\d{4}-\d{2}$/.test(s.name)))
    for (const n of names)
      if (!computed.has(n.name) && !sheet.getCell(n.range).formula) sheet.getCell(n.range).value = 'x';
  await workbook.xlsx.writeFile(file);
}

/** Reads stdin 16 KB at a time with a pause after each read, as a slow `jq` or `less` would, then prints it. */
const SLOW_READER = `
const chunks = [];
process.stdin.on('data', (chunk) => { chunks.push(chunk); process.stdin.pause(); setTimeout(() => process.stdin.resume(), 2); });
process.stdin.on('end', () => require('fs').writeFileSync(process.argv[2], Buffer.concat(chunks)));
`;

test('check --json sends more than 1 MB whole through a slow pipe, and exits 1 for the errors it found', async () => {
  const returns = path.join(dir, 'returns');
  fs.mkdirSync(returns);
  await badYear(path.join(returns, 'leeds-1.xlsx'));
  for (const n of [2, 3, 4, 5])
    fs.copyFileSync(path.join(returns, 'leeds-1.xlsx'), path.join(returns, `leeds-${n}.xlsx`));
  const bin = installBin();
  const reader = path.join(dir, 'slow-reader.js');
  fs.writeFileSync(reader, SLOW_READER);
  const received = path.join(dir, 'received.json');
  const status = path.join(dir, 'status');
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const node = q(process.execPath);
  // A real pipe through the shell; the check's own exit status is kept aside, as `set -o pipefail` would.
  const piped = spawnSync(
    'sh',
    [
      '-c',
      `{ ${node} ${q(bin)} check --json ${q(returns)}; echo $? > ${q(status)}; } | ${node} ${q(reader)} ${q(received)}`,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  expect(piped.stderr).toBe('');
  const text = fs.readFileSync(received, 'utf8');
  expect(text.length).toBeGreaterThan(1_000_000);
  const findings = JSON.parse(text) as { file: string; severity: string }[];
  expect(new Set(findings.map((f) => path.basename(f.file)))).toEqual(
    new Set(['leeds-1.xlsx', 'leeds-2.xlsx', 'leeds-3.xlsx', 'leeds-4.xlsx', 'leeds-5.xlsx']),
  );
  expect(fs.readFileSync(status, 'utf8').trim()).toBe('1');
  expect(findings.filter((f) => f.file.endsWith('leeds-5.xlsx')).length).toBe(
    findings.filter((f) => f.file.endsWith('leeds-1.xlsx')).length,
  );
}, 300_000);
