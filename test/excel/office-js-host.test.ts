/** The host itself: Microsoft's library talks to the fake's workbook, request by request. */
import { insertFramework } from '../../src/excel/insert-framework';
import { FakeExcel } from '../fakes/fake-excel';
import { officeJsHost } from '../fakes/office-js-host';

test('the framework goes in two requests of Microsoft’s serialisation, and lands in the workbook', async () => {
  const fake = new FakeExcel();
  const host = officeJsHost(fake);
  const result = await insertFramework(host.context, 'keep-both', new Date(Date.UTC(2026, 0, 1)));
  expect(host.requests).toHaveLength(2);
  expect(fake.syncs.map((s) => s.bytes)).toEqual(host.requests.map((r) => r.bytes));
  // RichApi's own shape: actions on numbered object paths, PascalCase names.
  expect(host.requests[1].body!.Actions.some((a) => a.Name === 'Values')).toBe(true);
  expect(result.sheets.every((name) => fake.model.findSheet(name))).toBe(true);
});

test('a null object, a property not loaded and an unknown sheet behave as in Office.js', async () => {
  const fake = new FakeExcel();
  const { context } = officeJsHost(fake);
  const missing = context.workbook.worksheets.getItemOrNullObject('Nowhere');
  const sheet = context.workbook.worksheets.getItem('Sheet1').load('name');
  expect(() => sheet.name).toThrow(/not available/);
  await context.sync();
  expect(missing.isNullObject).toBe(true);
  expect(sheet.name).toBe('Sheet1');
  context.workbook.worksheets.getItem('Nowhere').delete();
  await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
});
