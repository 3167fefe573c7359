/** The exceljs adapter writes every feature of the sheet model: read back with exceljs and from the raw parts. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { SheetSpec, WorkbookSpec } from '../../src/sheets/model';
import { readXlsx } from '../../src/ooxml/read-xlsx';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { readXlsxPart } from '../helpers/xlsx-part';
import { TEST_STAMP } from '../helpers/stamp';

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

const spec: WorkbookSpec = {
  sheets: [
    sheet('2008-03', {
      rows: [[1, 2, null, 'Go'], ['=not a formula', null, null, null], [null, null, null, null], ['x'], ['y'], ['z']],
      formulas: [{ cell: 'C1', formula: '=SUM(A1:B1)' }],
      notes: [{ cell: 'A2', text: 'Typed by the user' }],
      links: [
        { cell: 'D1', sheet: 'Other sheet', target: 'B2' },
        { cell: 'D2', sheet: 'Other sheet', target: 'A1', text: 'Say "hi"' },
        { cell: 'D3', file: 'returns/north.xlsx', sheet: '2008-03', target: 'B12', text: 'B12' },
      ],
      conditionalFormats: [{ kind: 'over', range: 'A1:B1', value: 1, fill: 'F8D7DA', fontColor: '9C0006' }],
      validations: [
        { kind: 'whole', range: 'B2', min: 0 },
        { kind: 'whole', range: 'B3', max: 10, error: 'Ten at most.' },
        { kind: 'whole', range: 'B4', min: 1, max: 5, prompt: 'One to five', promptTitle: 'Score' },
        { kind: 'date', range: 'B5' },
        { range: 'B6', values: ['0', '1', '3'] },
        { range: 'C6', values: [], source: "'Other sheet'!$A$1:$A$3" },
      ],
      pageBreaks: [3, 5],
    }),
    sheet('Other sheet', { rows: [['a'], ['b', 'target'], ['c']] }),
    sheet("KSF - Sam O'Neill", {
      rows: [['Title'], ['Ref', 'Text'], ['a', 'b']],
      print: { orientation: 'landscape', fitToWidth: true, titleRows: '2:2' },
    }),
  ],
  names: [
    { name: 'Field', sheet: '2008-03', range: 'B2', scope: 'sheet' },
    { name: 'Field', sheet: 'Other sheet', range: 'B2', scope: 'sheet' },
    { name: 'Choices', sheet: 'Other sheet', range: 'A1:A3' },
  ],
};

let file: string;
let workbook: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;

beforeAll(async () => {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-render-')), 'features.xlsx');
  await writeWorkbookFile(file, spec, stamp, false);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  ws = workbook.getWorksheet('2008-03') as ExcelJS.Worksheet;
});

test('formulas come only from the formula list; text that looks like one stays text', () => {
  expect(ws.getCell('C1').formula).toBe('SUM(A1:B1)');
  expect(ws.getCell('A2').value).toBe('=not a formula');
  expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
  // No cached results were written, so Excel is told to calculate on opening.
  expect(readXlsxPart(file, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
});

test('notes and in-workbook links', () => {
  expect(ws.getCell('A2').note).toBe('Typed by the user');
  expect(ws.getCell('D1').formula).toBe(`HYPERLINK("#'Other sheet'!B2","Go")`);
  expect(ws.getCell('D2').formula).toBe(`HYPERLINK("#'Other sheet'!A1","Say ""hi""")`);
  // A cell in another workbook, by its path relative to this one (the command line's check results).
  expect(ws.getCell('D3').formula).toBe(`HYPERLINK("returns/north.xlsx#'2008-03'!B12","B12")`);
  expect(ws.getCell('D2').result).toBe('Say "hi"');
});

test('whole-number, date and list checks, typed-in or from a range', () => {
  expect(ws.getCell('B2').dataValidation).toMatchObject({
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    showErrorMessage: true,
  });
  expect(ws.getCell('B2').dataValidation.error).toBe('Type a whole number at least 0.');
  expect(ws.getCell('B3').dataValidation).toMatchObject({
    type: 'whole',
    operator: 'lessThanOrEqual',
    formulae: [10],
    error: 'Ten at most.',
  });
  expect(ws.getCell('B4').dataValidation).toMatchObject({
    type: 'whole',
    operator: 'between',
    formulae: [1, 5],
    prompt: 'One to five',
    promptTitle: 'Score',
    showInputMessage: true,
  });
  expect(ws.getCell('B5').dataValidation).toMatchObject({ type: 'date', operator: 'greaterThanOrEqual' });
  expect(ws.getCell('B6').dataValidation).toMatchObject({
    type: 'list',
    formulae: ['"0,1,3"'],
    error: 'Choose one of: 0, 1, 3',
  });
  expect(ws.getCell('C6').dataValidation).toMatchObject({ type: 'list', formulae: ["'Other sheet'!$A$1:$A$3"] });
});

test('page breaks above the rows that start a page', () => {
  const xml = readXlsxPart(file, 'xl/worksheets/sheet1.xml');
  expect([...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([3, 5]);
});

test('sheet-scoped names are written per sheet (localSheetId), beside workbook names', () => {
  const xml = readXlsxPart(file, 'xl/workbook.xml');
  const names = [...xml.matchAll(/<definedName name="([^"]+)"( localSheetId="(\d+)")?>([^<]*)<\/definedName>/g)].map(
    (m) => [m[1], m[3], m[4]],
  );
  expect(names).toEqual(
    expect.arrayContaining([
      ['Field', '0', '&apos;2008-03&apos;!$B$2'],
      ['Field', '1', '&apos;Other sheet&apos;!$B$2'],
      ['Choices', undefined, '&apos;Other sheet&apos;!$A$1:$A$3'],
    ]),
  );
  expect(names.filter(([n]) => n === 'Field')).toHaveLength(2);
});

test('print titles repeat on every page, also on a sheet whose name has a quote in it', () => {
  const xml = readXlsxPart(file, 'xl/workbook.xml');
  expect(xml).toContain(
    '<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;KSF - Sam O&apos;&apos;Neill&apos;!$2:$2</definedName>',
  );
});

test('read back by the toolkit’s reader, every name keeps its scope (plain exceljs keeps one "Field")', async () => {
  const names = readXlsx(new Uint8Array(fs.readFileSync(file))).names;
  expect(names.filter((n) => n.name !== 'STR_Toolkit_Stamp')).toEqual([
    { name: 'Choices', sheet: 'Other sheet', range: 'A1:A3', scope: null },
    { name: 'Field', sheet: '2008-03', range: 'B2', scope: '2008-03' },
    { name: 'Field', sheet: 'Other sheet', range: 'B2', scope: 'Other sheet' },
  ]);
  expect(workbook.definedNames.getRanges('Field').ranges).toHaveLength(1);
});

test('a check message keeps its line breaks in the file', async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-render-')), 'lines.xlsx');
  const lines = sheet('Lines', {
    rows: [['a']],
    validations: [{ range: 'A1', values: ['0', '1'], prompt: '0 – None\n1 – Some', error: 'No:\r\nchoose' }],
  });
  await writeWorkbookFile(out, { sheets: [lines], names: [] }, stamp, false);
  expect(readXlsxPart(out, 'xl/worksheets/sheet1.xml')).toContain('prompt="0 – None&#10;1 – Some"');
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  const dv = back.getWorksheet('Lines')?.getCell('A1').dataValidation;
  expect([dv?.prompt, dv?.error]).toEqual(['0 – None\n1 – Some', 'No:\r\nchoose']);
});

test('a number over a value is shaded by a "between" rule that text never meets, as in Excel', () => {
  const xml = readXlsxPart(file, 'xl/worksheets/sheet1.xml');
  expect(xml).toMatch(
    /<conditionalFormatting sqref="A1:B1"><cfRule type="cellIs" dxfId="\d+" priority="1" operator="between"><formula>1.000000001<\/formula><formula>1E\+307<\/formula><\/cfRule>/,
  );
  const styles = readXlsxPart(file, 'xl/styles.xml');
  expect(styles).toMatch(
    /<dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFF8D7DA"\/><\/patternFill><\/fill><\/dxf>/,
  );
});
