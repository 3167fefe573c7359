/**
 * One of every document kind the toolkit makes, filled to its limits (every grade and setting, 12 months,
 * the longest texts a check can carry), as sheet descriptions and as the .xlsx the command line writes.
 * Shared by the tests that hold for every document: row heights, accessibility.
 */
import { buildResultsSheet, CheckedFinding } from '../../src/check/results-sheet';
import { summariseProgramme } from '../../src/consolidate/programme';
import { summariseTeam, TeamMember } from '../../src/consolidate/team';
import { SiteMonthReturn } from '../../src/consolidate/collect';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { GRADES, SETTINGS, WorkerInput } from '../../src/roles/worker';
import { buildFrameworkWorkbook, frameworkStamp } from '../../src/sheets/framework-sheets';
import { WorkbookSpec } from '../../src/sheets/model';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { buildProgrammeWorkbook, programmeStamp } from '../../src/sheets/programme-sheets';
import { buildTeamWorkbook, teamStamp } from '../../src/sheets/team-sheets';
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

/**
 * A team with one worker in each state the team sheets shade: reviews overdue, due soon, not due and not
 * held; levels at, one below and two below the outline's, and not recorded; every self-assessment; plan
 * actions overdue, achieved, open and without a date; and one file of each kind left out.
 */
function teamOfEveryKind(): WorkbookSpec {
  const states = [
    { review: 'overdue', last: '2008-03-10', demonstrated: [2, 1, 0, null] },
    { review: 'due soon', last: '2008-07-01', demonstrated: [2, 2, 1, 2] },
    { review: 'not due', last: '2009-02-05', demonstrated: [3, 2, 2, 1] },
    { review: 'no review', last: null, demonstrated: [null, null, null, null] },
  ] as const;
  const self = ['Competent', 'Developing', 'Needs support', 'Not applicable'] as const;
  const members: TeamMember[] = states.map((s, i) => ({
    name: `Worker ${i + 1} with a long double-barrelled name`,
    grade: ['Foundation', 'Intermediate', 'Senior', 'Intermediate'][i],
    setting: 'Community mental health team',
    team: 'Early Intervention',
    source: `/home/team/outlines/2009/worker-${i + 1} KSF outline and role profile.xlsx`,
    outlineSheet: `KSF - Worker ${i + 1}`,
    profileSheet: `Role - Worker ${i + 1}`,
    outline: i === 1 ? 'model' : 'derived',
    lastReview: s.last,
    nextReviewDue: s.last && `${Number(s.last.slice(0, 4)) + 1}${s.last.slice(4)}`,
    review: s.review,
    foundationGateway: s.last ? 'met' : 'not reviewed',
    secondGateway: ['not yet met', 'met', 'met', 'not reviewed'][i] as TeamMember['secondGateway'],
    signed: i % 2 === 1,
    errors: i,
    warnings: 3 - i,
    dimensions: ['Core 1', 'Core 2', 'Core 4', 'HWB4'].map((code, d) => ({
      code,
      outline: 2,
      demonstrated: s.demonstrated[d],
    })),
    nos: ['HSC35', 'HSC31', 'HSC3112', 'HSC233'].map((code, n) => ({
      code,
      status: 'Applies',
      selfAssessment: self[(n + i) % self.length],
    })),
    pdp: [
      { target: '2009-01-31', progress: 'In progress', achieved: null, overdue: true },
      { target: '2008-12-01', progress: 'Achieved', achieved: '2008-11-20', overdue: false },
      { target: '2010-03-31', progress: 'Not started', achieved: null, overdue: false },
      { target: null, progress: 'Not started', achieved: null, overdue: false },
    ].map((a, k) => ({
      ...a,
      worker: `Worker ${i + 1} with a long double-barrelled name`,
      nos: ['HSC35', 'HSC31', '', 'HSC233'][k],
      indicator: k === 0 ? 'Core 1 L2 a' : '',
      action: longText.slice(0, 120 + 40 * k),
      support: 'Supervision every fortnight, and study leave for the course',
    })),
  }));
  const team = summariseTeam(members, {
    asOf: '2009-06-15',
    team: null,
    otherTeams: 0,
    teams: ['Early Intervention'],
    notIncluded: [
      { source: '/home/team/outlines/damaged.xlsx', sheet: '', kind: 'unreadable', reason: longText },
      { source: 'C:\\Users\\lead\\notes.xlsx', sheet: '', kind: 'no-outline', reason: 'No outline.' },
      { source: 'worker-1 (old).xlsx', sheet: 'KSF - Worker 1', kind: 'replaced', reason: 'An older copy.' },
    ],
  });
  return buildTeamWorkbook(team, { chartsNote: true, generated: now });
}

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
  const team = teamOfEveryKind();
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
    { kind: 'team', spec: team, bytes: () => workbookBytes(team, teamStamp(now)) },
  ];
})();
