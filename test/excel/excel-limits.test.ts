/**
 * Excel's limits, as the test host on Microsoft's library enforces them: each test sends a batch that
 * breaks one limit and expects Excel's refusal, and a batch just inside it that goes through.
 */
import { FakeExcel } from '../fakes/fake-excel';
import { EXCEL_WEB_PAYLOAD_LIMIT, officeJsContext, officeJsHost } from '../fakes/office-js-host';
import { POINTS_PER_CHARACTER } from '../../src/excel/render';

function data() {
  const fake = new FakeExcel({ sheets: [{ name: 'Data', rows: [[1, 2]] }, { name: 'Other' }] });
  const context = officeJsContext(fake);
  return { fake, context, sheet: context.workbook.worksheets.getItem('Data') };
}

test('a request body over 5 MB is refused before anything is applied; the size is the serialised body', async () => {
  const { fake, context, sheet } = data();
  // Two-, three- and four-byte characters and a lone surrogate half, which the size counts as UTF-8 does.
  const text = 'x'.repeat(990) + 'é€😀\ud800';
  const rows = Array.from({ length: 5300 }, () => [text]);
  sheet.getRange(`A1:A${rows.length}`).values = rows;
  await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  const host = officeJsHost(fake);
  expect(host.requests[0].bytes).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT);
  expect(host.requests[0].bytes).toBe(Buffer.byteLength(JSON.stringify(host.requests[0].body!)));
  expect(fake.sheet('Data').cells.size).toBe(2);

  sheet.getRange('A1:A4000').values = rows.slice(0, 4000);
  await context.sync();
  expect(fake.sheet('Data').cells.size).toBe(4001);
});

test('a response over 5 MB is refused', async () => {
  const { context, sheet } = data();
  const text = 'y'.repeat(1000);
  sheet.getRange('A1:A4000').values = Array.from({ length: 4000 }, () => [text]);
  await context.sync();
  sheet.getRange('A1:A4000').load('values');
  await context.sync(); // about 4 MB back
  sheet.getRange('A1:A4000').load('values,formulas');
  await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

test('row heights from 0 to 409 points', async () => {
  const { context, sheet } = data();
  sheet.getRange('1:1').format.rowHeight = 409;
  sheet.getRange('2:2').format.rowHeight = 0;
  await context.sync();
  sheet.getRange('3:3').format.rowHeight = 435; // what the Foundation outline's row 93 asks for
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('column widths up to 255 characters', async () => {
  const { context, sheet } = data();
  sheet.getRange('A:A').format.columnWidth = 255 * POINTS_PER_CHARACTER;
  await context.sync();
  sheet.getRange('B:B').format.columnWidth = 256 * POINTS_PER_CHARACTER;
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('headers and footers up to 255 characters', async () => {
  const { context, sheet } = data();
  const pages = sheet.pageLayout.headersFooters.defaultForAllPages;
  pages.centerHeader = 'h'.repeat(255);
  pages.centerFooter = 'f'.repeat(255);
  await context.sync();
  pages.centerHeader = 'h'.repeat(256);
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  pages.centerFooter = 'f'.repeat(256);
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('at most 1,026 manual page breaks on a sheet', async () => {
  const { context, sheet } = data();
  for (let row = 2; row <= 1027; row++) sheet.horizontalPageBreaks.add(`A${row}`);
  await context.sync();
  sheet.horizontalPageBreaks.add('A1028');
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
});

describe('a protected sheet refuses', () => {
  async function protectedData() {
    const made = data();
    made.sheet.protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true });
    await made.context.sync();
    return made;
  }
  const refusals: [string, (sheet: Excel.Worksheet, context: Excel.RequestContext) => void][] = [
    ['merges', (sheet) => sheet.getRange('A3:B3').merge()],
    [
      'validation',
      (sheet) => (sheet.getRange('A3').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } }),
    ],
    ['tables', (sheet) => sheet.tables.add('A1:B1', true)],
    ['names', (sheet, context) => context.workbook.names.add('Cells', sheet.getRange('A1'))],
    ['charts', (sheet) => sheet.charts.add('Line', sheet.getRange('A1:B1'))],
  ];
  test.each(refusals)('%s, even when its options allow formatting', async (_what, queue) => {
    const { context, sheet } = await protectedData();
    queue(sheet, context);
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  test('formats, unless its options allow them', async () => {
    const { context, sheet } = data();
    sheet.protection.protect();
    await context.sync();
    sheet.getRange('A1').format.fill.color = '#FF0000';
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('a protected workbook structure refuses', () => {
  const refusals: [string, (context: Excel.RequestContext) => void][] = [
    ['adding a sheet', (context) => context.workbook.worksheets.add('New')],
    ['renaming a sheet', (context) => (context.workbook.worksheets.getItem('Other').name = 'Renamed')],
    ['deleting a sheet', (context) => context.workbook.worksheets.getItem('Other').delete()],
  ];
  test.each(refusals)('%s', async (_what, queue) => {
    const fake = new FakeExcel({ sheets: [{ name: 'Data' }, { name: 'Other' }], protectedStructure: true });
    const context = officeJsContext(fake);
    const protection = context.workbook.protection.load('protected');
    await context.sync();
    expect(protection.protected).toBe(true);
    queue(context);
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Data', 'Other']);
  });
});

test.each([
  ['empty', ''],
  ['32 characters', 'x'.repeat(32)],
  ['a colon', 'a:b'],
  ['a slash', 'a/b'],
  ['a question mark', 'why?'],
  ['a square bracket', 'a[1]'],
  ['a leading apostrophe', "'quoted"],
  ['the name of another sheet, in other case', 'OTHER'],
])('a sheet name that is %s is refused', async (_what, name) => {
  const { context } = data();
  context.workbook.worksheets.add(name);
  await expect(context.sync()).rejects.toMatchObject({
    code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/),
  });
});
