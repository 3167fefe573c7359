/**
 * The Team view in Excel, on Microsoft's own client library over the fake workbook (office-js-host.ts):
 * the team sheets for 30 and 300 workers written in a fixed number of round trips, every request within
 * the 4 MB budget (Excel on the web refuses 5 MB), native charts with alt text; this workbook's own
 * outlines read in two round trips; and the sheets hold the same values as the command line's team.xlsx
 * for the same 30 outlines.
 */
import { strFromU8, unzipSync } from 'fflate';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { TeamInput } from '../../src/consolidate/team';
import { createWorkerOutlines } from '../../src/excel/ksf-outline';
import { readWorkbookGrid } from '../../src/excel/read-grid';
import { TeamError, addTeamCharts, applyTeam, planTeam } from '../../src/excel/team';
import { GridCell, GridSheet, WorkbookGrid } from '../../src/grid/grid';
import { readXlsx } from '../../src/ooxml/read-xlsx';
import { WorkerInput } from '../../src/roles/worker';
import { TEAM_SHEETS } from '../../src/sheets/team-sheets';
import { readWorkbooks } from '../../src/xlsx/read-pool';
import { AS_OF, copyTeam } from '../consolidate/team/team-fixture';
import { FakeExcel, chartsOn } from '../fakes/fake-excel';
import { officeJsContext, officeJsHost } from '../fakes/office-js-host';
import { runCli } from '../helpers/cli';

const MB4 = 4 * 1024 * 1024;
const now = new Date(Date.UTC(2009, 5, 15, 9));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-team-excel-'));
let files: string[];
let inputs: TeamInput[];
/** The same, named by their paths, as the command line names them. */
let byPath: TeamInput[];

beforeAll(async () => {
  files = await copyTeam(dir, 30);
  const outcomes = await readWorkbooks(files, { size: 1 });
  const named = (source: (file: string) => string) =>
    outcomes.map((o): TeamInput =>
      o.ok ? { source: source(o.file), grid: o.grid } : { source: source(o.file), unreadable: o.message },
    );
  inputs = named((file) => path.basename(file));
  byPath = named((file) => file);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * The same team `copies` times over, each copy's workers renamed ("Worker 01 Ash" → "Worker 01 Ash c2"
 * everywhere: sheet names, cells, registry), so 30 outlines make 300 distinct workers cheaply.
 */
function copiesOf(team: TeamInput[], copies: number): TeamInput[] {
  const workbooks = team.filter((i): i is TeamInput & { grid: WorkbookGrid } => 'grid' in i);
  return Array.from({ length: copies }, (_, c) =>
    workbooks.map((i) => ({
      source: `copy-${c + 1}-${i.source}`,
      grid: JSON.parse(
        JSON.stringify(i.grid).replace(/Worker (\d\d) (Ash|Birch|Cedar|Elm|Fir)/g, `Worker $1 $2 c${c + 1}`),
      ) as WorkbookGrid,
    })),
  ).flat();
}

const CHARTS = ['STR_TeamLevels', 'STR_TeamReviewsDue', 'STR_TeamTrainingNeeds'];

describe.each([
  [30, 1, 2],
  [300, 10, 2],
])('%i workers from picked files', (workers, copies, writes) => {
  let fake: FakeExcel;
  let result: Awaited<ReturnType<typeof applyTeam>>;

  beforeAll(async () => {
    fake = new FakeExcel();
    const context = officeJsContext(fake);
    const picked = copies === 1 ? inputs : copiesOf(inputs, copies);
    const plan = await planTeam(context, { asOf: AS_OF, inputs: picked, now });
    expect(fake.syncCount).toBe(1); // what the workbook holds; the files were read in the pane
    result = await applyTeam(context, plan, 'keep-both');
  }, 300_000);

  test(`one read, ${writes - 1} write${writes > 2 ? 's' : ''} of the sheets and one of the charts; every request under 4 MB`, () => {
    expect(result.team.members).toHaveLength(workers);
    expect(fake.syncCount).toBe(1 + writes);
    expect(result.syncs).toBe(writes);
    const host = officeJsHost(fake);
    expect(host.requests).toHaveLength(1 + writes);
    expect(host.maxRequestBytes).toBeLessThanOrEqual(MB4);
    expect(host.maxResponseBytes).toBeLessThanOrEqual(MB4);
    expect(result.sheets).toEqual(Object.values(TEAM_SHEETS));
  });

  test('three native charts, each with a title and alt text that says what it shows', () => {
    expect(result.charts).toEqual({ added: CHARTS, skipped: [] });
    const charts = Object.values(TEAM_SHEETS).flatMap((sheet) => chartsOn(fake, sheet));
    expect(charts.map((c) => c.name).sort()).toEqual([...CHARTS].sort());
    for (const chart of charts) {
      expect(chart.altText?.title).toBe(chart.title);
      expect(chart.altText?.description.length).toBeGreaterThan(chart.title.length);
    }
  });
});

describe('this workbook', () => {
  // Twelve: read in one response, all 24 sheets come to about 2.2 MB; 30 workers' outlines (5.6 MB) need the
  // read split in parts that Excel on the web's 5 MB response limit calls for (read-grid.ts).
  const staff: WorkerInput[] = Array.from({ length: 12 }, (_, i) => ({
    name: `Person ${i + 1}`,
    grade: (['foundation', 'intermediate', 'senior'] as const)[i % 3],
    setting: 'crisis',
    team: i < 5 ? 'North' : 'South',
  }));

  test('12 outlines made by the People view: reading in the read splitter’s round trips, then the sheets and charts; a team kept', async () => {
    const fake = new FakeExcel();
    const context = officeJsContext(fake);
    await createWorkerOutlines(context, staff, 'keep-both', { now });
    const start = fake.syncCount;
    const plan = await planTeam(context, { asOf: AS_OF, team: 'north', now });
    expect(fake.syncCount - start).toBe(plan.syncs);
    expect(plan.syncs).toBeLessThanOrEqual(4);
    expect(plan.teams).toEqual(['North', 'South']);
    expect(plan.team.members.map((m) => m.name)).toEqual(
      staff
        .slice(0, 5)
        .map((w) => w.name)
        .sort(),
    );
    expect(plan.team.otherTeams).toBe(7);
    expect(plan.clashes).toEqual([]);
    const result = await applyTeam(context, plan, 'keep-both');
    expect(fake.syncCount - start).toBe(plan.syncs + result.syncs);
    expect(result.syncs).toBe(2);
    expect(officeJsHost(fake).maxResponseBytes).toBeLessThanOrEqual(MB4);

    // Again: the earlier team sheets are found, and replacing them leaves one set.
    const again = await planTeam(context, { asOf: AS_OF, now });
    expect(again.clashes).toEqual(Object.values(TEAM_SHEETS));
    await applyTeam(context, again, 'replace');
    const names = fake.model.sheets.map((s) => s.name);
    for (const sheet of Object.values(TEAM_SHEETS)) expect(names.filter((n) => n.startsWith(sheet))).toEqual([sheet]);

    // "Add charts" (for sheets the command line made): found by their stamp, the toolkit's own charts
    // replaced, not doubled; no self-assessments yet, so no training needs to chart, and it says so.
    const added = await addTeamCharts(context);
    expect(added).toEqual({
      added: ['STR_TeamLevels', 'STR_TeamReviewsDue'],
      skipped: [
        '"Top training needs: workers needing support or developing, per NOS": "Training Needs" has no NOS rows to chart.',
      ],
      syncs: 3,
    });
    const charts = Object.values(TEAM_SHEETS).flatMap((sheet) => chartsOn(fake, sheet));
    expect(charts.map((c) => c.name).sort()).toEqual(['STR_TeamLevels', 'STR_TeamReviewsDue']);
    expect(charts[0].altText?.description).toMatch(/The numbers are in the table beside the chart/);
  }, 120_000);

  test('a workbook without outlines, or a team nobody is in, is refused before anything is written', async () => {
    const fake = new FakeExcel();
    await expect(planTeam(officeJsContext(fake), { asOf: AS_OF })).rejects.toThrow(
      new TeamError(
        'This workbook has no KSF outlines made by the STR Toolkit. Make the outlines first (People), or choose the workers’ files.',
      ),
    );
    await createWorkerOutlines(officeJsContext(fake), staff.slice(0, 2), 'keep-both', { now });
    await expect(planTeam(officeJsContext(fake), { asOf: AS_OF, team: 'East' })).rejects.toThrow(
      'No worker is in the team “East”. The teams found are: North.',
    );
  }, 60_000);
});

/** What a cell says, as either host's reader gives it: the formula where there is one, else the value. */
function said(cell: GridCell | undefined): unknown {
  if (!cell) return null;
  if (cell.formula) return `=${cell.formula}`;
  return cell.value === '' ? null : cell.value;
}

function sheetValues(sheet: GridSheet): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(sheet.cells)
      .map(([address, cell]) => [address, said(cell)])
      .filter(([, value]) => value !== null),
  );
}

