import type { TeamResult } from '../../src/excel/team';
import type { TeamNotIncluded, TeamTotals } from '../../src/consolidate/team/types';
import { errorMessage } from '../../src/taskpane/messages';
import { readAsOf, teamMessage, todayText } from '../../src/taskpane/team-messages';

const SHEETS = ['Team Summary', 'KSF Levels', 'Not included'];

const totals: TeamTotals = {
  workers: 30,
  reviewsOverdue: 6,
  reviewsDueSoon: 4,
  noReview: 6,
  foundationMet: 20,
  secondMet: 8,
  signed: 12,
  unsigned: 18,
  errors: 3,
  warnings: 5,
  pdpActions: 40,
  pdpOverdue: 1,
};

/** A result with only what the wording reads. */
function result(
  over: { notIncluded?: TeamNotIncluded[]; team?: string | null; teams?: string[]; skipped?: string[] } = {},
): TeamResult {
  return {
    sheets: SHEETS,
    renamed: [],
    replaced: [],
    syncs: 2,
    teams: over.teams ?? ['Crisis North', 'Community South'],
    team: { asOf: '2009-06-15', team: over.team ?? null, totals, notIncluded: over.notIncluded ?? [] },
    charts: { added: ['STR_TeamLevels', 'STR_ReviewsDue', 'STR_TrainingNeeds'], skipped: over.skipped ?? [] },
  } as unknown as TeamResult;
}
const inserted = (r: TeamResult) => teamMessage({ kind: 'inserted', choice: 'keep-both', result: r }, r);

describe('the Team view’s messages', () => {
  test('a team made from everyone says the counts, the sheets, the charts and the teams to choose from', () => {
    expect(inserted(result())).toEqual({
      tone: 'success',
      title: 'Team sheets made',
      lines: [
        '30 workers, as of 15 June 2009: 6 reviews overdue, 4 due soon, 18 not signed; 1 development-plan action overdue.',
        'Added “Team Summary”, “KSF Levels” and “Not included”.',
        'Added 3 charts.',
        'Teams found: Crisis North, Community South. To see one team, choose it under Team and make the sheets again.',
      ],
    });
  });

  test('one team is named, and the teams are not offered again; what was left out is listed, not success', () => {
    const notIncluded: TeamNotIncluded[] = [
      { source: 'broken.xlsx', sheet: '', kind: 'unreadable', reason: 'This file could not be read.' },
    ];
    const message = inserted(result({ team: 'Crisis North', notIncluded, skipped: ['"Reviews due": no rows.'] }));
    expect(message.tone).toBe('warning');
    expect(message.lines[0]).toMatch(/^30 workers in the team “Crisis North”, as of 15 June 2009/);
    expect(message.lines).toContain('1 not included (listed on the “Not included” sheet):');
    expect(message.lines).toContain('broken.xlsx: This file could not be read.');
    expect(message.lines).toContain('"Reviews due": no rows.');
    expect(message.lines.join(' ')).not.toMatch(/Teams found/);
  });

  test('cancelled at the question: nothing changed', () => {
    expect(teamMessage({ kind: 'cancelled', clashes: ['Team Summary'] }, null)).toEqual({
      tone: 'info',
      title: 'Nothing was changed',
      lines: ['The team sheets the toolkit made earlier are still there, as they were.'],
    });
  });

  test('a workbook with nothing to make team sheets from is explained in its own words', () => {
    const error = Object.assign(new Error('This workbook has no KSF outlines made by the STR Toolkit.'), {
      name: 'TeamError',
    });
    expect(errorMessage(error, 'No team sheets were made')).toEqual({
      tone: 'error',
      title: 'No team sheets were made',
      lines: ['This workbook has no KSF outlines made by the STR Toolkit.'],
    });
  });
});

describe('the as-of date', () => {
  test.each([
    ['15/06/2009', '2009-06-15'],
    ['2009-06-15', '2009-06-15'],
    [' 1/2/09 ', '2009-02-01'],
    ['15 June 2009', '2009-06-15'],
  ])('%s is read the UK way, as %s', (typed, iso) => {
    expect(readAsOf(typed)).toMatchObject({ ok: true, iso });
  });

  test.each([
    ['', 'Type the date reviews are counted from, like 06/12/2026.'],
    ['31/02/2009', '“31/02/2009” is not a date. Type it like 06/12/2026.'],
    ['next week', '“next week” is not a date. Type it like 06/12/2026.'],
  ])('%j is refused, saying what to type', (typed, problem) => {
    expect(readAsOf(typed)).toEqual({ ok: false, problem });
  });

  test('the field starts on today, as the command line defaults to today', () => {
    expect(todayText(new Date(2026, 11, 6, 9, 30))).toBe('06/12/2026');
  });
});
