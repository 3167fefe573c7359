import { measureInsertFramework, measureMonthlyReports, measureNextMonth, measureOutlines, measureResultsSheet, measureShading } from '../fakes/measure-flows';
test('print', async () => {
  const flows = [await measureInsertFramework(), await measureMonthlyReports(1), await measureMonthlyReports(12), await measureNextMonth()];
  for (const w of [1, 15, 300]) flows.push(await measureOutlines(w));
  flows.push(await measureResultsSheet(3000));
  const { shading, clear } = await measureShading();
  flows.push(shading, clear);
  console.log(JSON.stringify(flows));
});
