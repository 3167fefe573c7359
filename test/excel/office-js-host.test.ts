/** The host itself: Microsoft's library talks to the fake's workbook, request by request. */
import { insertFramework } from '../../src/excel/insert-framework';
import { FakeExcel } from '../fakes/fake-excel';
import fc from 'fast-check';
import { officeJsHost } from '../fakes/office-js-host';
import { jsonBytes } from '../fakes/office-js-executor';

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

describe('jsonBytes: the UTF-8 bytes of a request or response as sent', () => {
  const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

  test.each([
    ['ASCII', { Actions: [{ Id: 1, Name: 'Values', Arguments: [[['a', 1, true, null]]] }] }],
    ['two-, three- and four-byte characters', ['é', 'O’Neill — “quoted”', '中文', '😀 emoji', 'ß\u0800\uffff']],
    ['lone surrogates, written as escapes', ['\ud800', 'a\udfffb', '\udc00\ud800', '😀'.slice(0, 1)]],
    ['escapes and control characters', ['"\\\n\t\u0000\u001f', 'é\n']],
    [
      'keys, and members JSON leaves out',
      { clé: 'é', sauté: undefined, fête: () => 1, zürich: Symbol('ü'), nested: { ключ: ['ü', undefined] } },
    ],
    ['toJSON', { when: new Date(0), custom: { toJSON: () => 'é' } }],
    ['numbers, and those JSON writes as null', [NaN, Infinity, -Infinity, -0, 0, 9, 10, 99, 100, -1, -10, 1234567]],
    ['large and small numbers', [2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53 + 2, 1e21, -1e21, 1e-7, 0.1, -3.25, 1e300]],
    ['holes and empty containers', [new Array<number>(2), [], {}, [[]], { a: [] }]],
  ])('%s', (_name, value) => {
    expect(jsonBytes(value)).toBe(bytes(value));
  });

  test('any text, in any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), fc.double(), (json, text, number) => {
        expect(jsonBytes(json)).toBe(bytes(json));
        expect(jsonBytes({ [text]: [text, number] })).toBe(bytes({ [text]: [text, number] }));
      }),
      { numRuns: 1000 },
    );
  });
});
