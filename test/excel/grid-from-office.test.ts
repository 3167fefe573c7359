import { gridFromOffice, isDateFormat, serialToIso } from '../../src/excel/grid-from-office';

test.each([
  ['General', false],
  ['0.00', false],
  ['@', false],
  ['dd/mm/yyyy', true],
  ['yyyy-mm-dd', true],
  ['[$-809]d mmmm yyyy', true],
  ['"Day" 0', false],
  ['mmm-yy', true],
])('isDateFormat(%j) is %s', (format, expected) => {
  expect(isDateFormat(format)).toBe(expected);
});

test('serial numbers become ISO dates', () => {
  expect(serialToIso(39512)).toBe('2008-03-05');
  expect(serialToIso(39512.5)).toBe('2008-03-05T12:00:00');
});

test('a used range becomes grid cells at their real addresses', () => {
  const grid = gridFromOffice(
    [
      {
        name: '2008-03',
        visibility: 'Visible',
        address: "'2008-03'!B2:D3",
        values: [
          ['Site:', 'Leeds', ''],
          [4, 39512, '#REF!'],
        ],
        formulas: [
          ['Site:', 'Leeds', ''],
          ['=SUM(1,3)', 39512, '=A1/0'],
        ],
        numberFormat: [
          ['General', '@', 'General'],
          ['0', 'dd/mm/yyyy', 'General'],
        ],
        hyperlinks: [
          ['', 'https://example.org/', ''],
          ['', '', ''],
        ],
        locked: [
          [true, false, true],
          [true, true, true],
        ],
      },
    ],
    [
      { name: 'Site', value: "='2008-03'!$C$2", scope: '2008-03' },
      { name: 'Odd', value: '=1+1', scope: null },
    ],
  );
  const cells = grid.sheets[0].cells;
  expect(cells.B2).toEqual({ kind: 's', value: 'Site:' });
  expect(cells.C2).toEqual({ kind: 's', value: 'Leeds', hyperlink: 'https://example.org/', unlocked: true });
  expect(cells.D2).toBeUndefined();
  expect(cells.B3).toEqual({ kind: 'n', value: 4, formula: 'SUM(1,3)' });
  expect(cells.C3).toEqual({ kind: 'd', value: '2008-03-05' });
  expect(cells.D3).toEqual({ kind: 'e', value: '#REF!', formula: 'A1/0' });
  expect(grid.names).toEqual([
    { name: 'Site', sheet: '2008-03', range: 'C2', scope: '2008-03' },
    { name: 'Odd', sheet: null, range: null, scope: null },
  ]);
});
