import { CellValue, SheetSpec, WorkbookSpec } from '../../src/sheets/model';
import { specLabelHash } from '../../src/sheets/label-hash';
import { parseRegistry, REGISTRY_HEADER, REGISTRY_NAME, REGISTRY_RANGE, REGISTRY_SHEET, stampRow } from '../../src/sheets/stamp';
import { rangeAddress } from '../../src/sheets/a1';
import { buildFrameworkWorkbook } from '../../src/sheets/framework-sheets';
import { applyInsert, insertFramework, InsertError, planInsert } from '../../src/excel/insert-framework';
import { POINTS_PER_CHARACTER } from '../../src/excel/render';
import {
  cellFormat,
  FakeExcel,
  FakeExcelOptions,
  readCell,
  readFormat,
  readValues,
  tablesOn,
} from '../fakes/fake-excel';
import { EXCEL_WEB_PAYLOAD_LIMIT, measureFrameworkInsert, measureInsert } from '../fakes/measure-insert';
import { officeJsContext } from '../fakes/office-js-host';

const stamp = {
  document: 'framework',
  template: 'test-template',
  templateVersion: '1',
  toolkitVersion: '0.1.0',
  frameworkEdition: 'test edition',
  generated: '2026-01-01T00:00:00.000Z',
};

const FRAMEWORK = 'Competence Framework';
const CORE = 'Core Tasks';

function sheet(name: string, rows: CellValue[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    rows,
    columns: [],
    styles: [],
    merges: [],
    validations: [],
    print: { orientation: 'portrait', fitToWidth: false },
    ...extra,
  };
}

/** A small workbook that uses every feature of the model; `marker` tells one insert from another. */
function fixture(marker = 'v1'): WorkbookSpec {
  return {
    sheets: [
      sheet(
        FRAMEWORK,
        [
          [`The framework ${marker}`],
          ['Source: a test'],
          ['Area', 'Section', 'Task', 'Rank'],
          ['1. Working', '1.10', '=SUM(A1:A2)', 3],
          ['1. Working', '+44 20 7946 0000', '-5 days', null],
          ['@mention', "'quoted'", 'plain & simple'],
        ],
        {
          columns: [{ width: 16 }, { width: 10 }, { width: 40 }, { width: 8 }],
          styles: [
            { range: 'A1', style: { bold: true, fontSize: 14, fontColor: '005EB8' } },
            { range: 'A3:D6', style: { wrap: true, vertical: 'top', border: true } },
            { range: 'A3:D3', style: { bold: true, fill: '005EB8', fontColor: 'FFFFFF' } },
            { range: 'D4:D6', style: { numberFormat: '0', horizontal: 'center', locked: false } },
          ],
          merges: ['A1:D1'],
          freeze: { rows: 3, columns: 0 },
          table: { name: 'CompetenceFramework', range: 'A3:D6', style: 'TableStyleLight9' },
          validations: [{ range: 'D4:D6', values: ['1', '2', '3'], prompt: 'Pick a rank' }],
          rowHeights: { 2: 30 },
          print: { orientation: 'landscape', fitToWidth: true, titleRows: '3:3', header: 'Framework & more' },
          protect: { password: 'secret' },
          tabColor: '005EB8',
        },
      ),
      sheet(
        CORE,
        [
          ['Ref', 'Task'],
          ['1.1.1', `Task ${marker}`],
        ],
        {
          freeze: { rows: 1, columns: 1 },
          table: { name: 'CoreTasks', range: 'A1:B2', style: 'TableStyleLight9' },
        },
      ),
      sheet('Lists', [['Low'], ['High']], { hidden: true }),
    ],
    names: [{ name: 'Levels', sheet: 'Lists', range: 'A1:A2' }],
  };
}

async function insert(fake: FakeExcel, spec: WorkbookSpec, choice: 'keep-both' | 'replace' = 'keep-both') {
  const context = officeJsContext(fake);
  const before = fake.syncCount;
  const result = await applyInsert(context, await planInsert(context, spec, stamp), choice);
  return { ...result, syncs: fake.syncCount - before };
}

/** What the cells should read back as: a rectangle, empty cells as "". */
function expectedValues(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
}

function valuesOf(fake: FakeExcel, name: string, rows: CellValue[][]) {
  const width = Math.max(...rows.map((r) => r.length));
  return readValues(fake, name, rangeAddress(0, 0, rows.length - 1, width - 1));
}

