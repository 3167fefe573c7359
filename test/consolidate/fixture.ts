/**
 * A programme of 10 sites × 3 months of monthly returns with known numbers, written as the toolkit's own
 * monthly-report workbooks (one per site, a sheet per month) and filled in with exceljs like a site lead
 * would. Plus the awkward inputs: a corrupt file, a workbook that is not a return, and a site and month sent
 * again with a correction (submitted later, so it replaces the first). The expected numbers are worked out here by plain arithmetic.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { ADDED_FIELDS, areaField, numberField, objectiveFields, postField } from '../../src/monthly/fields';
import { Month, addMonths, formatMonth } from '../../src/monthly/month';
import { objectivesOf } from '../../src/consolidate/programme';
import {
  buildMonthSheet,
  buildMonthlyReportWorkbook,
  monthlyReportStamp,
} from '../../src/sheets/monthly-report-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { FieldValue, fillMonthSheet } from '../../src/xlsx/fill-in';
import { copyOfFixture, SOURCES } from '../helpers/fixture-cache';

export const SITE_COUNT = 10;
export const MONTH_COUNT = 3;
export const FIRST_MONTH: Month = { year: 2008, month: 3 };
export const MONTHS = Array.from({ length: MONTH_COUNT }, (_, m) => addMonths(FIRST_MONTH, m));
export const OBJECTIVES = objectivesOf(NATIONAL_DEFINITION);
const SCALES = NATIONAL_DEFINITION.sections.flatMap((s) => s.objectives.map((o) => o.scale.map((l) => l.value)));
export const AREA_IDS = [...NATIONAL_DEFINITION.serviceAreas.teams, NATIONAL_DEFINITION.serviceAreas.other].map(
  (a) => a.id,
);

/** The site and month sent again, corrected (the correction counts), and the planted bad rating. */
export const DUPLICATE = { site: 3, month: 1 };
export const OFF_SCALE = { site: 4, month: 2, objective: 'ET1', value: 2 };

export const siteName = (s: number) => `Site ${String(s + 1).padStart(2, '0')}`;

export interface KnownReturn {
  site: string;
  month: Month;
  inPost: number;
  inRecruitment: number;
  identified: number;
  converted: number;
  newPosts: number;
  lived: number;
  /** By area id, every area. */
  areas: Record<string, number>;
  /** Per objective, in order; null where the typed rating is off the scale (it does not count). */
  ratings: (number | null)[];
  /** What was typed into each rating cell. */
  typedRatings: number[];
  /** The day of the next month typed as "Date submitted". */
  submittedDay: number;
}

export function knownReturn(s: number, m: number): KnownReturn {
  const inPost = s + m + 1;
  const outreach = s % 3;
  const other = s % 2 === 0 ? 1 : 0;
  const rest = inPost - outreach - other;
  const early = Math.min(rest, s >= 5 ? 1 : 0);
  const areas = Object.fromEntries(AREA_IDS.map((id) => [id, 0]));
  areas.AssertiveOutreach = outreach;
  areas.Other = other;
  areas.EarlyIntervention = early;
  areas.CMHT = rest - early;
  const converted = Math.floor(inPost / 2);
  const typedRatings = SCALES.map((scale, j) => scale[(s + m + j) % scale.length]);
  const ratings: (number | null)[] = [...typedRatings];
  const off = OBJECTIVES.findIndex((o) => o.key === OFF_SCALE.objective);
  if (s === OFF_SCALE.site && m === OFF_SCALE.month) {
    typedRatings[off] = OFF_SCALE.value;
    ratings[off] = null;
  }
  return {
    site: siteName(s),
    month: MONTHS[m],
    inPost,
    inRecruitment: (s % 3) + m,
    identified: (s * 2 + m) % 5,
    converted,
    newPosts: inPost - converted,
    lived: s % 4,
    areas,
    ratings,
    typedRatings,
    submittedDay: 3,
  };
}

/** DUPLICATE's return as sent again two days later, with its count in recruitment corrected. */
export function corrected(k: KnownReturn): KnownReturn {
  return { ...k, inRecruitment: k.inRecruitment + 2, submittedDay: 5 };
}

