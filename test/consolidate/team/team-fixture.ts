/**
 * A team of 30 workers' role profiles and KSF outlines, made by the toolkit's own writer and filled in with
 * exceljs as reviewers would: reviews at different dates (some overdue as of AS_OF, some not held yet), some
 * unsigned, gateways passed and not, levels below the outline, PDP actions past their dates, NOS needing
 * support. Twenty are in two staff-list workbooks of ten; the rest have a workbook each. Plus the awkward inputs: an
 * older copy of one worker's outline, a workbook holding no outline, and a damaged file.
 * Each worker's plan is kept, so a test can count what every sheet should say by plain arithmetic.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { Grade, Setting, WorkerInput } from '../../../src/roles/worker';
import { buildWorkerWorkbook } from '../../../src/sheets/worker-workbook';
import { workerWorkbookBytes } from '../../../src/xlsx/write-worker-workbook';
import { fillOutlineReview, fillPdp, fillSelfAssessments, PdpEntry } from '../../../src/xlsx/fill-in';
import { copyOfFixture, SOURCES } from '../../helpers/fixture-cache';

export const AS_OF = '2009-06-15';
export const TEAMS = ['Crisis North', 'Community South', 'Early Intervention'];
const GRADES: Grade[] = ['foundation', 'intermediate', 'senior'];
const SETTINGS: Setting[] = ['crisis', 'community-mental-health-team', 'early-intervention'];
/**
 * Review dates in turn: a year on from each is overdue, due soon, not due, not due, none held, overdue, not
 * due; three workers agreed an earlier next review. So the 30 give different counts of each (11 overdue,
 * 5 due soon, 10 not due, 4 not held yet), and a total counting the wrong thing cannot pass by chance.
 */
const REVIEWS = ['2008-03-10', '2008-07-01', '2008-11-20', '2009-02-05', null, '2008-05-02', '2008-12-01'];
const OUTCOMES = [
  'Foundation gateway met',
  'Second gateway met',
  'Foundation gateway not yet met',
  'Second gateway not yet met',
];
/** NOS some workers need support with or are developing in. */
export const NEEDS = ['HSC35', 'HSC396', 'HSC233', 'HSC31', 'HSC3112', 'HSC389', 'HSC347'];

export interface WorkerPlan {
  worker: WorkerInput & { team: string };
  file: string;
  review: null | {
    date: string;
    /** A next review date typed on the outline, when it is not a year on. */
    nextReview?: string;
    outcome: string;
    signed: boolean;
    /** Dimension → level typed when not the second-gateway level ("" = left blank). */
    demonstrated: Record<string, string>;
  };
  self: Record<string, string>;
  pdp: (PdpEntry & { targetIso?: string })[];
}

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

const sixMonthsOn = (iso: string) => {
  const d = day(iso);
  d.setUTCMonth(d.getUTCMonth() + 6);
  return d.toISOString().slice(0, 10);
};

export function planTeam(count = 30): WorkerPlan[] {
  return Array.from({ length: count }, (_, i) => {
    const team = TEAMS[Math.floor((i * TEAMS.length) / count)];
    const worker = {
      name: `Worker ${String(i + 1).padStart(2, '0')} ${['Ash', 'Birch', 'Cedar', 'Elm', 'Fir'][i % 5]}`,
      grade: GRADES[i % 3],
      setting: SETTINGS[Math.floor((i * TEAMS.length) / count)],
      team,
    };
    const date = REVIEWS[i % REVIEWS.length];
    const demonstrated: Record<string, string> = {};
    if (i % 4 === 1) demonstrated['Core 1'] = 'Level 1';
    if (i % 6 === 2) demonstrated['Core 2'] = '';
    if (i % 7 === 3) demonstrated['Core 4'] = 'Not yet at Level 1';
    const self: Record<string, string> = { HSC35: 'Competent', HSC31: 'Competent', HSC33: 'Competent' };
    const pdp: WorkerPlan['pdp'] = [];
    if (i % 2 === 0) {
      const code = NEEDS[i % 3];
      self[code] = 'Needs support';
      const targetIso = ['2009-01-31', '2009-09-30', '2009-04-30'][i % 3];
      const achieved = i % 8 === 0;
      pdp.push({
        nos: code,
        action: `Shadow a senior worker on ${code}`,
        support: 'Supervision every fortnight',
        target: day(targetIso),
        targetIso,
        progress: achieved ? 'Achieved' : 'In progress',
        ...(achieved && { achieved: day('2009-01-15') }),
      });
    }
    if (i % 3 === 1) {
      const code = NEEDS[3 + (i % 4)];
      self[code] = 'Developing';
      const targetIso = i % 2 === 0 ? '2009-05-31' : '2010-03-31';
      pdp.push({
        nos: code,
        action: `Course on ${code}`,
        support: 'Study leave',
        target: day(targetIso),
        targetIso,
        progress: 'Not started',
      });
    }
    if (i % 10 === 9) pdp.push({ action: 'Agree a date for the NVQ assessment', progress: 'Not started' });
    return {
      worker,
      file: i < 20 ? STAFF_FILES[Math.floor(i / 10)] : `worker-${String(i + 1).padStart(2, '0')}.xlsx`,
      review: date
        ? {
            date,
            outcome: OUTCOMES[i % OUTCOMES.length],
            signed: i % 3 !== 2,
            demonstrated,
            // Some agreed an earlier next review, six months on, and typed it on the outline.
            ...(i % 13 === 3 && { nextReview: sixMonthsOn(date) }),
          }
        : null,
      self,
      pdp,
    };
  });
}

