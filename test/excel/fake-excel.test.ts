/**
 * The fake's workbook model behind Microsoft's library (test/fakes/office-js-host.ts): what it applies,
 * refuses and counts. Proxies and PropertyNotLoaded are the library's own.
 */
import { cellFormat, FakeExcel, readCell, readFormat, readValues } from '../fakes/fake-excel';
import { officeJsContext, officeJsHost } from '../fakes/office-js-host';

test('a loaded property is readable only after sync', async () => {
  const fake = new FakeExcel();
  const sheets = officeJsContext(fake).workbook.worksheets.load('items/name');
  expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  await officeJsContext(fake).sync();
  expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1']);
});

test('a property that was never loaded throws even after sync', async () => {
  const fake = new FakeExcel({ sheets: [{ name: 'Data', rows: [['a', 1]] }] });
  const context = officeJsContext(fake);
  const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1').load('values');
  await context.sync();
  expect(range.values).toEqual([['a', 1]]);
  expect(() => range.address).toThrow(/not available/);
});

test('getItemOrNullObject: isNullObject after sync, and null objects chain', async () => {
  const fake = new FakeExcel();
  const context = officeJsContext(fake);
  const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
  const used = missing.getUsedRangeOrNullObject(true).load('values');
  const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
  // Reading before the sync is the point of this test.
  // eslint-disable-next-line office-addins/call-sync-before-read
  expect(() => missing.isNullObject).toThrow(/not available/);
  await context.sync();
  expect(missing.isNullObject).toBe(true);
  expect(used.isNullObject).toBe(true);
  expect(present.isNullObject).toBe(false);
});

test("counts syncs, each with the UTF-8 size of the request body Microsoft's library sent", async () => {
  const fake = new FakeExcel();
  const context = officeJsContext(fake);
  const sheet = context.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('A1:B1').values = [['€', 'x'.repeat(1000)]];
  await context.sync();
  expect(fake.syncCount).toBe(1);
  const [request] = officeJsHost(fake).requests;
  expect(fake.syncs[0].bytes).toBe(request.bytes);
  expect(request.bytes).toBeGreaterThan(1003); // the euro sign is 3 bytes
  expect(fake.maxSyncBytes).toBe(request.bytes);
});

test('writes apply only at sync, in order; an error stops the batch and keeps earlier steps', async () => {
  const fake = new FakeExcel();
  const context = officeJsContext(fake);
  const sheets = context.workbook.worksheets;
  sheets.add('One');
  expect(fake.model.findSheet('One')).toBeUndefined();
  sheets.add('one'); // names compare ignoring case
  sheets.add('Three');
  await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  expect(fake.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'One']);
});

test('values must match the range size and are read like Excel reads typed input', async () => {
  const fake = new FakeExcel();
  const context = officeJsContext(fake);
  const sheet = context.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('A1:B1').values = [['only one']];
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  sheet.getRange('A1:F1').values = [['=1+1', "'=1+1", '1.10', "'1.10", 'TRUE', '']];
  await context.sync();
  expect(readCell(fake, 'Sheet1', 'A1')).toEqual({ value: '=1+1', formula: '=1+1' });
  expect(readCell(fake, 'Sheet1', 'B1')).toEqual({ value: '=1+1', prefixed: true });
  expect(readValues(fake, 'Sheet1')).toEqual([['=1+1', '=1+1', 1.1, '1.10', true]]);
  expect(readCell(fake, 'Sheet1', 'F1')).toBeUndefined();
});

test('keeps formats per address, and the last visible sheet cannot go', async () => {
  const fake = new FakeExcel({ sheets: [{ name: 'A' }, { name: 'B', visibility: 'Hidden' }] });
  const context = officeJsContext(fake);
  const sheet = context.workbook.worksheets.getItem('A');
  sheet.getRange('A1:C3').format.font.bold = true;
  sheet.getRange('B2').format.fill.color = '#FF0000';
  await context.sync();
  expect(readFormat(fake, 'A', 'A1:C3')).toEqual({ 'font.bold': true });
  expect(cellFormat(fake, 'A', 'B2')).toEqual({ 'font.bold': true, 'fill.color': '#FF0000' });
  sheet.delete();
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
});

test('table and defined names share one namespace and may not look like cell references', async () => {
  const fake = new FakeExcel({ names: [{ name: 'Taken', formula: '=Sheet1!A1' }] });
  const context = officeJsContext(fake);
  const sheet = context.workbook.worksheets.getItem('Sheet1');
  sheet.tables.add('A1:B3', true).name = 'Taken';
  await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  sheet.tables.add('D1:E3', true).name = 'KSF2';
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('can fail the Nth sync after some of its operations, or hang it', async () => {
  const fake = new FakeExcel({ failOnSync: 2, failAfterOps: 1 });
  const context = officeJsContext(fake);
  await context.sync();
  context.workbook.worksheets.add('Kept');
  context.workbook.worksheets.add('Lost');
  await expect(context.sync()).rejects.toThrow(/Simulated failure of sync 2/);
  expect(fake.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Kept']);

  const hanging = new FakeExcel({ failOnSync: 1, failMode: 'hang' });
  const outcome = await Promise.race([
    officeJsContext(hanging)
      .sync()
      .then(() => 'settled'),
    new Promise((resolve) => setTimeout(() => resolve('still waiting'), 20)),
  ]);
  expect(outcome).toBe('still waiting');
});

test('a copy holds the same workbook with no syncs of its own, and changing it leaves the original as it was', async () => {
  const original = new FakeExcel({ sheets: [{ name: 'Data', rows: [['a', 1]] }] });
  const context = officeJsContext(original);
  const data = context.workbook.worksheets.getItem('Data');
  data.getRange('A1').format.font.bold = true;
  context.workbook.names.add('First', data.getRange('A1'));
  await context.sync();

  const copy = original.copy({ failOnSync: 2 });
  expect(copy.syncCount).toBe(0);
  expect(readValues(copy, 'Data')).toEqual([['a', 1]]);
  expect(readFormat(copy, 'Data', 'A1')).toEqual({ 'font.bold': true });
  expect(copy.model.names.map((n) => n.name)).toEqual(['First']);

  const copied = officeJsContext(copy);
  copied.workbook.worksheets.getItem('Data').getRange('B1').values = [[2]];
  copied.workbook.worksheets.add('More');
  await copied.sync();
  copied.workbook.worksheets.add('Fails');
  await expect(copied.sync()).rejects.toThrow('Simulated failure of sync 2.');
  expect(readValues(copy, 'Data')).toEqual([['a', 2]]);
  expect(readValues(original, 'Data')).toEqual([['a', 1]]);
  expect(original.model.sheets.map((s) => s.name)).toEqual(['Data']);
  expect(copy.model.sheets.map((s) => s.name)).toEqual(['Data', 'More']);
});
