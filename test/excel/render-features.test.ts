/** The Office.js adapter writes every feature of the sheet model, checked on the fake host. */
import { SheetSpec, WorkbookSpec } from '../../src/sheets/model';
import { applyInsert, planInsert } from '../../src/excel/insert-framework';
import { POINTS_PER_CHARACTER, RenderOptions } from '../../src/excel/render';
import { buildWorkerWorkbook } from '../../src/sheets/worker-workbook';
import { cellAddress, columnLetter } from '../../src/sheets/a1';
import { cellFormat, FakeExcel, readCell, sheetNames } from '../fakes/fake-excel';
import { TEST_STAMP } from '../helpers/stamp';
import { officeJsContext } from '../fakes/office-js-host';

const stamp = TEST_STAMP;

function sheet(name: string, extra: Partial<SheetSpec>): SheetSpec {
  return {
    name,
    rows: [],
    columns: [],
    styles: [],
    merges: [],
    validations: [],
    print: { orientation: 'portrait', fitToWidth: true },
    ...extra,
  };
}

function spec(extra: Partial<SheetSpec> = {}): WorkbookSpec {
  return {
    sheets: [
      sheet('2008-03', {
        rows: [[1, 2, null, 'Go'], ['=not a formula'], [], ['x'], ['y'], ['z']],
        formulas: [{ cell: 'C1', formula: '=SUM(A1:B1)' }],
        notes: [{ cell: 'A2', text: 'Typed by the user' }],
        links: [
          { cell: 'D1', sheet: 'Other sheet', target: 'B2' },
          { cell: 'D2', sheet: 'Other sheet', target: 'A1', text: 'Back' },
          { cell: 'D3', file: 'returns/north.xlsx', sheet: '2008-03', target: 'B12', text: 'B12' },
        ],
        conditionalFormats: [{ kind: 'over', range: 'A1:B1', value: 1, fill: 'F8D7DA', fontColor: '9C0006' }],
        validations: [
          { kind: 'whole', range: 'B2', min: 0, error: 'Type 0 or more.' },
          { kind: 'whole', range: 'B3', max: 10 },
          { kind: 'whole', range: 'B4', min: 1, max: 5, prompt: 'One to five', promptTitle: 'Score' },
          { kind: 'date', range: 'B5' },
          { range: 'B6', values: ['0', '1', '3'] },
          { range: 'C6', values: [], source: "'Other sheet'!$A$1:$A$3" },
        ],
        styles: [{ range: 'B2:B6', style: { locked: false } }],
        pageBreaks: [3, 5],
        protect: {},
        ...extra,
      }),
      sheet('Other sheet', { rows: [['a'], ['b', 'target'], ['c']] }),
    ],
    names: [
      { name: 'Field', sheet: '2008-03', range: 'B2', scope: 'sheet' },
      { name: 'Field', sheet: 'Other sheet', range: 'B2', scope: 'sheet' },
      { name: 'Choices', sheet: 'Other sheet', range: 'A1:A3' },
    ],
  };
}

async function insert(workbook: WorkbookSpec, options: RenderOptions = {}) {
  const fake = new FakeExcel();
  const context = officeJsContext(fake);
  const result = await applyInsert(context, await planInsert(context, workbook, stamp), 'keep-both', options);
  return { fake, result };
}

test('formulas are written through Range.formulas and only for formula cells; text stays text', async () => {
  const { fake, result } = await insert(spec());
  expect(fake.syncCount).toBe(2);
  expect(result.sheets).toEqual(['2008-03', 'Other sheet']);
  expect(readCell(fake, '2008-03', 'C1')).toEqual({ value: '=SUM(A1:B1)', formula: '=SUM(A1:B1)' });
  expect(readCell(fake, '2008-03', 'A2')).toEqual({ value: '=not a formula', prefixed: true });
  const formulaWrites = fake.operations.filter((op) => op.name === 'formulas');
  expect(formulaWrites.map((op) => op.args[0])).toEqual([[['=SUM(A1:B1)']]]);
});