/** The older copy of one worker (reviewed a year before), which the later review replaces. */
export const OLDER_COPY = { index: 21, file: 'worker-22-2007.xlsx', date: '2007-03-01' };
/** Staff lists of ten workers each, as `ksf-outline --staff` makes them; the others have a workbook each. */
export const STAFF_FILES = ['crisis-north-staff.xlsx', 'community-south-staff.xlsx'];
export const NO_OUTLINE_FILE = 'notes.xlsx';
export const DAMAGED_FILE = 'damaged.xlsx';

async function fill(bytes: Uint8Array, plans: WorkerPlan[], reviewDate?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const p of plans) {
    const outline = workbook.getWorksheet(`KSF - ${p.worker.name}`)!;
    const profile = workbook.getWorksheet(`Role - ${p.worker.name}`)!;
    fillSelfAssessments(profile, p.self);
    // fillPdp types only the plan's own columns: targetIso (kept for the tests' sums) is not among them.
    fillPdp(outline, p.pdp);
    const review = p.review;
    if (!review) continue;
    const date = reviewDate ?? review.date;
    fillOutlineReview(outline, {
      outcome: review.outcome,
      reviewDate: day(date),
      demonstrated: review.demonstrated,
      ...(review.nextReview && { nextReview: day(review.nextReview) }),
      ...(review.signed && { signed: { employee: p.worker.name, manager: 'Jo Manager', on: day(date) } }),
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes the team's files into `dir`; returns every path, the awkward ones included. */
export async function writeTeam(dir: string, plans: WorkerPlan[]): Promise<string[]> {
  const made = new Date(Date.UTC(2008, 0, 2));
  const byFile = new Map<string, WorkerPlan[]>();
  for (const p of plans) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const files: string[] = [];
  for (const [file, group] of byFile) {
    const bytes = await workerWorkbookBytes(buildWorkerWorkbook(group.map((p) => p.worker)), made);
    fs.writeFileSync(path.join(dir, file), await fill(bytes, group));
    files.push(path.join(dir, file));
  }
  const older = plans[OLDER_COPY.index];
  if (older) {
    const bytes = await workerWorkbookBytes(buildWorkerWorkbook([older.worker]), made);
    fs.writeFileSync(path.join(dir, OLDER_COPY.file), await fill(bytes, [older], OLDER_COPY.date));
    files.push(path.join(dir, OLDER_COPY.file));
  }
  const notes = new ExcelJS.Workbook();
  notes.addWorksheet('Notes').getCell('A1').value = 'Team meeting notes';
  fs.writeFileSync(path.join(dir, NO_OUTLINE_FILE), Buffer.from(await notes.xlsx.writeBuffer()));
  fs.writeFileSync(path.join(dir, DAMAGED_FILE), 'PK\u0003\u0004 this is not really a workbook');
  files.push(path.join(dir, NO_OUTLINE_FILE), path.join(dir, DAMAGED_FILE));
  return files;
}

/**
 * The same files as `writeTeam(dir, planTeam(count))`, made once per source version for every test file
 * (fixture-cache.ts) and copied into `dir`; returns every path, in writeTeam's order.
 */
export async function copyTeam(dir: string, count = 30): Promise<string[]> {
  const names = await copyOfFixture(
    {
      // Named by count too: an entry of another count is not an older version of this one.
      name: `team-${count}`,
      inputs: [...SOURCES, 'test/consolidate/team/team-fixture.ts'],
      parameters: { count },
      build: async (into) => (await writeTeam(into, planTeam(count))).map((file) => path.basename(file)),
    },
    dir,
  );
  return names.map((name) => path.join(dir, name));
}
