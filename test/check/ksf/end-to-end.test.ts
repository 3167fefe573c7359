/** A generated worker workbook checks clean; edits that break rules give exactly those findings. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkWorkbook } from '../../../src/check/check-workbook';
import { ksfOutlineChecker, roleProfileChecker } from '../../../src/check/ksf/checker';
import { WorkbookGrid } from '../../../src/grid/grid';
import { Finding } from '../../../src/rules/types';
import { buildWorkerWorkbook } from '../../../src/sheets/worker-workbook';
import { readWorkbooks } from '../../../src/xlsx/read-pool';
import { workerWorkbookBytes } from '../../../src/xlsx/write-worker-workbook';
import { fillOutlineReview, OutlineReview, rowOf } from '../../../src/xlsx/fill-in';
import { WorkerInput } from '../../../src/roles/worker';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-ksf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TODAY = new Date(2008, 5, 15);
const checkers = [ksfOutlineChecker, roleProfileChecker] as Parameters<typeof checkWorkbook>[1];

async function generate(file: string, workers: WorkerInput[]): Promise<string> {
  const target = path.join(dir, file);
  fs.writeFileSync(target, await workerWorkbookBytes(buildWorkerWorkbook(workers), TODAY));
  return target;
}

async function read(file: string): Promise<WorkbookGrid> {
  const [outcome] = await readWorkbooks([file], { size: 1 });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.grid;
}

/** Every finding on the workbook, the stamp and label checks included. */
async function check(file: string): Promise<Finding[]> {
  return checkWorkbook(await read(file), checkers, { previous: [], today: TODAY });
}

const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`).sort();

const SAM: WorkerInput = { name: 'Sam Jones', grade: 'intermediate', setting: 'crisis' };

describe('generated worker workbooks', () => {
  test.each<[string, WorkerInput[]]>([
    ['one intermediate worker', [SAM]],
    [
      'a staff list of every grade and an older people’s service',
      [
        { name: 'Ann Foundation', grade: 'foundation', setting: 'community-mental-health-team' },
        { name: 'Ben Senior', grade: 'senior', setting: 'older-people' },
        SAM,
      ],
    ],
  ])('%s reads back with no findings', async (_, workers) => {
    const file = await generate(`clean-${workers.length}.xlsx`, workers);
    expect(await check(file)).toEqual([]);
  });

  test('edits that break rules give exactly those findings', async () => {
    const file = await generate('edit.xlsx', [SAM]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const profile = workbook.getWorksheet('Role - Sam Jones')!;
    const outline = workbook.getWorksheet('KSF - Sam Jones')!;

    // Role profile: a value pasted past the dropdown, a management NOS made to apply, "Needs support" with no plan.
    profile.getCell(`J${rowOf(profile, 2, 'HSC35')}`).value = 'Fine';
    profile.getCell(`E${rowOf(profile, 2, 'HSC43')}`).value = 'Applies';
    profile.getCell(`J${rowOf(profile, 2, 'HSC233')}`).value = 'Needs support';

    // KSF outline: Core 1 claimed at Level 2 with one indicator not yet met; an overdue plan action.
    const core1 = rowOf(outline, 1, 'Core 1');
    outline.getCell(`E${core1}`).value = 'Level 2';
    for (const letter of ['a', 'b', 'c', 'd', 'e']) {
      outline.getCell(`E${rowOf(outline, 1, `Core 1 L2 ${letter}`)}`).value = letter === 'c' ? 'Not yet met' : 'Met';
    }
    const pdp = rowOf(outline, 1, 'NOS') + 1;
    outline.getCell(`A${pdp}`).value = 'HSC35';
    outline.getCell(`B${pdp}`).value = 'Shadow a senior worker';
    outline.getCell(`D${pdp}`).value = new Date(Date.UTC(2008, 3, 30));
    outline.getCell(`E${pdp}`).value = 'In progress';

    const edited = path.join(dir, 'edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const findings = await check(edited);
    const selfRow = rowOf(profile, 2, 'HSC35');
    expect(summary(findings)).toEqual(
      [
        `profile.self-assessment-scale Role - Sam Jones!J${selfRow}`,
        `profile.management-nos Role - Sam Jones!E${rowOf(profile, 2, 'HSC43')}`,
        `profile.needs-support-pdp Role - Sam Jones!J${rowOf(profile, 2, 'HSC233')}`,
        `profile.pdp-overdue KSF - Sam Jones!D${pdp}`,
        `ksf.management-g6 KSF - Sam Jones!B${rowOf(outline, 1, 'Role profile')}`,
        `ksf.level-demonstrated KSF - Sam Jones!E${core1}`,
        `ksf.not-yet-met-pdp KSF - Sam Jones!E${rowOf(outline, 1, 'Core 1 L2 c')}`,
      ].sort(),
    );
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId).sort();
    expect(warnings).toEqual([
      'ksf.management-g6',
      'ksf.not-yet-met-pdp',
      'profile.management-nos',
      'profile.needs-support-pdp',
      'profile.pdp-overdue',
    ]);
    expect(findings.find((f) => f.ruleId === 'ksf.level-demonstrated')!.message).toContain('Core 1 L2 c (Not yet met)');
  });

  test('a completed, signed review that meets the foundation gateway checks clean; unsigned it does not', async () => {
    const file = await generate('review.xlsx', [SAM]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const outline = workbook.getWorksheet('KSF - Sam Jones')!;
    // Every dimension of the full outline at its second-gateway level with every indicator met.
    const review: OutlineReview = { outcome: 'Foundation gateway met', reviewDate: new Date(Date.UTC(2008, 5, 1)) };
    fillOutlineReview(outline, review);
    const unsigned = path.join(dir, 'unsigned.xlsx');
    await workbook.xlsx.writeFile(unsigned);
    expect((await check(unsigned)).map((f) => f.ruleId)).toEqual(['ksf.review-signed', 'ksf.review-signed']);

    fillOutlineReview(outline, {
      ...review,
      signed: { employee: 'Sam Jones', manager: 'Jo Smith', on: new Date(Date.UTC(2008, 5, 2)) },
    });
    const signed = path.join(dir, 'signed.xlsx');
    await workbook.xlsx.writeFile(signed);
    expect(await check(signed)).toEqual([]);
  });

  test('an outline missing a core dimension is found', async () => {
    const file = await generate('missing.xlsx', [SAM]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const outline = workbook.getWorksheet('KSF - Sam Jones')!;
    // Delete Core 6 from the table at a glance (its "No." is 6) and its block from the full outline.
    const glanceRow = rowOf(outline, 1, '6');
    outline.spliceRows(glanceRow, 1);
    const first = rowOf(outline, 1, 'Core 6');
    const last = rowOf(outline, 1, 'Core 6 L2 d');
    outline.spliceRows(first, last - first + 1);
    const edited = path.join(dir, 'missing-core6.xlsx');
    await workbook.xlsx.writeFile(edited);
    const findings = await check(edited);
    const core = findings.filter((f) => f.ruleId === 'ksf.core-dimensions');
    expect(core).toHaveLength(2);
    expect(core.map((f) => f.message).join('\n')).toMatch(/Core 6 is missing from the outline at a glance[\s\S]*Core 6 is missing from the full outline/);
    // Deleting rows also changes the sheet's locked text, which the stamp check reports.
    expect(findings.filter((f) => f.ruleId !== 'ksf.core-dimensions')).toEqual([
      expect.objectContaining({ ruleId: 'document.labels-edited', severity: 'error' }),
    ]);
  });
});
