import {
  checkMonthlyForm,
  createdMessage,
  creatingMessage,
  currentMonth,
  monthlyErrorMessage,
  nextMonthMessage,
} from '../../src/taskpane/monthly-form';

const filled = { site: '=Leeds', lead: '+44 Jo', firstMonth: '2008-03', twelveMonths: false, password: '' };

describe('the Monthly reports form', () => {
  test('a filled form becomes the adapter’s request, with site and lead exactly as typed (no formula clean-up)', () => {
    expect(checkMonthlyForm(filled)).toEqual({
      ok: true,
      value: { site: '=Leeds', lead: '+44 Jo', firstMonth: { year: 2008, month: 3 }, months: 1 },
    });
    expect(checkMonthlyForm({ ...filled, site: '  -Leeds @ North ', twelveMonths: true, password: ' pw ' })).toEqual({
      ok: true,
      value: {
        site: '-Leeds @ North',
        lead: '+44 Jo',
        firstMonth: { year: 2008, month: 3 },
        months: 12,
        password: ' pw ', // spaces count in Excel passwords
      },
    });
  });

  test('says, field by field, what is missing or wrong', () => {
    expect(checkMonthlyForm({ site: ' ', lead: '', firstMonth: '', twelveMonths: false, password: '' })).toEqual({
      ok: false,
      problems: [
        { field: 'site', message: 'Enter the name of the site the report is for.' },
        { field: 'lead', message: 'Enter the name of the programme lead.' },
        { field: 'firstMonth', message: 'Enter the first month of the report, like this: 2008-03.' },
      ],
    });
    for (const month of ['March 2008', '2008-13', '1899-12', '08-03']) {
      expect(checkMonthlyForm({ ...filled, firstMonth: month })).toEqual({
        ok: false,
        problems: [
          { field: 'firstMonth', message: `“${month}” is not a month. Enter the year and month like this: 2008-03.` },
        ],
      });
    }
    expect(checkMonthlyForm({ ...filled, password: 'x'.repeat(256) })).toMatchObject({
      ok: false,
      problems: [{ field: 'password', message: 'A password can be at most 255 characters.' }],
    });
  });

  test('starts on this month', () => {
    expect(currentMonth(new Date(2026, 10, 23))).toBe('2026-11');
    expect(currentMonth(new Date(2027, 0, 1))).toBe('2027-01');
  });

  test('says what it is making and what it made', () => {
    const one = { site: 'Leeds', lead: 'Jo', firstMonth: { year: 2008, month: 3 }, months: 1 };
    expect(creatingMessage(one).title).toBe('Making the March 2008 report…');
    expect(creatingMessage({ ...one, months: 12 }).title).toBe('Making 12 monthly reports…');
    const made = createdMessage(
      { kind: 'inserted', choice: 'keep-both', result: { sheets: ['2008-03'], renamed: [], replaced: [] } },
      one,
    );
    expect(made).toMatchObject({ tone: 'success', title: 'Report for March 2008 made' });
    expect(made.lines[0]).toBe('Added the sheet “2008-03”.');
    expect(made.lines.join(' ')).not.toMatch(/password|notes/i);
    const year = createdMessage(
      {
        kind: 'inserted',
        choice: 'replace',
        result: { sheets: ['2008-03', '2008-04', '2009-02'], renamed: [], replaced: ['2008-03'] },
      },
      { ...one, months: 12, password: 'pw' },
      2,
    );
    expect(year.title).toBe('3 monthly reports made');
    expect(year.lines).toEqual(
      expect.arrayContaining([
        'Added 3 sheets, “2008-03” to “2009-02”.',
        'Removed the earlier sheet “2008-03”.',
        'Keep the password somewhere safe: Excel cannot recover it.',
        '2 cell notes were left out because this version of Excel cannot add comments to cells. The sheets say the same in words.',
      ]),
    );
    expect(createdMessage({ kind: 'cancelled', clashes: ['2008-03'] }, one)).toMatchObject({
      tone: 'info',
      title: 'Nothing was changed',
    });
  });

  test('the next month: what was added and whether anything was carried forward', () => {
    const result = { sheets: ['2008-04'], renamed: [], replaced: [], from: '2008-03', month: '2008-04' };
    const carried = nextMonthMessage(result, true);
    expect(carried.title).toBe('April 2008 added');
    expect(carried.lines[0]).toBe('Added the sheet “2008-04”, with the site and programme lead from “2008-03”.');
    expect(carried.lines[1]).toMatch(/^Each objective’s baseline, rating, PDSA number and date achieved/);
    expect(nextMonthMessage(result, false).lines[1]).toBe(
      'Nothing else was carried forward: the objectives start empty.',
    );
  });

  test('the adapter’s own explanation is passed on as it is; other errors get the usual advice', () => {
    const own = Object.assign(new Error('This workbook has no monthly report sheet yet.'), {
      name: 'MonthlyReportError',
    });
    expect(monthlyErrorMessage(own, 'No month was added')).toEqual({
      tone: 'error',
      title: 'No month was added',
      lines: ['This workbook has no monthly report sheet yet.'],
    });
    const office = Object.assign(new Error('denied'), { code: 'AccessDenied' });
    const message = monthlyErrorMessage(office, 'No report was made');
    expect(message.title).toBe('No report was made');
    expect(message.lines[0]).toMatch(/did not allow the workbook to be changed/);
  });
});
