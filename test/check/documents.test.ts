import fs from 'fs';
import os from 'os';
import path from 'path';
import { findDocuments, gridLabelHash, gridRows } from '../../src/check/documents';
import { buildFrameworkWorkbook, FRAMEWORK_SHEETS, frameworkStamp } from '../../src/sheets/framework-sheets';
import { specLabelHash } from '../../src/sheets/label-hash';
import { REGISTRY_SHEET } from '../../src/sheets/stamp';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { readWorkbooks } from '../../src/xlsx/read-pool';
import { WorkbookGrid } from '../../src/grid/grid';

let grid: WorkbookGrid;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-docs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const file = path.join(dir, 'framework.xlsx');
  await writeWorkbookFile(file, buildFrameworkWorkbook(), frameworkStamp(new Date('2026-01-01T00:00:00Z')), false);
  const [outcome] = await readWorkbooks([file], { size: 1 });
  if (!outcome.ok) throw new Error(outcome.message);
  grid = outcome.grid;
});

test('every generated sheet is found by its stamp', () => {
  const found = findDocuments(grid, {});
  expect(found.findings).toEqual([]);
  expect(found.stamped.map((s) => s.sheet.name)).toEqual(Object.values(FRAMEWORK_SHEETS));
  expect(found.stamped[0].stamp.document).toBe('framework');
});

test('the labels hash read back from the file equals the one recorded at generation', () => {
  const specs = buildFrameworkWorkbook().sheets;
  for (const { sheet, stamp } of findDocuments(grid, {}).stamped) {
    const spec = specs.find((s) => s.name === sheet.name)!;
    expect(stamp.labelsHash).toBe(specLabelHash(spec));
    expect(gridLabelHash(sheet)).toBe(stamp.labelsHash);
  }
});

test('an edited label changes the hash', () => {
  const sheet = grid.sheets.find((s) => s.name === FRAMEWORK_SHEETS.esc)!;
  const edited = { ...sheet, cells: { ...sheet.cells, B4: { kind: 's' as const, value: 'Working in partnership (edited)' } } };
  expect(gridLabelHash(edited)).not.toBe(gridLabelHash(sheet));
});

test('a sheet without a stamp is reported, not guessed', () => {
  const extra = { name: 'My notes', state: 'visible' as const, cells: { A1: { kind: 's' as const, value: 'hello' } }, merges: [] };
  const found = findDocuments({ ...grid, sheets: [...grid.sheets, extra] }, {});
  expect(found.findings).toEqual([expect.objectContaining({ ruleId: 'document.unstamped', sheet: 'My notes', severity: 'warning' })]);
});

test('a template newer than the toolkit is an error', () => {
  const registry = grid.sheets.find((s) => s.name === REGISTRY_SHEET)!;
  const rows = gridRows(registry);
  expect(rows[1][2]).toBe('str-competence-framework');
  const found = findDocuments(grid, { 'str-competence-framework': '0' });
  expect(found.findings.every((f) => f.ruleId === 'document.newer-template' && f.severity === 'error')).toBe(true);
  expect(found.stamped).toEqual([]);
});
