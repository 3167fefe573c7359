/**
 * `npm run demo`: a folder a newcomer can open to see the whole job, made with the real command line and
 * filled in with fictional sample values (as a site lead or manager would type them in Excel):
 *   the framework; a sample site's 12-month report, three months filled with two mistakes; a sample team's
 *   role profiles and KSF outlines with reviews; the check results for both; the programme view of four sites.
 * It prints each file it wrote with the one command that made it.
 *   node scripts/run-demo.js [folder]      (default: demo)
 */
import fs from 'fs';
import path from 'path';
import { ADDED_FIELDS, areaField, numberField, objectiveFields, objectiveKey, postField } from '../src/monthly/fields';
import { addMonths, formatMonth, Month } from '../src/monthly/month';
import { NATIONAL_DEFINITION } from '../src/monthly/definition';
import { buildMonthlyReportWorkbook } from '../src/sheets/monthly-report-sheets';
import {
  FieldValue,
  fillInWorkbook,
  fillMonthSheet,
  fillOutlineReview,
  fillPdp,
  fillSelfAssessments,
  rowOf,
} from '../src/xlsx/fill-in';

const BUILT_CLI = path.join(__dirname, '..', 'dist-cli', 'src', 'cli', 'main.js');
const FIRST_MONTH: Month = { year: 2008, month: 3 };
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

const NOTE = `Sample data — fictional
=======================

Every site, person, team and number in this folder is made up, to show what the STR Toolkit makes.
None of it describes a real service or a real worker. \`npm run demo\` made it, and makes it again
(replacing these files only).
`;

/** A sample site: its name, its lead, and how many workers it has in post in its first month. */
const SITES = [
  { site: 'Sample site Northgate', lead: 'Alex Example', inPost: 4 },
  { site: 'Sample site Riverside', lead: 'Sam Placeholder', inPost: 6 },
  { site: 'Sample site Hillview', lead: 'Jo Specimen', inPost: 2 },
  { site: 'Sample site Eastbrook', lead: 'Chris Demo', inPost: 5 },
];

const TEAM = [
  { name: 'Robin Sample', grade: 'Intermediate', setting: 'Crisis', team: 'Sample team North' },
  { name: 'Kit Example', grade: 'Foundation', setting: 'Community mental health team', team: 'Sample team North' },
  { name: 'Lee Fictional', grade: 'Senior', setting: 'Older people', team: 'Sample team North' },
];

interface Written {
  file: string;
  what: string;
  command: string;
}

/** How a path reads in a printed command: relative to where the demo was run from, if inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

const quoted = (arg: string) => (/^[\w./:=-]+$/.test(arg) ? arg : `"${arg.replace(/(["\\$`])/g, '\\$1')}"`);

/**
 * Runs the real command line, as built by `npm run build:cli` and run by bin/str-toolkit.js, but in this process:
 * starting node and loading the command line again for each of the seven commands cost more CPU than most of
 * them (0.7 s each, measured). Returns the command as a user would type it inside this folder.
 */
async function strToolkit(args: string[], allowedCodes = [0]): Promise<string> {
  const { main } = require(BUILT_CLI) as typeof import('../src/cli/main');
  const errors: string[] = [];
  const status = await main(
    args,
    () => undefined,
    (line) => errors.push(line),
  );
  if (!allowedCodes.includes(status))
    throw new Error(`str-toolkit ${args.join(' ')} failed (${status}):\n${errors.join('\n')}`);
  return ['npx str-toolkit', ...args.map((a) => quoted(path.isAbsolute(a) ? shown(a) : a))].join(' ');
}

/** The names a monthly report made by the command line has: its builder's, as `monthly-report` called it. */
const monthlyNames = (site: string, lead: string, months: number) =>
  buildMonthlyReportWorkbook({ site, lead, firstMonth: FIRST_MONTH, months }).names;

