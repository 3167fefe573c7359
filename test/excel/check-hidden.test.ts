/** The task pane checks hidden and very hidden month sheets like the command line does, and says they are hidden. */
import { checkThisWorkbook } from '../../src/excel/check-workbook';
import { cellOf } from '../check/monthly/fixture';
import { FakeExcel } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';
import { fillAll, monthSheets, NOW, TODAY, workbookWithMonths } from './check-fixture';

test('findings on a hidden and a very hidden month are reported, each saying its sheet is hidden', async () => {
  const fake: FakeExcel = await workbookWithMonths(3);
  const [march, april] = monthSheets(fake);
  fillAll(fake, monthSheets(fake), { [march]: { ET1_SelfRating: 2 }, [april]: { Numbers_InPost: 'five' } });
  fake.model.setVisibility(fake.sheet(march), 'Hidden');
  fake.model.setVisibility(fake.sheet(april), 'VeryHidden');

  const result = await checkThisWorkbook(officeJsContext(fake), { today: TODAY, now: NOW });
  const onMarch = result.findings.filter((f) => f.sheet === march);
  const onApril = result.findings.filter((f) => f.sheet === april);
  expect(onMarch.map((f) => [f.ruleId, f.cell])).toContainEqual(['monthly.rating-on-scale', cellOf('ET1_SelfRating')]);
  expect(onApril.map((f) => [f.ruleId, f.cell])).toContainEqual(['monthly.counts-whole', cellOf('Numbers_InPost')]);
  for (const f of onMarch)
    expect(f.message).toContain(`(Sheet "${march}" is hidden: right-click any sheet tab and choose Unhide.)`);
  for (const f of onApril)
    expect(f.message).toContain(`(Sheet "${april}" is very hidden, so Excel's Unhide does not list it`);
});