function registrySheets(fake: FakeExcel): string[] {
  return parseRegistry(readValues(fake, REGISTRY_SHEET)).map((e) => e.sheet);
}

describe('insert into an empty workbook', () => {
  let fake: FakeExcel;
  let result: Awaited<ReturnType<typeof insert>>;
  const spec = fixture();

  beforeAll(async () => {
    fake = new FakeExcel();
    result = await insert(fake, spec);
  });

  test('takes exactly 2 syncs, each well under the 5 MB limit', () => {
    expect(result.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(fake.maxSyncBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(result).toMatchObject({ sheets: [FRAMEWORK, CORE, 'Lists'], renamed: [], replaced: [] });
  });

  test('every sheet is there with its values, one values write per sheet', () => {
    for (const s of spec.sheets) expect(valuesOf(fake, s.name, s.rows)).toEqual(expectedValues(s.rows));
    const writes = fake.operations.filter((op) => op.action === 'set' && op.name === 'values');
    expect(writes).toHaveLength(spec.sheets.length + 1); // + the registry
  });

  test('text that Excel would read as a formula or a number is written with an apostrophe', () => {
    const written = fake.operations.find((op) => op.name === 'values')?.args[0] as unknown[][];
    expect(written[3]).toEqual(['1. Working', "'1.10", "'=SUM(A1:A2)", 3]);
    expect(written[4]).toEqual(['1. Working', "'+44 20 7946 0000", "'-5 days", '']);
    expect(written[5]).toEqual(["'@mention", "''quoted'", 'plain & simple', '']);
    for (const cell of ['C4', 'B5', 'C5', 'A6']) expect(readCell(fake, FRAMEWORK, cell)?.formula).toBeUndefined();
    expect(readCell(fake, FRAMEWORK, 'B6')?.value).toBe("'quoted'");
  });

  test('the table exists with its name, style and filter buttons', () => {
    expect(tablesOn(fake, FRAMEWORK)).toEqual([
      expect.objectContaining({
        name: 'CompetenceFramework',
        address: 'A3:D6',
        style: 'TableStyleLight9',
        showFilterButton: true,
        hasHeaders: true,
      }),
    ]);
    expect(tablesOn(fake, CORE)[0].name).toBe('CoreTasks');
  });

  test('freeze panes, print setup, tab colour and protection', () => {
    expect(fake.sheet(FRAMEWORK).freeze).toEqual({ rows: 3, columns: 0 });
    expect(fake.sheet(CORE).freeze).toEqual({ rows: 1, columns: 1 });
    expect(fake.sheet(FRAMEWORK).pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '3:3',
      centerHeader: 'Framework && more',
    });
    expect(fake.sheet(CORE).pageLayout).toEqual({ orientation: 'Portrait', paperSize: 'A4' });
    expect(fake.sheet(FRAMEWORK).tabColor).toBe('#005EB8');
    expect(fake.sheet(FRAMEWORK).protection).toEqual({
      protected: true,
      options: { allowAutoFilter: true, allowSort: true, allowFormatColumns: true },
      password: 'secret',
    });
    expect(fake.sheet(CORE).protection.protected).toBe(false);
  });

  test('styles, widths, heights, merges and list validations', () => {
    expect(readFormat(fake, FRAMEWORK, 'A1')).toEqual({ 'font.bold': true, 'font.size': 14, 'font.color': '#005EB8' });
    expect(cellFormat(fake, FRAMEWORK, 'B3')).toMatchObject({
      'font.bold': true,
      'fill.color': '#005EB8',
      wrapText: true,
      verticalAlignment: 'Top',
      'borders.InsideHorizontal.style': 'Continuous',
      'borders.InsideVertical.weight': 'Thin',
    });
    expect(readFormat(fake, FRAMEWORK, 'D4:D6')).toEqual({
      numberFormat: '0',
      horizontalAlignment: 'Center',
      'protection.locked': false,
    });
    expect(readFormat(fake, FRAMEWORK, 'C:C').columnWidth).toBeCloseTo(40 * POINTS_PER_CHARACTER);
    expect(readFormat(fake, FRAMEWORK, '3:3').rowHeight).toBe(30);
    expect(fake.sheet(FRAMEWORK).merges).toEqual(['A1:D1']);
    expect(fake.sheet(FRAMEWORK).validations).toEqual([
      {
        address: 'D4:D6',
        rule: { list: { inCellDropDown: true, source: '1,2,3' } },
        prompt: { showPrompt: true, message: 'Pick a rank', title: '' },
      },
    ]);
  });

  test('hidden sheets, defined names and the hidden registry listing every inserted sheet', () => {
    expect(fake.sheet('Lists').visibility).toBe('Hidden');
    expect(fake.sheet(REGISTRY_SHEET).visibility).toBe('Hidden');
    expect(registrySheets(fake)).toEqual([FRAMEWORK, CORE, 'Lists']);
    expect(readValues(fake, REGISTRY_SHEET)[1]).toEqual(
      stampRow({ ...stamp, sheet: FRAMEWORK, labelsHash: specLabelHash(fixture().sheets[0]) }),
    );
    expect(fake.model.names.map((n) => [n.name, fake.model.nameFormula(n)])).toEqual([
      ['Levels', '=Lists!A1:A2'],
      [REGISTRY_NAME, `='${REGISTRY_SHEET}'!A1:H1048576`],
    ]);
    // The user lands on the new framework sheet.
    expect(fake.model.activeSheetId).toBe(fake.sheet(FRAMEWORK).id);
  });
});

test('a second insert keeps both: new sheets and tables get unique names, the first copies stay as they were', async () => {
  const fake = new FakeExcel();
  await insert(fake, fixture('v1'));
  const firstCopy = readValues(fake, FRAMEWORK);
  const result = await insert(fake, fixture('v2'));

  expect(result.syncs).toBe(2);
  expect(result.sheets).toEqual([`${FRAMEWORK} (2)`, `${CORE} (2)`, 'Lists (2)']);
  expect(result.renamed).toContainEqual({ from: FRAMEWORK, to: `${FRAMEWORK} (2)` });
  expect(readValues(fake, `${FRAMEWORK} (2)`)[0][0]).toBe('The framework v2');
  expect(readValues(fake, FRAMEWORK)).toEqual(firstCopy);
  expect(fake.model.tables.map((t) => t.name)).toEqual([
    'CompetenceFramework',
    'CoreTasks',
    'CompetenceFramework_2',
    'CoreTasks_2',
  ]);
  expect(fake.model.names.map((n) => n.name)).toEqual(['Levels', REGISTRY_NAME, 'Levels_2']);
  expect(registrySheets(fake)).toEqual([FRAMEWORK, CORE, 'Lists', `${FRAMEWORK} (2)`, `${CORE} (2)`, 'Lists (2)']);
});

describe('replace', () => {
  /** A workbook where the toolkit made "Competence Framework" and the user made their own "Core Tasks". */
  function toolkitAndUserSheets(): FakeExcelOptions {
    return {
      sheets: [
        { name: FRAMEWORK, rows: [['old toolkit copy']] },
        { name: CORE, rows: [['my own notes']] },
        {
          name: REGISTRY_SHEET,
          visibility: 'Hidden',
          rows: [[...REGISTRY_HEADER], stampRow({ ...stamp, sheet: FRAMEWORK })],
        },
      ],
      names: [{ name: REGISTRY_NAME, formula: `='${REGISTRY_SHEET}'!${REGISTRY_RANGE}` }],
      tables: [{ sheet: FRAMEWORK, name: 'CompetenceFramework', address: 'A1:A2' }],
    };
  }

  test('asks only about sheets the registry says the toolkit made', async () => {
    const fake = new FakeExcel(toolkitAndUserSheets());
    const plan = await planInsert(officeJsContext(fake), fixture(), stamp);
    expect(plan.clashes).toEqual([FRAMEWORK]);
    expect(plan.registered.map((e) => e.sheet)).toEqual([FRAMEWORK]);
  });

  test("deletes only the toolkit's own sheet; a user's sheet of the same name survives", async () => {
    const fake = new FakeExcel(toolkitAndUserSheets());
    const result = await insert(fake, fixture('v2'), 'replace');

    expect(result.syncs).toBe(2);
    expect(result.replaced).toEqual([FRAMEWORK]);
    expect(result.sheets).toEqual([FRAMEWORK, `${CORE} (2)`, 'Lists']);
    expect(readValues(fake, FRAMEWORK)[0][0]).toBe('The framework v2');
    expect(readValues(fake, CORE)).toEqual([['my own notes']]);
    expect(readValues(fake, `${CORE} (2)`)[1]).toEqual(['1.1.1', 'Task v2']);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([CORE, REGISTRY_SHEET, FRAMEWORK, `${CORE} (2)`, 'Lists']);
    // The old table went with its sheet; the new one was named beside it, before the delete.
    expect(fake.model.tables.map((t) => t.name)).toEqual(['CompetenceFramework_2', 'CoreTasks']);
    expect(registrySheets(fake)).toEqual([FRAMEWORK, FRAMEWORK, `${CORE} (2)`, 'Lists']);
  });

  test('works when every visible sheet is one the toolkit made (Excel keeps one visible sheet)', async () => {
    const fake = new FakeExcel();
    await insert(fake, fixture('v1'));
    fake.model.deleteSheet(fake.sheet('Sheet1'));
    const result = await insert(fake, fixture('v2'), 'replace');
    expect(result.replaced).toEqual([FRAMEWORK, CORE, 'Lists']);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([REGISTRY_SHEET, FRAMEWORK, CORE, 'Lists']);
    expect(readValues(fake, CORE)[1]).toEqual(['1.1.1', 'Task v2']);
  });
});

test('a registry name left behind by a deleted registry sheet does not break the insert', async () => {
  const fake = new FakeExcel({ names: [{ name: REGISTRY_NAME, formula: '=#REF!' }] });
  await insert(fake, fixture());
  expect(fake.model.names.map((n) => fake.model.nameFormula(n))).toContain(`='${REGISTRY_SHEET}'!A1:H1048576`);
  expect(registrySheets(fake)).toEqual([FRAMEWORK, CORE, 'Lists']);
});

test('an emptied registry sheet gets its header back', async () => {
  const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }, { name: REGISTRY_SHEET, visibility: 'Hidden' }] });
  await insert(fake, fixture());
  expect(registrySheets(fake)).toEqual([FRAMEWORK, CORE, 'Lists']);
});

