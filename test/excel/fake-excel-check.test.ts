/**
 * The fake's parts the Excel checker uses: per-cell number formats and properties, conditional formats,
 * format changes refused on a protected sheet, whether a sheet has a password, and the selection.
 */
import { conditionalFormatsOn, FakeExcel } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';

function oneSheet() {
  const fake = new FakeExcel({
    sheets: [
      {
        name: 'Data',
        rows: [
          [1, 2],
          [3, 'x'],
        ],
      },
      { name: 'Other' },
    ],
  });
  return { fake, context: officeJsContext(fake), sheet: officeJsContext(fake).workbook.worksheets.getItem('Data') };
}

test('number formats load per cell, the latest setting winning; "General" where none was set', async () => {
  const { context, sheet } = oneSheet();
  sheet.getRange('A1:B2').numberFormat = [
    ['0', '0'],
    ['0', '0'],
  ];
  sheet.getRange('B2').numberFormat = [['d mmmm yyyy']];
  await context.sync();
  const range = sheet.getRange('A1:C2').load('numberFormat');
  expect(() => range.numberFormat).toThrow(/not available/);
  await context.sync();
  expect(range.numberFormat).toEqual([
    ['0', '0', 'General'],
    ['0', 'd mmmm yyyy', 'General'],
  ]);
});

test('getCellProperties: hyperlinks and locked flags per cell, only after the sync', async () => {
  const { context, sheet } = oneSheet();
  sheet.getRange('B1').format.protection.locked = false;
  sheet.getRange('A2').hyperlink = { documentReference: 'Other!A1', textToDisplay: 'go' };
  await context.sync();
  const props = sheet.getRange('A1:B2').getCellProperties({ hyperlink: true, format: { protection: true } });
  // Read before the sync on purpose: the fake must refuse, as Office.js does.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  expect(() => props.value).toThrow(/has not been loaded yet/);
  await context.sync();
  // A method's result needs no load call, only the sync.
  // eslint-disable-next-line office-addins/load-object-before-read
  expect(props.value).toEqual([
    [{ format: { protection: { locked: true } } }, { format: { protection: { locked: false } } }],
    [
      { hyperlink: { documentReference: 'Other!A1', textToDisplay: 'go' }, format: { protection: { locked: true } } },
      { format: { protection: { locked: true } } },
    ],
  ]);
  sheet.getRange('A1').getCellProperties({ format: { font: { bold: true } } });
  await expect(context.sync()).rejects.toMatchObject({ code: 'NotImplemented' });
});

test('conditional formats: added at the top, listed where they overlap, found by id, deleted', async () => {
  const { fake, context, sheet } = oneSheet();
  const custom = sheet.getRange('A1').conditionalFormats.add('Custom');
  custom.custom.rule.formula = '=TRUE';
  custom.custom.format.fill.color = '#FF0000';
  const scale = sheet.getRange('A1:A2').conditionalFormats.add('ColorScale');
  scale.colorScale.criteria = {
    minimum: { type: 'LowestValue', color: '#FFFFFF' },
    maximum: { type: 'HighestValue', color: '#00FF00' },
  };
  const bar = sheet.getRange('B1:B2').conditionalFormats.add('DataBar');
  bar.dataBar.positiveFormat.fillColor = '#0000FF';
  custom.load('id');
  scale.load('id');
  await context.sync();
  expect(conditionalFormatsOn(fake, 'Data')).toEqual([
    { id: custom.id, type: 'Custom', address: 'A1', formula: '=TRUE', fill: '#FF0000' },
    expect.objectContaining({ type: 'ColorScale', address: 'A1:A2', criteria: expect.objectContaining({}) }),
    { id: expect.any(String), type: 'DataBar', address: 'B1:B2', barColor: '#0000FF' },
  ]);

  const onA1 = sheet
    .getRange('A1')
    .conditionalFormats.load('items/id,items/type,items/customOrNullObject/rule/formula');
  const all = sheet.getRange().conditionalFormats.load('items/type');
  const count = sheet.getRange('B2').conditionalFormats.getCount();
  await context.sync();
  expect(onA1.items.map((f) => f.type)).toEqual(['ColorScale', 'Custom']);
  expect(onA1.items.map((f) => f.customOrNullObject.isNullObject)).toEqual([true, false]);
  expect(onA1.items[1].customOrNullObject.rule.formula).toBe('=TRUE');
  expect(all.items).toHaveLength(3);
  // eslint-disable-next-line office-addins/load-object-before-read
  expect(count.value).toBe(1);

  // A custom part of a colour scale is refused; so is a format deleted already. (Office.js objects made by
  // a method last one request, so later requests find the format again by its id.)
  sheet.getRange().conditionalFormats.getItem(scale.id).custom.rule.formula = '=FALSE';
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  sheet.getRange().conditionalFormats.getItem(custom.id).delete();
  await context.sync();
  expect(conditionalFormatsOn(fake, 'Data').map((f) => f.type)).toEqual(['ColorScale', 'DataBar']);
  sheet.getRange().conditionalFormats.getItem(custom.id).delete();
  await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
});

test('a protected sheet refuses format changes unless its options allow them; the password shows on the web only', async () => {
  const { fake, context, sheet } = oneSheet();
  sheet.protection.protect({ allowFormatColumns: true }, 'secret');
  await context.sync();
  sheet.getRange('A:A').format.columnWidth = 40;
  await context.sync();
  sheet.getRange('A1').format.fill.color = '#FF0000';
  await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  sheet.getRange('A1').conditionalFormats.add('Custom');
  await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  expect(conditionalFormatsOn(fake, 'Data')).toEqual([]);
  const protection = sheet.protection.load('protected,isPasswordProtected');
  const other = context.workbook.worksheets.getItem('Other').protection.load('isPasswordProtected');
  await context.sync();
  expect([protection.protected, protection.isPasswordProtected, other.isPasswordProtected]).toEqual([
    true,
    true,
    false,
  ]);

  sheet.protection.unprotect('secret');
  sheet.protection.protect({ allowFormatCells: true });
  sheet.getRange('A1').conditionalFormats.add('Custom').custom.rule.formula = '=TRUE';
  await context.sync();
  expect(conditionalFormatsOn(fake, 'Data')).toHaveLength(1);
});

test('select() moves the selection and the active sheet; nothing on a hidden sheet can be selected or shown', async () => {
  const { fake, context } = oneSheet();
  const other = context.workbook.worksheets.getItem('Other');
  other.activate();
  other.getRange('C3').select();
  await context.sync();
  expect(fake.model.selection).toEqual({ sheet: 'Other', address: 'C3' });
  expect(fake.model.activeSheetId).toBe(fake.sheet('Other').id);
  fake.sheet('Data').visibility = 'Hidden';
  context.workbook.worksheets.getItem('Data').getRange('A1').select();
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  context.workbook.worksheets.getItem('Data').activate();
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  expect(fake.model.selection).toEqual({ sheet: 'Other', address: 'C3' });
});
