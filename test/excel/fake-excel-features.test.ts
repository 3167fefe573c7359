/** The fake's sheet-scoped names, copyFrom, protection of locked cells, comments, page breaks and RangeAreas. */
import { cellFormat, FakeExcel, readCell, sheetNames } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';

function twoSheets() {
  const fake = new FakeExcel({ sheets: [{ name: '2008-03', rows: [['Site']] }, { name: 'Sheet2' }] });
  return { fake, context: officeJsContext(fake) };
}

test('sheet-scoped names: one per sheet, apart from workbook names, and gone with their sheet', async () => {
  const { fake, context } = twoSheets();
  const [march, other] = ['2008-03', 'Sheet2'].map((n) => context.workbook.worksheets.getItem(n));
  march.names.add('Header_Site', march.getRange('B1'));
  other.names.add('Header_Site', other.getRange('B1'));
  context.workbook.names.add('Header_Site', march.getRange('A1'));
  await context.sync();
  expect(sheetNames(fake, '2008-03')).toEqual([['Header_Site', 'B1']]);
  const workbookNames = context.workbook.names.load('items/name');
  const marchNames = march.names.load('items/name,items/scope');
  await context.sync();
  expect(workbookNames.items.map((n) => n.name)).toEqual(['Header_Site']);
  expect(marchNames.items.map((n) => [n.name, n.scope])).toEqual([['Header_Site', 'Worksheet']]);

  march.names.add('header_site', march.getRange('C1'));
  await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });

  march.delete();
  await context.sync();
  expect(fake.model.names.map((n) => [n.name, fake.model.nameFormula(n)])).toEqual([
    ['Header_Site', '=Sheet2!B1'],
    ['Header_Site', '=#REF!'],
  ]);
});

test("a named item's range, and copyFrom values: text stays text, a one-cell target takes the source's size", async () => {
  const { fake, context } = twoSheets();
  const march = context.workbook.worksheets.getItem('2008-03');
  march.getRange('B1').values = [["'=Mine"]];
  march.names.add('Row', march.getRange('A1:B1'));
  await context.sync();
  const target = context.workbook.worksheets.getItem('Sheet2');
  target.getRange('C3').copyFrom(march.names.getItem('Row').getRange(), 'Values');
  target.getRange('A9').copyFrom("'2008-03'!B1", 'Values');
  await context.sync();
  expect(readCell(fake, 'Sheet2', 'C3')).toEqual({ value: 'Site' });
  expect(readCell(fake, 'Sheet2', 'D3')).toEqual({ value: '=Mine', prefixed: true });
  expect(readCell(fake, 'Sheet2', 'A9')?.formula).toBeUndefined();

  target.getRange('E1').copyFrom(march.getRange('A1'), 'Formats');
  await expect(context.sync()).rejects.toThrow(/"Values" only/);
  march.getRange('C1').formulas = [['=1+1']];
  target.getRange('E1').copyFrom(march.getRange('C1'), 'Values');
  await expect(context.sync()).rejects.toMatchObject({ code: 'NotImplemented' });
  march.names.getItem('Nope').getRange();
  await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
});

test('a protected sheet refuses writes to locked cells and takes them in unlocked ones', async () => {
  const { fake, context } = twoSheets();
  const sheet = context.workbook.worksheets.getItem('Sheet2');
  sheet.getRange('B2').format.protection.locked = false;
  sheet.protection.protect();
  sheet.getRange('B2').values = [[5]];
  await context.sync();
  expect(readCell(fake, 'Sheet2', 'B2')?.value).toBe(5);
  sheet.getRange('B2:B3').values = [[1], [2]];
  await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  sheet.getRange('A1').copyFrom("'2008-03'!A1", 'Values');
  await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  expect(readCell(fake, 'Sheet2', 'B2')?.value).toBe(5);
});

test('comments on one cell each, page breaks below the first row, one kind of rule', async () => {
  const { fake, context } = twoSheets();
  const sheet = context.workbook.worksheets.getItem('Sheet2');
  context.workbook.comments.add(sheet.getRange('A1'), 'note');
  sheet.horizontalPageBreaks.add('A5');
  await context.sync();
  expect(fake.sheet('Sheet2').comments).toEqual([{ address: 'A1', content: 'note' }]);
  expect(fake.sheet('Sheet2').pageBreaks).toEqual([4]);

  context.workbook.comments.add(sheet.getRange('A1:B1'), 'two cells');
  await expect(context.sync()).rejects.toThrow(/one cell/);
  sheet.horizontalPageBreaks.add('A1');
  await expect(context.sync()).rejects.toThrow(/above the first row/);
  sheet.getRange('A1').dataValidation.rule = {
    list: { inCellDropDown: true, source: 'a' },
    date: { formula1: '1900-01-01', operator: 'GreaterThan' },
  };
  await expect(context.sync()).rejects.toThrow(/exactly one kind/);
  sheet.getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: "='No such'!A1:A3" } };
  await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  sheet.getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: '=Sheet2!$A$1:$A$3' } };
  await context.sync();
  expect(fake.sheet('Sheet2').validations[0].rule?.list?.source).toBe('=Sheet2!$A$1:$A$3');
});

test('RangeAreas: a format or validation set on several ranges is set on each; read back where they agree', async () => {
  const { fake, context } = twoSheets();
  const sheet = context.workbook.worksheets.getItem('Sheet2');
  const areas = sheet.getRanges('A1:B2,D4,5:6');
  areas.format.font.bold = true;
  areas.format.fill.color = '#FFF7D6';
  areas.format.rowHeight = 30;
  sheet.getRanges('C1,C3').dataValidation.rule = { list: { inCellDropDown: true, source: 'Yes,No' } };
  sheet.getRange('D4').format.fill.color = '#005EB8';
  await context.sync();
  for (const cell of ['A1', 'B2', 'D4', 'H6']) expect(cellFormat(fake, 'Sheet2', cell)['font.bold']).toBe(true);
  expect(cellFormat(fake, 'Sheet2', 'C3')['font.bold']).toBeUndefined();
  expect(fake.sheet('Sheet2').validations.map((v) => v.address)).toEqual(['C1', 'C3']);

  const agreed = sheet.getRanges('A1:B2,5:6').format.fill.load('color');
  const differ = sheet.getRanges('A1:B2,D4').format.fill.load('color');
  const rule = sheet.getRanges('C1,C3').dataValidation.load('type');
  await context.sync();
  expect(agreed.color).toBe('#FFF7D6');
  expect(differ.color).toBeNull();
  expect(rule.type).toBe('List');

  sheet.getRanges(Array.from({ length: 1500 }, (_, i) => `AB${i + 1001}`).join(',')).format.font.bold = false;
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});
