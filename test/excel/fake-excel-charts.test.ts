/** The fake's charts: added on sync from a range, named, titled, placed, listed and deleted like Excel's. */
import { FakeExcel, chartsOn } from '../fakes/fake-excel';
import { officeJsContext } from '../fakes/office-js-host';

function trends() {
  const fake = new FakeExcel({
    sheets: [
      {
        name: 'Trends',
        rows: [
          ['Month', 'Workers in post'],
          ['2008-03', 4],
          ['2008-04', 6],
        ],
      },
    ],
  });
  return { fake, context: officeJsContext(fake) };
}

test('a chart is queued, then added on sync with its data, type, series, title and position', async () => {
  const { fake, context } = trends();
  const sheet = context.workbook.worksheets.getItem('Trends');
  const chart = sheet.charts.add('Line', sheet.getRange('A1:B3'), 'Columns');
  chart.name = 'STR_WorkersInPost';
  chart.title.text = 'STR workers in post';
  chart.setPosition('D1', 'L19');
  expect(chartsOn(fake, 'Trends')).toEqual([]);
  expect(() => chart.height).toThrow(/not available/);
  await context.sync();
  expect(chartsOn(fake, 'Trends')).toEqual([
    {
      name: 'STR_WorkersInPost',
      type: 'Line',
      source: 'Trends!A1:B3',
      seriesBy: 'Columns',
      title: 'STR workers in post',
      position: { from: 'D1', to: 'L19' },
    },
  ]);
  expect(fake.operations.filter((o) => o.path.includes('charts')).map((o) => o.name)).toEqual([
    'add',
    'name',
    'text',
    'setPosition',
  ]);
  expect(fake.syncCount).toBe(1);
});

test('charts are listed by name after a load, and deleted by name; names are unique on a sheet', async () => {
  const { fake, context } = trends();
  const sheet = context.workbook.worksheets.getItem('Trends');
  sheet.charts.add('Pie', sheet.getRange('A1:B3'));
  sheet.charts.add('Line', sheet.getRange('A1:B3'));
  const charts = sheet.charts.load('items/name');
  await context.sync();
  expect(charts.items.map((c) => c.name)).toEqual(['Chart 1', 'Chart 2']);
  expect(chartsOn(fake, 'Trends')[0].seriesBy).toBe('Auto');

  charts.items[1].name = 'chart 1';
  await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  charts.items[0].delete();
  await context.sync();
  expect(chartsOn(fake, 'Trends').map((c) => c.name)).toEqual(['Chart 2']);
  charts.items[0].title.text = 'Gone';
  await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
});

test('an unknown chart type is refused in the sync, as Excel refuses it', async () => {
  const { context } = trends();
  const sheet = context.workbook.worksheets.getItem('Trends');
  sheet.charts.add('Spline3D' as Excel.ChartType, sheet.getRange('A1:B3'));
  await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});
