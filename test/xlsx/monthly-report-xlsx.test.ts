/** A generated monthly report, read back from the file with exceljs as a checker would. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { REGISTRY_SHEET, parseRegistry } from '../../src/sheets/stamp';
import { GridName } from '../../src/grid/grid';
import { readXlsx } from '../../src/ooxml/read-xlsx';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { readXlsxPart } from '../helpers/xlsx-part';
import { CellValue } from '../../src/sheets/model';

const SITE = '=HYPERLINK("http://evil")';
const LEAD = '@Jo -Bloggs';
let file: string;
let workbook: ExcelJS.Workbook;
let names: GridName[];

async function write(name: string, options: { months?: number; password?: string } = {}): Promise<string> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-monthly-')), name);
  const spec = buildMonthlyReportWorkbook({ site: SITE, lead: LEAD, firstMonth: { year: 2008, month: 3 }, ...options });
  await writeWorkbookFile(out, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date(Date.UTC(2008, 2, 1))), false);
  return out;
}

beforeAll(async () => {
  file = await write('report.xlsx', { months: 2 });
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  // exceljs keeps one of several same-named names; the toolkit's reader keeps each with its sheet.
  names = readXlsx(new Uint8Array(fs.readFileSync(file))).names;
});

const sheet = (name = '2008-03') => workbook.getWorksheet(name) as ExcelJS.Worksheet;
/** The cell a sheet-scoped name points at on `sheetName`. */
function named(name: string, sheetName = '2008-03'): ExcelJS.Cell {
  const found = names.find((n) => n.name === name && n.scope === sheetName);
  if (!found) throw new Error(`no ${name} on ${sheetName}`);
  return sheet(sheetName).getCell(found.range as string);
}
const columnA = (ws: ExcelJS.Worksheet) => {
  const out: { row: number; text: string }[] = [];
  ws.eachRow((row, r) => {
    const v = row.getCell(1).value;
    if (typeof v === 'string') out.push({ row: r, text: v });
  });
  return out;
};

test("the 17 objectives, in order, each with the seed's statement, its scale and the four labelled cells", () => {
  const texts = columnA(sheet());
  const objectives = NATIONAL_DEFINITION.sections.flatMap((s) => s.objectives);
  let from = 0;
  for (const objective of objectives) {
    const at = texts.findIndex((t, i) => i >= from && t.text === objective.statement);
    expect(at).toBeGreaterThanOrEqual(from);
    const following = texts.slice(at + 1, at + 5 + objective.scale.length);
    expect(following.map((t) => t.text)).toEqual([
      'Rating Scale',
      ...objective.scale.map((l) => l.text),
      'Baseline:',
      'Self rating this month:',
      'PDSA no',
    ]);
    const pdsaRow = following[following.length - 1].row;
    expect(sheet().getCell(pdsaRow, 3).value).toBe(objective.labels?.dateAchieved ?? 'Date achieved');
    from = at + 1;
  }
  expect(texts.filter((t) => t.text === 'Self rating this month:')).toHaveLength(17);
});

test("each rating dropdown holds exactly its scale's values, with the labels as its message", () => {
  NATIONAL_DEFINITION.sections.forEach((section) =>
    section.objectives.forEach((objective, i) => {
      for (const field of ['Baseline', 'SelfRating']) {
        const dv = named(`${section.id}${i + 1}_${field}`).dataValidation;
        expect(dv.type).toBe('list');
        expect(dv.formulae).toEqual([`"${objective.scale.map((l) => l.value).join(',')}"`]);
        expect(dv.prompt).toBe(objective.scale.map((l) => l.text).join('\n'));
      }
    }),
  );
  expect(named('ET2_SelfRating').dataValidation.formulae).toEqual(['"0,1,3"']);
  expect(named('EO4_Baseline').dataValidation.prompt?.startsWith('0 –\n1 – PDSA cycles initiated')).toBe(true);
});

