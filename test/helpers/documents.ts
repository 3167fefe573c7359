/**
 * One of every document kind the toolkit makes, filled to its limits (every grade and setting, 12 months,
 * the longest texts a check can carry), as sheet descriptions and as the .xlsx the command line writes.
 * Shared by the tests that hold for every document: row heights, accessibility.
 */
import { buildResultsSheet, CheckedFinding } from '../../src/check/results-sheet';
import { summariseProgramme } from '../../src/consolidate/programme';
import { SiteMonthReturn } from '../../src/consolidate/collect';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { GRADES, SETTINGS, WorkerInput } from '../../src/roles/worker';
import { buildFrameworkWorkbook, frameworkStamp } from '../../src/sheets/framework-sheets';
import { WorkbookSpec } from '../../src/sheets/model';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { buildProgrammeWorkbook, programmeStamp } from '../../src/sheets/programme-sheets';
import { buildWorkerWorkbook } from '../../src/sheets/worker-workbook';
import { workbookBytes } from '../../src/xlsx/write-workbook';
import { workerWorkbookBytes } from '../../src/xlsx/write-worker-workbook';

const now = new Date('2008-06-20T12:00:00Z');
const objectives = NATIONAL_DEFINITION.sections.flatMap((s) => s.objectives);

/** Every grade in every setting: the outlines differ by both. */
const workers: WorkerInput[] = GRADES.flatMap((grade) =>
  SETTINGS.map((setting) => ({ name: `${grade} ${setting}`, grade, setting, team: 'North' })),
);

function siteReturn(site: string, month: number): SiteMonthReturn {
  return {
    site,
    month: { year: 2008, month },
    source: `${site}.xlsx`,
    sheet: `2008-0${month}`,
    numbers: [4, 1, 0],
    posts: [4, 0],
    areas: [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    otherAreaName: '',
    livedExperience: 1,
    ratings: objectives.map(() => 2),
    errors: 0,
    warnings: 1,
    submitted: null,
    position: 0,
    content: `${site} ${month}`,
  };
}

/** Findings with the longest texts a check can carry: a user's explanation has no limit of its own. */
const longText = 'The site lead explained this at the steering group, and the minutes record it. '.repeat(60);
const findings: CheckedFinding[] = [
  {
    ruleId: 'monthly.rating-on-scale',
    severity: 'error',
    sheet: '2008-03',
    cell: 'E20',
    message: longText,
    fix: longText,
  },
  {
    ruleId: 'monthly.baseline-changed',
    severity: 'warning',
    sheet: `${'A very long sheet name '.repeat(2)}`,
    cell: 'E21',
    message: 'The baseline changed.',
    explanation: longText,
  },
];

export const DOCUMENTS: { kind: string; spec: WorkbookSpec; bytes: () => Promise<Uint8Array> }[] = (() => {
  const framework = buildFrameworkWorkbook();
  const monthly = buildMonthlyReportWorkbook({
    site: 'Cheshire & Wirral',
    lead: 'Jo Bloggs',
    firstMonth: { year: 2008, month: 3 },
    months: 12,
  });
  const people = buildWorkerWorkbook(workers);
  const results: WorkbookSpec = { sheets: [buildResultsSheet(findings, now)], names: [] };
  const programme = buildProgrammeWorkbook(
    summariseProgramme({
      definition: NATIONAL_DEFINITION,
      returns: [siteReturn('North', 3), siteReturn('South', 3), siteReturn('North', 4)],
      notIncluded: [{ source: 'broken.xlsx', sheet: '', kind: 'unreadable', reason: longText }],
      replaced: [],
      identicalCopies: 0,
      notFilled: 0,
    }),
    { chartsNote: true, generated: now },
  );
  const stamp = frameworkStamp(now);
  return [
    { kind: 'framework', spec: framework, bytes: () => workbookBytes(framework, stamp) },
    {
      kind: 'monthly report',
      spec: monthly,
      bytes: () => workbookBytes(monthly, monthlyReportStamp(NATIONAL_DEFINITION, now)),
    },
    { kind: 'role profiles and KSF outlines', spec: people.spec, bytes: () => workerWorkbookBytes(people, now) },
    { kind: 'check results', spec: results, bytes: () => workbookBytes(results, stamp) },
    {
      kind: 'programme',
      spec: programme,
      bytes: () => workbookBytes(programme, programmeStamp(NATIONAL_DEFINITION, now)),
    },
  ];
})();