/** What a site lead types in month `m` (0 = the first): `inPost` workers, objectives moving up over time. */
function monthValues(inPost: number, m: number): Record<string, FieldValue> {
  const month = addMonths(FIRST_MONTH, m);
  const workers = inPost + m;
  const outreach = Math.min(1, workers);
  const values: Record<string, FieldValue> = {
    [numberField('InPost')]: workers,
    [numberField('InRecruitment')]: 2,
    [numberField('Identified')]: 1,
    [postField('Converted')]: Math.floor(workers / 2),
    [postField('New')]: workers - Math.floor(workers / 2),
    [areaField('CMHT')]: workers - outreach,
    [areaField('AssertiveOutreach')]: outreach,
    Report_Progress: `Sample text: ${workers} workers in post; induction on plan.`,
    [ADDED_FIELDS.steeringGroupMeeting]: utc(2008, 2, 1),
    [ADDED_FIELDS.livedExperience]: 0,
    [ADDED_FIELDS.dateSubmitted]: utc(addMonths(month, 1).year, addMonths(month, 1).month, 3),
  };
  NATIONAL_DEFINITION.sections.forEach((section, s) =>
    section.objectives.forEach((objective, i) => {
      const fields = objectiveFields(objectiveKey(section, i));
      const scale = objective.scale.map((level) => level.value);
      const top = Math.max(...scale);
      // Each month a little further up its own scale, never down; achieved objectives get their date. Those due
      // "within two months of initial meeting" (1 February) are achieved on time, by April.
      const dueSoon = /initial meeting/i.test(objective.statement) && m >= 1;
      const rating = dueSoon ? top : scale[Math.min(scale.length - 1, Math.floor((s + i + m) / 2))];
      values[fields.baseline] = scale[0];
      values[fields.selfRating] = rating;
      if (rating === top) values[fields.dateAchieved] = utc(month.year, month.month, 10);
      else values[fields.pdsa] = i + 1;
    }),
  );
  return values;
}

/**
 * Fills in March to May 2008 of a report the command line made for `sample` with `months` sheets. With
 * `mistakes`, May's service areas miss a worker and more workers declare lived experience than are in post.
 */
async function fillFirstMonths(file: string, sample: (typeof SITES)[number], months: number, mistakes = false) {
  const names = monthlyNames(sample.site, sample.lead, months);
  const filled = await fillInWorkbook(fs.readFileSync(file), names, (book) => {
    for (const m of [0, 1, 2]) {
      const sheet = formatMonth(addMonths(FIRST_MONTH, m));
      const values = monthValues(sample.inPost, m);
      if (mistakes && m === 2) {
        values[areaField('CMHT')] = (values[areaField('CMHT')] as number) - 1;
        values[ADDED_FIELDS.livedExperience] = (values[numberField('InPost')] as number) + 2;
      }
      fillMonthSheet(book.workbook.getWorksheet(sheet)!, book.cellsOf(sheet), values);
    }
  });
  fs.writeFileSync(file, filled);
}