/** Every known return, site by site, month by month. */
export function allKnown(): KnownReturn[] {
  return Array.from({ length: SITE_COUNT }, (_, s) => MONTHS.map((_, m) => knownReturn(s, m))).flat();
}

/** The returns that count: every one, DUPLICATE's as corrected. */
export function countedKnown(): KnownReturn[] {
  return allKnown().map((k) =>
    k.site === siteName(DUPLICATE.site) && k.month === MONTHS[DUPLICATE.month] ? corrected(k) : k,
  );
}

const CELLS = new Map(
  buildMonthSheet(NATIONAL_DEFINITION, { site: '', lead: '', month: FIRST_MONTH }).names.map((n) => [n.name, n.range]),
);
const cellOf = (name: string) => {
  const cell = CELLS.get(name);
  if (!cell) throw new Error(`No field ${name}`);
  return cell;
};

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** What a site lead types into the return for `k`. */
function typedValues(k: KnownReturn): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {
    [numberField('InPost')]: k.inPost,
    [numberField('InRecruitment')]: k.inRecruitment,
    [numberField('Identified')]: k.identified,
    [postField('Converted')]: k.converted,
    [postField('New')]: k.newPosts,
  };
  for (const id of AREA_IDS) if (k.areas[id] > 0) values[areaField(id)] = k.areas[id];
  if (k.areas.Other > 0) values.Area_OtherName = 'Forensic outreach';
  OBJECTIVES.forEach((o, j) => {
    const fields = objectiveFields(o.key);
    values[fields.baseline] = 0;
    values[fields.selfRating] = k.typedRatings[j];
    // Achieved: the date it was; not yet: the improvement cycle (PDSA) working on it.
    if (k.typedRatings[j] === o.achieved) values[fields.dateAchieved] = utc(k.month.year, k.month.month, 15);
    else values[fields.pdsa] = j + 1;
  });
  values.Report_Progress = 'Recruitment on plan.';
  values[ADDED_FIELDS.steeringGroupMeeting] = utc(2008, 2, 1);
  values[ADDED_FIELDS.livedExperience] = k.lived;
  const next = addMonths(k.month, 1);
  values[ADDED_FIELDS.dateSubmitted] = utc(next.year, next.month, k.submittedDay);
  return values;
}

/** A generated report for `site` with these months' sheets, filled with `returns`. */
async function writeFilled(file: string, returns: KnownReturn[]): Promise<void> {
  const first = returns[0];
  const spec = buildMonthlyReportWorkbook({
    site: first.site,
    lead: `Lead of ${first.site}`,
    firstMonth: first.month,
    months: returns.length,
  });
  await writeWorkbookFile(file, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const k of returns) fillMonthSheet(workbook.getWorksheet(formatMonth(k.month))!, cellOf, typedValues(k));
  await workbook.xlsx.writeFile(file);
}

export interface ProgrammeFiles {
  /** One return per site and month, as sites send them: "site-01-2008-03.xlsx". */
  returns: string[];
  /** DUPLICATE's site and month sent again, corrected and submitted later. */
  duplicate: string;
  corrupt: string;
  notAReturn: string;
  all: string[];
}

export const returnFile = (dir: string, s: number, m: number) =>
  path.join(dir, `site-${String(s + 1).padStart(2, '0')}-${formatMonth(MONTHS[m])}.xlsx`);

/**
 * One file per return: exceljs keeps only one sheet's copy of names that every month's sheet shares, so a
 * multi-month workbook it re-saves would be read by label (the checker then warns on every field).
 */
export async function writeProgrammeFiles(dir: string): Promise<ProgrammeFiles> {
  const returns: string[] = [];
  for (let s = 0; s < SITE_COUNT; s++) {
    for (let m = 0; m < MONTH_COUNT; m++) {
      const file = returnFile(dir, s, m);
      await writeFilled(file, [knownReturn(s, m)]);
      returns.push(file);
    }
  }
  const duplicate = returnFile(dir, DUPLICATE.site, DUPLICATE.month).replace(/\.xlsx$/, '-again.xlsx');
  await writeFilled(duplicate, [corrected(knownReturn(DUPLICATE.site, DUPLICATE.month))]);
  const corrupt = path.join(dir, 'broken.xlsx');
  fs.writeFileSync(corrupt, Buffer.from('PK\u0003\u0004 this is not really a workbook'));
  const notAReturn = path.join(dir, 'notes.xlsx');
  const notes = new ExcelJS.Workbook();
  notes.addWorksheet('My notes').getCell('A1').value = 'Phone the sites on Friday';
  await notes.xlsx.writeFile(notAReturn);
  return { returns, duplicate, corrupt, notAReturn, all: [...returns, duplicate, corrupt, notAReturn] };
}

