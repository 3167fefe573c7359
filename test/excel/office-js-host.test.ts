import { insertFramework } from '../../src/excel/insert-framework';
import { FakeExcel } from '../fakes/fake-excel';
import { OfficeJsHost } from '../fakes/office-js-host';

test('insert framework through Microsoft library', async () => {
  const fake = new FakeExcel();
  const host = new OfficeJsHost(fake);
  const result = await insertFramework(host.context, 'keep-both', new Date(Date.UTC(2026, 0, 1)));
  console.log(result, host.requests.map((r) => [r.bytes, r.responseBytes]));
});