/** Writes the demo into `folder`; returns what it wrote, in order. */
export async function writeDemo(folder: string): Promise<Written[]> {
  fs.mkdirSync(path.join(folder, 'returns'), { recursive: true });
  const at = (name: string) => path.join(folder, name);
  const written: Written[] = [];
  const note = at('README.txt');
  fs.writeFileSync(note, NOTE);
  written.push({ file: note, what: 'the "Sample data — fictional" note', command: 'npm run demo' });

  const framework = at('framework.xlsx');
  written.push({
    file: framework,
    what: 'the competence framework, every appendix on its own sheet',
    command: await strToolkit(['framework', '-o', framework, '--force']),
  });

  // A sample site's year: March to May filled in; in May the service areas miss a worker and more workers
  // are said to have lived experience than are in post. The other months are empty forms, still to come.
  const { site, lead } = SITES[0];
  const report = at('site-report.xlsx');
  const reportCommand = await strToolkit([
    'monthly-report',
    '--site',
    site,
    '--lead',
    lead,
    '--month',
    formatMonth(FIRST_MONTH),
    '--months',
    '12',
    '-o',
    report,
    '--force',
  ]);
  await fillFirstMonths(report, SITES[0], 12, true);
  written.push({
    file: report,
    what: `${site}'s monthly reports for a year: March to May 2008 filled in, with two mistakes in May`,
    command: `${reportCommand}   (then filled in with sample values)`,
  });

  // A sample team: a staff list, their role profiles and KSF outlines, two reviews recorded.
  const staff = at('team-staff.csv');
  fs.writeFileSync(
    staff,
    ['Name,Grade,Setting,Team', ...TEAM.map((t) => [t.name, t.grade, t.setting, t.team].join(','))].join('\n') + '\n',
  );
  written.push({ file: staff, what: "a sample team's staff list", command: 'npm run demo' });
  const team = at('team-outlines.xlsx');
  const teamCommand = await strToolkit(['ksf-outline', '--staff', staff, '-o', team, '--force']);
  fs.writeFileSync(
    team,
    await fillInWorkbook(fs.readFileSync(team), [], ({ workbook }) => {
      const [robin, kit] = TEAM;
      // Robin: a complete, signed review, every indicator met.
      fillOutlineReview(workbook.getWorksheet(`KSF - ${robin.name}`)!, {
        outcome: 'Second gateway met',
        reviewDate: utc(2008, 6, 2),
        signed: { employee: robin.name, manager: 'Pat Manager (sample)', on: utc(2008, 6, 3) },
      });
      // Kit: not signed yet, Core 2 recorded at Level 1 although one of its indicators is not met yet, and no
      // development-plan row for that indicator.
      fillOutlineReview(workbook.getWorksheet(`KSF - ${kit.name}`)!, {
        outcome: 'Foundation gateway met',
        reviewDate: utc(2008, 6, 9),
        notYetMet: ['Core 2 L1 c'],
      });
      const profile = workbook.getWorksheet(`Role - ${robin.name}`)!;
      for (const [code, self] of [
        ['HSC35', 'Competent'],
        ['HSC332', 'Competent'],
        ['HSC382', 'Competent'],
      ])
        profile.getCell(`J${rowOf(profile, 2, code)}`).value = self;
      // Kit needs support with HSC35: in the plan, with a target date already past by the team view's day.
      fillSelfAssessments(workbook.getWorksheet(`Role - ${kit.name}`)!, { HSC35: 'Needs support' });
      fillPdp(workbook.getWorksheet(`KSF - ${kit.name}`)!, [
        {
          nos: 'HSC35',
          action: 'Shadow a senior worker at three home visits (sample)',
          support: 'Fortnightly supervision',
          target: utc(2008, 9, 30),
          progress: 'In progress',
        },
      ]);
    }),
  );
  written.push({
    file: team,
    what: "the team's role profiles and KSF outlines with two reviews: one complete, one with three mistakes",
    command: `${teamCommand}   (then filled in with sample values)`,
  });

  const results = at('check-results.xlsx');
  written.push({
    file: results,
    what: "what the checker found in the site report and the team's outlines",
    // Exit status 1: the checker found errors, as the sample's mistakes mean it should.
    command: await strToolkit(['check', report, team, '--out', results, '--force'], [0, 1]),
  });

  // HR's picture of the sample team a year on: whose review is due, the plans and the training needs.
  const teamView = at('team-view.xlsx');
  written.push({
    file: teamView,
    what: "the sample team's picture: reviews due, gateways, KSF levels, development plans and training needs",
    command: await strToolkit(['team', team, '-o', teamView, '--as-of', '2009-06-01', '--force']),
  });

  // Four sample sites send three months each; the programme lead brings them together.
  const sites = at('sample-sites.csv');
  fs.writeFileSync(sites, ['Site,Lead', ...SITES.map((s) => `${s.site},${s.lead}`)].join('\n') + '\n');
  written.push({ file: sites, what: "the sample programme's sites and leads", command: 'npm run demo' });
  const returns = at('returns');
  const returnsCommand = await strToolkit([
    'monthly-report',
    '--sites',
    sites,
    '--split',
    returns,
    '--month',
    formatMonth(FIRST_MONTH),
    '--months',
    '3',
    '--force',
  ]);
  for (const sample of SITES) {
    // --split names each site's file after it: "sample-site-northgate-2008-03.xlsx".
    const slug = sample.site.toLowerCase().replace(/\s+/g, '-');
    const file = fs.readdirSync(returns).find((f) => f.startsWith(`${slug}-`) && f.endsWith('.xlsx'));
    if (!file) throw new Error(`monthly-report --split wrote no file for ${sample.site} in ${returns}.`);
    await fillFirstMonths(path.join(returns, file), sample, 3);
  }
  written.push({
    file: returns,
    what: "each sample site's returns for March to May 2008, filled in",
    command: `${returnsCommand}   (then filled in with sample values)`,
  });
  const programme = at('programme.xlsx');
  written.push({
    file: programme,
    what: 'the programme view of the four sample sites: summary, service areas, objective progress, trends',
    command: await strToolkit(['consolidate', returns, '-o', programme, '--force']),
  });
  return written;
}

export async function main(folder = 'demo'): Promise<void> {
  const written = await writeDemo(path.resolve(folder));
  console.log('Sample data — fictional: every site, person and number in it is made up.\n');
  for (const w of written) console.log(`${shown(w.file)}\n  ${w.what}\n  made by: ${w.command}\n`);
  console.log(
    `Open the .xlsx files in Excel or LibreOffice. To make your own, run the commands without the sample values.`,
  );
}
