import type { ProgrammeResult } from '../../src/excel/consolidate';
import type { NotIncluded } from '../../src/consolidate/collect';
import { consolidatedMessage } from '../../src/taskpane/programme-messages';
import { chartsMessage } from '../../src/taskpane/summary-messages';
import { errorMessage } from '../../src/taskpane/messages';

const PROGRAMME_SHEETS = ['Programme Summary', 'Service Areas', 'Objective Progress', 'Trends', 'Not included'];

/** A result with only what the wording reads: counts of returns and sites, months, notes and charts. */
function result(
  over: { notIncluded?: NotIncluded[]; skipped?: string[]; replaced?: string[]; programme?: object } = {},
) {
  return {
    sheets: PROGRAMME_SHEETS,
    renamed: [],
    replaced: over.replaced ?? [],
    syncs: 4,
    programme: {
      returns: new Array(29).fill({}),
      latest: Array.from({ length: 10 }, (_, i) => ({ site: `Site ${i + 1}` })),
      months: [
        { year: 2008, month: 3 },
        { year: 2008, month: 5 },
      ],
      notIncluded: over.notIncluded ?? [],
      replaced: [],
      identicalCopies: 0,
      notFilled: 0,
      ...over.programme,
    },
    charts: { added: ['STR_WorkersInPost', 'STR_ServiceAreas', 'STR_ObjectiveProgress'], skipped: over.skipped ?? [] },
  } as unknown as ProgrammeResult;
}

const unreadable = (n: number): NotIncluded => ({
  source: `broken-${n}.xlsx`,
  sheet: '',
  kind: 'unreadable',
  reason: 'This file could not be opened as an Excel workbook (.xlsx).',
});

describe('the Programme view’s messages', () => {
  test('a clean consolidation names the returns, sites, months, sheets and charts', () => {
    const message = consolidatedMessage({ kind: 'inserted', choice: 'keep-both', result: result() }, result());
    expect(message).toEqual({
      tone: 'success',
      title: 'Programme sheets made',
      lines: [
        '29 returns from 10 sites, March 2008 to May 2008.',
        'Added “Programme Summary”, “Service Areas”, “Objective Progress”, “Trends” and “Not included”.',
        'Added 3 charts.',
      ],
    });
  });

  test('returns left out are listed with their reason (five at most, then a count); the tone is not success', () => {
    const notIncluded = [
      ...Array.from({ length: 6 }, (_, i) => unreadable(i)),
      { source: 'a.xlsx', sheet: '2008-04', kind: 'replaced', reason: 'Replaced by a newer version…' } as NotIncluded,
    ];
    const r = result({ notIncluded });
    const message = consolidatedMessage({ kind: 'inserted', choice: 'keep-both', result: r }, r);
    expect(message.tone).toBe('warning');
    expect(message.lines).toContain('7 not included (listed on the “Not included” sheet):');
    expect(message.lines).toContain('broken-0.xlsx: This file could not be opened as an Excel workbook (.xlsx).');
    expect(message.lines).not.toContain('broken-5.xlsx: This file could not be opened as an Excel workbook (.xlsx).');
    expect(message.lines).toContain('…and 2 more.');
  });

  test('months not filled in yet, copies sent again and replaced versions are said, as on the command line', () => {
    const replaced = [{ site: 'Leeds', month: { year: 2008, month: 3 }, counted: {}, replaced: [{}, {}] }];
    const r = result({ programme: { notFilled: 24, identicalCopies: 1, replaced } });
    expect(consolidatedMessage({ kind: 'inserted', choice: 'keep-both', result: r }, r).lines.slice(0, 4)).toEqual([
      '29 returns from 10 sites, March 2008 to May 2008.',
      '24 months not filled in yet, so not counted.',
      '1 copy of a return given again unchanged, counted once.',
      '2 earlier versions replaced by a newer version of the same site and month.',
    ]);
  });

  test('replacing earlier sheets says so; a cancelled question changes nothing', () => {
    const r = result({ replaced: ['Trends'] });
    expect(consolidatedMessage({ kind: 'inserted', choice: 'replace', result: r }, r).lines).toContain(
      'Removed the earlier “Trends”.',
    );
    expect(consolidatedMessage({ kind: 'cancelled', clashes: ['Trends'] }, null)).toMatchObject({
      tone: 'info',
      title: 'Nothing was changed',
    });
  });

  test('charts: all added, some skipped, or none', () => {
    expect(chartsMessage({ added: ['a', 'b', 'c'], skipped: [] })).toEqual({
      tone: 'success',
      title: 'Charts added',
      lines: ['Added 3 charts.'],
    });
    expect(chartsMessage({ added: ['a'], skipped: ['“Trends” has no rows to chart.'] })).toEqual({
      tone: 'warning',
      title: 'Charts added',
      lines: ['Added 1 chart.', '“Trends” has no rows to chart.'],
    });
    expect(chartsMessage({ added: [], skipped: ['No programme sheets.'] })).toEqual({
      tone: 'error',
      title: 'No charts were added',
      lines: ['No programme sheets.'],
    });
  });

  test('a ProgrammeError is shown in its own plain words', () => {
    const error = Object.assign(new Error('None of the chosen files holds a monthly return.'), { name: 'ProgrammeError' });
    expect(errorMessage(error, 'Nothing was consolidated')).toEqual({
      tone: 'error',
      title: 'Nothing was consolidated',
      lines: ['None of the chosen files holds a monthly return.'],
    });
  });
});