test('a failing second sync names the sheets that may have been partly added', async () => {
  const fake = new FakeExcel({ failOnSync: 2, failAfterOps: 40 });
  const error = await insert(fake, fixture()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InsertError);
  const message = (error as InsertError).message;
  expect(message).toMatch(/may have been partly added: "Competence Framework", "Core Tasks", "Lists"/);
  expect(message).toMatch(/Simulated failure of sync 2/);
  expect((error as InsertError).sheets).toEqual([FRAMEWORK, CORE, 'Lists']);
  expect(fake.syncCount).toBe(2);
  expect(fake.model.findSheet(FRAMEWORK)).toBeDefined(); // Excel does not roll back
});

test('a failing replace says where the earlier copies are', async () => {
  const fake = new FakeExcel({ failOnSync: 4 });
  await insert(fake, fixture('v1'));
  const error = (await insert(fake, fixture('v2'), 'replace').catch((e: unknown) => e)) as Error;
  expect(error.message).toMatch(/earlier copies may still be there, renamed "Competence Framework \(old\)"/);
});

test('a list too long for Excel fails clearly before anything is queued', async () => {
  const spec = fixture();
  spec.sheets[1].validations = [{ range: 'B2', values: Array.from({ length: 60 }, (_, i) => `Option ${i}`) }];
  const fake = new FakeExcel();
  const context = officeJsContext(fake);
  const plan = await planInsert(context, spec, stamp);
  await expect(applyInsert(context, plan, 'keep-both')).rejects.toThrow(
    /characters long; Excel allows 255.*use a range/,
  );
  expect(fake.pendingOps).toBe(0);
  expect(fake.syncCount).toBe(1);
});

test('measureInsert reports syncs and the largest payload for the bench', async () => {
  const m = await measureInsert(fixture(), stamp);
  expect(m.syncs).toBe(2);
  expect(m.payloadBytes).toBe(Math.max(...m.perSync.map((s) => s.bytes)));
  expect(m.payloadBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
});

describe('the real framework workbook', () => {
  test('inserts in exactly 2 syncs under 5 MB, every sheet with its values', async () => {
    const spec = buildFrameworkWorkbook();
    const fake = new FakeExcel();
    const result = await insertFramework(officeJsContext(fake));
    expect(result.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(fake.maxSyncBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(result.sheets).toEqual(spec.sheets.map((s) => s.name));
    for (const s of spec.sheets) expect(valuesOf(fake, s.name, s.rows)).toEqual(expectedValues(s.rows));
    expect(registrySheets(fake)).toEqual(result.sheets);
  });

  test('measureFrameworkInsert gives the bench syncs and payload', async () => {
    const m = await measureFrameworkInsert();
    expect(m.syncs).toBe(2);
    expect(m.payloadBytes).toBeGreaterThan(0);
    expect(m.payloadBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
  });
});
