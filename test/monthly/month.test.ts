import fc from 'fast-check';
import {
  addMonths,
  compareMonths,
  dueDate,
  excelSerial,
  formatMonth,
  monthName,
  parseMonth,
} from '../../src/monthly/month';

test('parses and formats report months', () => {
  expect(parseMonth('2008-03')).toEqual({ year: 2008, month: 3 });
  expect(parseMonth(' 2008-12 ')).toEqual({ year: 2008, month: 12 });
  for (const bad of ['2008-3', '2008-13', '2008-00', '08-03', 'March 2008', '1899-12', '2008-03-01', '']) {
    expect(parseMonth(bad)).toBeNull();
  }
  expect(formatMonth({ year: 2008, month: 3 })).toBe('2008-03');
  expect(monthName({ year: 2008, month: 3 })).toBe('March 2008');
});

test('month arithmetic crosses year ends both ways', () => {
  expect(addMonths({ year: 2008, month: 3 }, 11)).toEqual({ year: 2009, month: 2 });
  expect(addMonths({ year: 2008, month: 12 }, 1)).toEqual({ year: 2009, month: 1 });
  expect(addMonths({ year: 2009, month: 1 }, -1)).toEqual({ year: 2008, month: 12 });
  expect(compareMonths({ year: 2008, month: 12 }, { year: 2009, month: 1 })).toBeLessThan(0);
});

test('a report is due on the 5th of the following month, December into January', () => {
  expect(dueDate({ year: 2008, month: 3 })).toEqual({ year: 2008, month: 4, day: 5 });
  expect(dueDate({ year: 2008, month: 12 })).toEqual({ year: 2009, month: 1, day: 5 });
});

test('Excel date serials match Excel', () => {
  expect(excelSerial({ year: 1900, month: 3, day: 1 })).toBe(61);
  expect(excelSerial({ year: 2008, month: 4, day: 5 })).toBe(39543);
  expect(excelSerial({ year: 2024, month: 2, day: 29 })).toBe(45351);
});

test('properties: format/parse round trip; adding n then -n months returns; due dates are one month on', () => {
  const month = fc.record({ year: fc.integer({ min: 1900, max: 9998 }), month: fc.integer({ min: 1, max: 12 }) });
  fc.assert(
    fc.property(month, fc.integer({ min: -240, max: 240 }), (m, n) => {
      expect(parseMonth(formatMonth(m))).toEqual(m);
      expect(addMonths(addMonths(m, n), -n)).toEqual(m);
      const due = dueDate(m);
      expect(compareMonths(due, m)).toBe(1);
      expect(due.day).toBe(5);
      expect(excelSerial(due) - excelSerial({ ...m, day: 5 })).toBeGreaterThanOrEqual(28);
    }),
  );
});