test('Total in site is a formula over the three counts; counts take whole numbers 0 or more, dates take dates', () => {
  expect(named('Numbers_Total').formula).toBe('SUM(B15:B17)');
  expect(['Numbers_InPost', 'Numbers_InRecruitment', 'Numbers_Identified'].map((n) => named(n).address)).toEqual([
    'B15',
    'B16',
    'B17',
  ]);
  for (const count of ['Numbers_InPost', 'Posts_New', 'Area_CMHT', 'EO1_PDSA', 'Added_LivedExperience']) {
    expect(named(count).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
  }
  for (const date of ['EO1_DateAchieved', 'Added_DateSubmitted', 'Added_SteeringGroupMeeting']) {
    expect(named(date).dataValidation.type).toBe('date');
    expect(named(date).numFmt).toBe('dd/mm/yyyy');
  }
  expect(named('Header_Month').value).toEqual(new Date(Date.UTC(2008, 2, 1)));
  expect(named('Header_DueDate').value).toEqual(new Date(Date.UTC(2008, 3, 5)));
  expect(named('Header_DueDate', '2008-04').value).toEqual(new Date(Date.UTC(2008, 4, 5)));
});

test('yellow inputs are unlocked and named; labels and formulas are locked; the sheet is protected', () => {
  const ws = sheet();
  const onSheet = new Set(names.filter((n) => n.scope === '2008-03').map((n) => n.range));
  let yellow = 0;
  ws.eachRow((row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
      if (fill === 'FFFFFF99') {
        expect(cell.protection?.locked).toBe(false);
        if (!cell.isMerged || cell.master === cell) {
          yellow++;
          expect(onSheet.has(cell.address)).toBe(true);
        }
      } else {
        expect(cell.protection?.locked).not.toBe(false);
      }
    }),
  );
  expect(yellow).toBe(2 + 3 + 2 + 11 + 1 + 4 * 17 + 7 + 3);
  expect(named('Numbers_Total').protection?.locked).not.toBe(false);
  expect(ws.getCell('A1').protection?.locked).not.toBe(false);
  expect(readXlsxPart(file, 'xl/worksheets/sheet1.xml')).toMatch(/<sheetProtection sheet="1"/);
});

test('every month has the same names, each scoped to its own sheet', () => {
  const on = (s: string) => names.filter((n) => n.scope === s).map((n) => `${n.name}=${n.range}`);
  expect(on('2008-03').length).toBe(2 + 3 + 2 + 11 + 1 + 4 * 17 + 7 + 3 + 4);
  expect(on('2008-04')).toEqual(on('2008-03'));
  expect(names.filter((n) => n.scope === null).map((n) => n.name)).toEqual(['STR_Toolkit_Stamp']);
});

test('site and lead names that start with = or @ stay text', () => {
  for (const [name, value] of [
    ['Header_Site', SITE],
    ['Header_Lead', LEAD],
  ]) {
    const cell = named(name);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(value);
  }
});

test('the template and its version are recorded in the hidden registry', () => {
  const registry = sheet(REGISTRY_SHEET);
  expect(registry.state).toBe('hidden');
  const rows: CellValue[][] = [];
  registry.eachRow((row) => rows.push((row.values as CellValue[]).slice(1)));
  expect(parseRegistry(rows).map((e) => [e.sheet, e.document, e.template, e.templateVersion])).toEqual([
    ['2008-03', 'monthly-report', 'str-implementation-site-monthly-report', '1'],
    ['2008-04', 'monthly-report', 'str-implementation-site-monthly-report', '1'],
  ]);
});

test('A4 portrait, one page wide, page breaks only where a section, an objective or a report box starts', () => {
  const setup = sheet().pageSetup;
  expect(setup).toMatchObject({
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
  const breaks = [...readXlsxPart(file, 'xl/worksheets/sheet1.xml').matchAll(/<brk id="(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
  // Each objective prints whole and each section heading with its first objective (page-breaks.ts), so a
  // page starts at one of these, never inside an objective's scale and inputs.
  const blockStarts = new Set<string>([
    ...NATIONAL_DEFINITION.sections.flatMap((s) => [s.title, ...s.objectives.map((o) => o.statement)]),
    NATIONAL_DEFINITION.leadsReport.heading,
    ...NATIONAL_DEFINITION.leadsReport.fields.map((f) => f.label),
    'Added by the STR Toolkit: not part of the national form',
  ]);
  const starts = breaks.map((row) => String(sheet().getCell(row + 1, 1).value));
  expect(starts.length).toBeGreaterThan(0);
  expect(starts.filter((text) => !blockStarts.has(text))).toEqual([]);
  // A one-month report prints in at most 7 pages (issue 15).
  expect(breaks.length).toBeLessThanOrEqual(6);
});

test('a password protects every sheet with a cheap hash; without one there is no hash', async () => {
  const locked = await write('locked.xlsx', { months: 2, password: 'site-lead' });
  for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
    const xml = readXlsxPart(locked, part);
    expect(xml).toMatch(/<sheetProtection[^>]*algorithmName="SHA-512"[^>]*spinCount="1000"/);
  }
  expect(readXlsxPart(file, 'xl/worksheets/sheet1.xml')).not.toMatch(/hashValue/);
});