test('Excel and the command line give the same sheets, cell for cell, for the same 30 outlines', async () => {
  const out = path.join(dir, 'team.xlsx');
  const cli = await runCli(['team', ...files, '-o', out, '--as-of', AS_OF]);
  expect(cli.err).toBe('');
  const fromCli = readXlsx(new Uint8Array(fs.readFileSync(out)));

  const fake = new FakeExcel();
  const context = officeJsContext(fake);
  const plan = await planTeam(context, { asOf: AS_OF, inputs: byPath, now });
  await applyTeam(context, plan, 'keep-both');
  const fromExcel = await readWorkbookGrid(context);

  for (const name of Object.values(TEAM_SHEETS)) {
    const excel = fromExcel.sheets.find((s) => s.name === name)!;
    const file = fromCli.sheets.find((s) => s.name === name)!;
    const [a, b] = [sheetValues(excel), sheetValues(file)];
    // The command line's workbook says how to get charts; the add-in's has them.
    delete a.A2;
    delete b.A2;
    expect({ name, cells: a }).toEqual({ name, cells: b });
  }

  // And they print alike: NOS Self-assessment, a column per worker, prints across pages at 85% with the NOS
  // and its title repeated at the left of each, and its header row at the top.
  expect(fake.sheet(TEAM_SHEETS.nos).pageLayout).toMatchObject({
    zoom: { scale: 85 },
    printTitleRows: '3:3',
    printTitleColumns: 'A:B',
  });
  const parts = unzipSync(new Uint8Array(fs.readFileSync(out)));
  expect(strFromU8(parts['xl/workbook.xml'])).toContain(
    `>&apos;${TEAM_SHEETS.nos}&apos;!$A:$B,&apos;${TEAM_SHEETS.nos}&apos;!$3:$3</definedName>`,
  );
  const scaled = Object.keys(parts).filter(
    (p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && /<pageSetup [^>]*scale="85"/.test(strFromU8(parts[p])),
  );
  expect(scaled).toHaveLength(1);
}, 240_000);