test('runs of rows, columns, formulas and merges land cell for cell as the description says (two workers’ sheets)', async () => {
  const { spec: workbook } = buildWorkerWorkbook(
    [
      { name: 'Jo', grade: 'intermediate', setting: 'crisis' },
      { name: 'Sam', grade: 'senior', setting: 'older-people' },
    ],
    { index: false },
  );
  const { fake } = await insert(workbook);
  for (const s of workbook.sheets) {
    const placed = fake.sheet(s.name);
    expect({ sheet: s.name, merges: [...placed.merges].sort() }).toEqual({
      sheet: s.name,
      merges: [...s.merges].sort(),
    });
    const heights = s.rows.map((_, r) => cellFormat(fake, s.name, cellAddress(r, 0)).rowHeight);
    expect({ sheet: s.name, heights }).toEqual({ sheet: s.name, heights: s.rows.map((_, r) => s.rowHeights?.[r]) });
    const widths = s.columns.map((_, c) => cellFormat(fake, s.name, `${columnLetter(c)}1`).columnWidth);
    expect({ sheet: s.name, widths }).toEqual({
      sheet: s.name,
      widths: s.columns.map((c) => c.width * POINTS_PER_CHARACTER),
    });
    const formulas = (s.formulas ?? []).map((f) => [f.cell, readCell(fake, s.name, f.cell)?.formula]);
    expect(formulas).toEqual((s.formulas ?? []).map((f) => [f.cell, f.formula]));
  }
});