/** Every path of `files` passed through `to`. */
const eachFile = (files: ProgrammeFiles, to: (file: string) => string): ProgrammeFiles => ({
  returns: files.returns.map(to),
  duplicate: to(files.duplicate),
  corrupt: to(files.corrupt),
  notAReturn: to(files.notAReturn),
  all: files.all.map(to),
});

/**
 * The same files as `writeProgrammeFiles(dir)`, made once per source version for every test file
 * (fixture-cache.ts) and copied into `dir`. Their stamps say when they were built, not now: no test reads that.
 */
export async function copyProgrammeFiles(dir: string): Promise<ProgrammeFiles> {
  const names = await copyOfFixture(
    {
      name: 'programme',
      inputs: [...SOURCES, 'test/consolidate/fixture.ts'],
      build: async (into) => eachFile(await writeProgrammeFiles(into), (file) => path.basename(file)),
    },
    dir,
  );
  return eachFile(names, (name) => path.join(dir, name));
}

// ---------- expected numbers, by plain arithmetic ----------

const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
const sameMonth = (a: Month, b: Month) => a.year === b.year && a.month === b.month;

export interface ExpectedMonth {
  month: string;
  sites: number;
  inPost: number;
  inRecruitment: number;
  identified: number;
  total: number;
  converted: number;
  newPosts: number;
  lived: number;
  livedShare: number;
}

export function expectedMonths(): ExpectedMonth[] {
  const counted = countedKnown();
  return MONTHS.map((month) => {
    const rows = counted.filter((k) => sameMonth(k.month, month));
    const inPost = total(rows.map((k) => k.inPost));
    const inRecruitment = total(rows.map((k) => k.inRecruitment));
    const identified = total(rows.map((k) => k.identified));
    const lived = total(rows.map((k) => k.lived));
    return {
      month: formatMonth(month),
      sites: rows.length,
      inPost,
      inRecruitment,
      identified,
      total: inPost + inRecruitment + identified,
      converted: total(rows.map((k) => k.converted)),
      newPosts: total(rows.map((k) => k.newPosts)),
      lived,
      livedShare: lived / inPost,
    };
  });
}

/** Each site's latest counted return: May for every site (the duplicate is April). */
export function latestKnown(): KnownReturn[] {
  return Array.from({ length: SITE_COUNT }, (_, s) => knownReturn(s, MONTH_COUNT - 1));
}

export function expectedAreas(): { id: string; workers: number; share: number }[] {
  const latest = latestKnown();
  const all = total(latest.map((k) => total(AREA_IDS.map((id) => k.areas[id]))));
  return AREA_IDS.map((id) => {
    const workers = total(latest.map((k) => k.areas[id]));
    return { id, workers, share: workers / all };
  });
}

export function expectedObjectives(): { key: string; counts: number[]; unrated: number; shareAchieved: number }[] {
  const latest = latestKnown();
  return OBJECTIVES.map((o, j) => {
    const given = latest.map((k) => k.ratings[j]);
    return {
      key: o.key,
      counts: [0, 1, 2, 3].map((v) => given.filter((g) => g === v).length),
      unrated: given.filter((g) => g === null).length,
      shareAchieved: given.filter((g) => g === 3).length / latest.length,
    };
  });
}

export function expectedTrends(): { month: string; inPost: number; averages: number[] }[] {
  const counted = countedKnown();
  return MONTHS.map((month) => {
    const rows = counted.filter((k) => sameMonth(k.month, month));
    const averages = NATIONAL_DEFINITION.sections.map((section) => {
      const given = rows.flatMap((k) =>
        OBJECTIVES.flatMap((o, j) => (o.sectionId === section.id && k.ratings[j] !== null ? [k.ratings[j]!] : [])),
      );
      return total(given) / given.length;
    });
    return { month: formatMonth(month), inPost: total(rows.map((k) => k.inPost)), averages };
  });
}
