/**
 * Excel's tallest row is 409 points: a taller height is refused by Office.js and clipped by Excel when it
 * opens a file. Every sheet of every document kind the toolkit makes stays within it, in the host-neutral
 * description and in the .xlsx file the command line writes.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { buildResultsSheet, CheckedFinding } from '../../src/check/results-sheet';
import { summariseProgramme } from '../../src/consolidate/programme';
import { SiteMonthReturn } from '../../src/consolidate/collect';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { GRADES, SETTINGS, WorkerInput } from '../../src/roles/worker';
import { buildFrameworkWorkbook, frameworkStamp } from '../../src/sheets/framework-sheets';
import { MAX_ROW_HEIGHT, SheetSpec, WorkbookSpec } from '../../src/sheets/model';
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

const documents: { kind: string; spec: WorkbookSpec; bytes: () => Promise<Uint8Array> }[] = (() => {
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

function tooTall(sheet: SheetSpec): { sheet: string; row: number; height: number }[] {
  return Object.entries(sheet.rowHeights ?? {})
    .filter(([, height]) => !(height >= 0 && height <= MAX_ROW_HEIGHT))
    .map(([row, height]) => ({ sheet: sheet.name, row: Number(row) + 1, height }));
}

describe.each(documents)('$kind: no row is taller than Excel allows (409 pt)', ({ spec, bytes }) => {
  test('in the sheet descriptions', () => {
    expect(spec.sheets.length).toBeGreaterThan(0);
    expect(spec.sheets.flatMap(tooTall)).toEqual([]);
  });

  test('in the .xlsx file the command line writes', async () => {
    const parts = unzipSync(await bytes());
    const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets.length).toBeGreaterThan(0);
    const heights = sheets.flatMap((p) =>
      [...strFromU8(parts[p]).matchAll(/<row [^>]*\bht="([^"]+)"/g)].map((m) => ({ part: p, height: Number(m[1]) })),
    );
    expect(heights.length).toBeGreaterThan(0);
    expect(heights.filter((h) => !(h.height >= 0 && h.height <= MAX_ROW_HEIGHT))).toEqual([]);
  });
});