test('whole-number, date and list rules, prompts with titles and error alerts', async () => {
  const { fake } = await insert(spec());
  const rules = Object.fromEntries(fake.sheet('2008-03').validations.map((v) => [v.address, v]));
  expect(rules.B2.rule).toEqual({ wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
  expect(rules.B2.errorAlert).toEqual({ showAlert: true, message: 'Type 0 or more.', style: 'Stop', title: '' });
  expect(rules.B3.rule).toEqual({ wholeNumber: { formula1: 10, operator: 'LessThanOrEqualTo' } });
  expect(rules.B4.rule).toEqual({ wholeNumber: { formula1: 1, formula2: 5, operator: 'Between' } });
  expect(rules.B4.prompt).toEqual({ showPrompt: true, message: 'One to five', title: 'Score' });
  expect(rules.B5.rule).toEqual({ date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } });
  expect(rules.B6.rule).toEqual({ list: { inCellDropDown: true, source: '0,1,3' } });
  expect(rules.C6.rule).toEqual({ list: { inCellDropDown: true, source: "='Other sheet'!$A$1:$A$3" } });
});

test('links, page breaks and sheet-scoped names', async () => {
  const { fake } = await insert(spec());
  const month = fake.sheet('2008-03');
  expect(Object.fromEntries(month.links)).toEqual({
    D1: { documentReference: "'Other sheet'!B2", textToDisplay: 'Go' },
    D2: { documentReference: "'Other sheet'!A1", textToDisplay: 'Back' },
    // A cell in another workbook: its path, then the cell after "#", as the command line writes it too.
    D3: { address: "returns/north.xlsx#'2008-03'!B12", textToDisplay: 'B12' },
  });
  expect(month.pageBreaks).toEqual([3, 5]);
  // Numbers over 100% shaded by a "cell value" rule that text (a formula's "") never meets.
  expect(month.conditionalFormats).toEqual([
    expect.objectContaining({
      type: 'CellValue',
      address: 'A1:B1',
      cellValueRule: { operator: 'Between', formula1: '1.000000001', formula2: '1E+307' },
      fill: '#F8D7DA',
      fontColor: '#9C0006',
    }),
  ]);
  expect(sheetNames(fake, '2008-03')).toEqual([['Field', 'B2']]);
  expect(sheetNames(fake, 'Other sheet')).toEqual([['Field', 'B2']]);
  expect(fake.model.names.filter((n) => n.scopeSheetId === undefined).map((n) => n.name)).toEqual([
    'Choices',
    'STR_Toolkit_Stamp',
  ]);
});

test('notes become comments where the host has them (ExcelApi 1.10), else they are counted as skipped', async () => {
  const withComments = await insert(spec(), { comments: true });
  expect(withComments.fake.sheet('2008-03').comments).toEqual([{ address: 'A2', content: 'Typed by the user' }]);
  expect(withComments.result.notesSkipped).toBe(0);
  const without = await insert(spec());
  expect(without.fake.sheet('2008-03').comments).toEqual([]);
  expect(without.fake.operations.some((op) => op.path === 'comments')).toBe(false);
  expect(without.result.notesSkipped).toBe(1);
});

test('beforeProtect runs after the sheet is written and before it is protected', async () => {
  const seen: string[] = [];
  const { fake } = await insert(spec(), {
    beforeProtect: (added, s) => {
      seen.push(s.name);
      added.getRange('B2').values = [[7]];
    },
  });
  expect(seen).toEqual(['2008-03', 'Other sheet']);
  const hookWrite = fake.operations.findIndex((op) => op.name === 'values' && JSON.stringify(op.args) === '[[[7]]]');
  expect(hookWrite).toBeGreaterThan(0);
  expect(hookWrite).toBeLessThan(fake.operations.findIndex((op) => op.name === 'protect'));
  expect(readCell(fake, '2008-03', 'B2')?.value).toBe(7);
});

test('a prompt title Excel would refuse is reported before anything is queued', async () => {
  const fake = new FakeExcel();
  const context = officeJsContext(fake);
  const bad = spec({ validations: [{ kind: 'date', range: 'B5', promptTitle: 'x'.repeat(33) }] });
  const plan = await planInsert(context, bad, stamp);
  await expect(applyInsert(context, plan, 'keep-both')).rejects.toThrow(
    /prompt title .* longer than Excel's 32 characters/,
  );
  expect(fake.pendingOps).toBe(0);
});

test('an insert spread over several round trips: replaced sheets move aside first and go last, names go with their sheets', async () => {
  const months = ['2008-03', '2008-04', '2008-05'];
  const workbook: WorkbookSpec = {
    sheets: months.map((m) => sheet(m, { rows: [[`new ${m}`]] })),
    names: months.map((m) => ({ name: 'Field', sheet: m, range: 'A1', scope: 'sheet' as const })),
  };
  const registry = [
    ['Sheet', 'Document', 'Template', 'Template version', 'Toolkit version', 'Framework edition', 'Generated (UTC)'],
    ['2008-04', 'test', 't', '1', '0.1.0', 'e', ''],
  ];
  const fake = new FakeExcel({
    sheets: [
      { name: '2008-04', rows: [['old']] },
      { name: 'STR Toolkit Info', visibility: 'Hidden', rows: registry },
    ],
  });
  const context = officeJsContext(fake);
  const plan = await planInsert(context, workbook, stamp);
  expect(plan.clashes).toEqual(['2008-04']);
  // A budget of one byte: every sheet in a request of its own.
  const result = await applyInsert(context, plan, 'replace', { budget: 1 });
  expect(result).toMatchObject({ sheets: months, replaced: ['2008-04'], syncs: 3 });
  expect(fake.syncCount).toBe(4);
  expect(fake.model.sheets.map((s) => s.name)).toEqual(['STR Toolkit Info', ...months]);
  for (const m of months) {
    expect(readCell(fake, m, 'A1')?.value).toBe(`new ${m}`);
    expect(sheetNames(fake, m)).toEqual([['Field', 'A1']]);
  }
  // Each write sync was a whole step: the old copy was moved aside in the first and deleted in the last.
  const [, first, middle, last] = fake.syncs;
  expect(first.ops + middle.ops + last.ops).toBe(fake.operations.length - fake.syncs[0].ops);
  const renameAt = fake.operations.findIndex((op) => op.name === 'name' && op.args[0] === '2008-04 (old)');
  const deleteAt = fake.operations.findIndex((op) => op.name === 'delete');
  expect(renameAt).toBeLessThan(fake.syncs[0].ops + first.ops);
  expect(deleteAt).toBeGreaterThanOrEqual(fake.syncs[0].ops + first.ops + middle.ops);
  expect(fake.model.activeSheetId).toBe(fake.sheet('2008-03').id);
});
