/**
 * Bench: the team view reading 1,000 workers' filled role profiles and KSF outlines (one workbook per
 * worker, as `ksf-outline --staff --split` makes them), against exceljs loading the same files alone. Ours
 * is safe reading in worker threads, the checker's readers and rules for every worker and the team's
 * counts; writing the team workbook from them is timed apart.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import type { Team } from '../src/consolidate/team/types';
import { GRADES, SETTINGS, WorkerInput } from '../src/roles/worker';
import { excelSerial } from '../src/monthly/month';
import { SheetSpec } from '../src/sheets/model';
import { buildTeamWorkbook, teamStamp } from '../src/sheets/team-sheets';
import { buildWorkerWorkbook } from '../src/sheets/worker-workbook';
import { teamFromFiles } from '../src/xlsx/team-files';
import { workbookBytes } from '../src/xlsx/write-workbook';
import { workerWorkbookBytes } from '../src/xlsx/write-worker-workbook';
import { Timing, timeSideBySide } from './measure';

export interface TeamBench extends Timing {
  files: number;
  workers: number;
  notIncluded: number;
  /** Building and writing the team workbook from the model, once (it has no exceljs counterpart to time against). */
  writeMs: number;
}

const OUTCOMES = ['Foundation gateway met', 'Second gateway met', 'Second gateway not yet met'];
const SELF = ['Competent', 'Competent', 'Developing', 'Needs support'];

/** Types a review into the outline's description before it is written, as a manager would in Excel. */
function fillOutline(sheet: SheetSpec, w: number): void {
  const day = excelSerial({ year: 2008, month: (w % 12) + 1, day: (w % 27) + 1 });
  sheet.rows.forEach((row, r) => {
    const [ref, label] = [String(row[0] ?? ''), String(row[1] ?? '')];
    if (/^(Core \d|HWB\d|IK\d|G\d)$/.test(ref)) row[4] = w % 5 === 0 ? 'Level 1' : row[3];
    else if (/ L\d /.test(ref)) row[4] = (w + r) % 9 === 0 ? 'Not yet met' : 'Met';
    else if (label === 'Gateway outcome') row[2] = OUTCOMES[w % OUTCOMES.length];
    else if (label === 'Review date') row[2] = day;
    else if (/^Signed.*\(Employee\)/.test(label) && w % 4 !== 3) row[2] = `Worker ${w}`;
    else if (/^Signed.*\(Line Manager\)/.test(label) && w % 4 !== 3) row[2] = 'Jo Manager';
    else if (ref === 'NOS' && label.startsWith('What to develop')) {
      sheet.rows[r + 1] = ['HSC35', 'Shadow a senior worker', null, day + 200, 'In progress', 'Supervision'];
      sheet.rows[r + 2] = ['HSC396', 'Coping strategies course', null, day + 400, 'Not started', 'Study leave'];
    }
  });
}

function fillProfile(sheet: SheetSpec, w: number): void {
  const head = sheet.rows.findIndex((row) => row[1] === 'NOS' && row[9] === 'Self-assessment');
  for (let r = head + 1; r < sheet.rows.length && sheet.rows[r]?.[1]; r++)
    sheet.rows[r][9] = SELF[(w + r) % SELF.length];
}

export async function benchTeam(n = 1000, runs = 1): Promise<TeamBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-bench-team-'));
  try {
    const files: string[] = [];
    const made = new Date();
    for (let w = 0; w < n; w++) {
      const worker: WorkerInput = {
        name: `Worker ${String(w + 1).padStart(4, '0')}`,
        grade: GRADES[w % GRADES.length],
        setting: SETTINGS[w % SETTINGS.length],
        team: `Team ${(w % 12) + 1}`,
      };
      const book = buildWorkerWorkbook([worker]);
      const [profile, outline] = book.spec.sheets;
      fillProfile(profile, w);
      fillOutline(outline, w);
      const file = path.join(dir, `worker-${w + 1}.xlsx`);
      fs.writeFileSync(file, await workerWorkbookBytes(book, made));
      files.push(file);
    }
    let team: Team | undefined;
    const ours = async () => {
      team = await teamFromFiles(files, { asOf: '2009-06-15' });
    };
    const reference = async () => {
      for (const file of files) {
        const bytes = await fs.promises.readFile(file);
        await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
      }
    };
    const timing = await timeSideBySide(ours, reference, runs, false);
    const start = performance.now();
    const now = new Date();
    await workbookBytes(buildTeamWorkbook(team!, { chartsNote: true, generated: now }), teamStamp(now));
    const writeMs = performance.now() - start;
    return {
      ...timing,
      files: files.length,
      workers: team!.members.length,
      notIncluded: team!.notIncluded.length,
      writeMs,
    };
  } finally {
    if (!process.env.KEEP_BENCH) fs.rmSync(dir, { recursive: true, force: true });
    else console.error(dir);
  }
}

/** `node bench/team.js [workers]`: this bench alone. */
if (require.main === module) {
  benchTeam(Number(process.argv[2] ?? 1000)).then(
    (t) => console.log(JSON.stringify(t)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
