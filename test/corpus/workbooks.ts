/**
 * Builders for the corpus: workbooks the toolkit made (then edited as a user might), staff lists, and
 * hand-made .xlsx packages for what exceljs will not write (no styles, a million rows, odd XML).
 */
import ExcelJS from 'exceljs';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { WorkerInput } from '../../src/roles/worker';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { REGISTRY_SHEET } from '../../src/sheets/stamp';
import { buildWorkerWorkbook } from '../../src/sheets/worker-workbook';
import { workbookBytes } from '../../src/xlsx/write-workbook';
import { workerWorkbookBytes } from '../../src/xlsx/write-worker-workbook';
import { xlsxBytes } from '../../src/xlsx/xlsx-bytes';
import { FieldValue, fillMonthSheet } from '../../src/xlsx/fill-in';
import { cellOf, goodValues, Value } from '../check/monthly/fixture';
import { deflateChunks, makeZip, ZipPart } from '../helpers/zip';

export const MONTH_SHEET = '2008-03';

function fieldValue(value: Value): FieldValue {
  if (value === null || typeof value !== 'object') return value;
  return value.kind === 'd' ? new Date(`${String(value.value)}T00:00:00Z`) : (value.value as FieldValue);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const save = (workbook: ExcelJS.Workbook) => xlsxBytes(workbook);

/** A site's March 2008 return, filled in with values that break no rule, then `edit`ed. */
export async function monthlyReturn(
  site: string,
  edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void = () => undefined,
): Promise<Buffer> {
  const spec = buildMonthlyReportWorkbook({ site, lead: 'Jo Bloggs', firstMonth: { year: 2008, month: 3 } });
  const workbook = await load(await workbookBytes(spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date())));
  const sheet = workbook.getWorksheet(MONTH_SHEET)!;
  const values = Object.entries(goodValues()).map(([field, value]) => [field, fieldValue(value)]);
  fillMonthSheet(sheet, cellOf, Object.fromEntries(values));
  edit(sheet, workbook);
  return save(workbook);
}

/** Sets one registry column for a sheet's stamp row (e.g. its template version). */
export function editStamp(workbook: ExcelJS.Workbook, sheet: string, column: number, value: string): void {
  const registry = workbook.getWorksheet(REGISTRY_SHEET)!;
  registry.eachRow((row) => {
    if (row.getCell(1).value === sheet) row.getCell(column).value = value;
  });
}

/** A role profile and KSF outline for one worker, then `edit`ed. */
export async function workerWorkbook(worker: WorkerInput, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await load(await workerWorkbookBytes(buildWorkerWorkbook([worker]), new Date(2008, 5, 15)));
  edit(workbook);
  return save(workbook);
}

/** A staff list on one sheet, header first. */
export async function staffList(sheetName: string, rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(sheetName).addRows(rows);
  return save(workbook);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';
export const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** A one-sheet .xlsx package around the given sheet part (the smallest that Excel and exceljs open). */
export function packageWith(sheet: ZipPart['deflated'] | Buffer): Buffer {
  const sheetPart: ZipPart = Buffer.isBuffer(sheet)
    ? { name: 'xl/worksheets/sheet1.xml', data: sheet }
    : { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), deflated: sheet };
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
    sheetPart,
  ]);
}

/** A sheet of `rows` numbered rows (one number each), streamed: about 50 MB of XML for a million rows. */
export async function manyRows(rows: number, withDimension: boolean): Promise<Buffer> {
  function* chunks(): Generator<Buffer> {
    const dimension = withDimension ? `<dimension ref="A1:A${rows}"/>` : '';
    yield Buffer.from(`${SHEET_OPEN}${dimension}<sheetData>`);
    const batch = 10_000;
    for (let start = 1; start <= rows; start += batch) {
      let xml = '';
      for (let r = start; r < Math.min(start + batch, rows + 1); r++)
        xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
      yield Buffer.from(xml);
    }
    yield Buffer.from('</sheetData></worksheet>');
  }
  return packageWith(await deflateChunks(chunks(), 1));
}

/** An OLE compound file holding one named stream: how encrypted .xlsx and old .xls files begin. */
export function compoundFile(streamName: string): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(512)]);
}
