import type { CheckedFinding } from '../../src/check/results-sheet';
import {
  checkedMessage,
  clearedMessage,
  goToFailedMessage,
  groupFindings,
  groupSummary,
} from '../../src/taskpane/check-list';

const finding = (over: Partial<CheckedFinding>): CheckedFinding => ({
  ruleId: 'rating-on-scale',
  severity: 'error',
  sheet: '2008-03',
  cell: 'C20',
  message: "Self rating 2 is not on this objective's scale (0, 1, 3)",
  ...over,
});

describe('the Check view’s findings list', () => {
  test('groups by sheet in tab order, errors first, accepted warnings last, counting open ones', () => {
    const findings = [
      finding({ sheet: '2008-04', severity: 'warning', cell: 'D9', message: 'late', explanation: 'Posted on time' }),
      finding({ sheet: '2008-04', severity: 'warning', cell: 'D10', message: 'overdue' }),
      finding({ sheet: '2008-04', cell: 'C12', message: 'missing' }),
      finding({ sheet: '2008-03' }),
    ];
    const groups = groupFindings(findings, ['2008-03', '2008-04']);
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings])).toEqual([
      ['2008-03', 1, 0],
      ['2008-04', 1, 2],
    ]);
    expect(groups[1].items.map((i) => i.text)).toEqual([
      'C12 · Error: missing',
      'D10 · Warning: overdue',
      'D9 · Accepted warning: late',
    ]);
    expect(groups[1].items[2].accepted).toBe('Posted on time');
    expect(groupSummary(groups[1])).toBe('1 error and 2 warnings');
    expect(groupSummary(groups[0])).toBe('1 error');
  });

  test('a finding about a whole sheet says so and goes to no particular cell', () => {
    const [group] = groupFindings([finding({ cell: '', message: 'Labels were edited' })]);
    expect(group.items[0]).toMatchObject({ cell: '', text: 'Whole sheet · Error: Labels were edited' });
  });

  test('an explanation beside an error does not make it accepted', () => {
    const [group] = groupFindings([finding({ explanation: 'we know' })]);
    expect(group.items[0].accepted).toBeUndefined();
    expect(group.items[0].text).toMatch(/^C20 · Error/);
  });

  test('sheets not in the tab order come after those that are, in the order found', () => {
    const groups = groupFindings([finding({ sheet: 'B' }), finding({ sheet: 'A' }), finding({ sheet: 'X' })], ['X']);
    expect(groups.map((g) => g.sheet)).toEqual(['X', 'B', 'A']);
  });
});

describe('the Check view’s messages', () => {
  const base = { resultsSheet: 'Check results', highlighted: 0, notHighlighted: [] };

  test('no findings: success, naming the results sheet', () => {
    const message = checkedMessage({ ...base, findings: [] });
    expect(message).toMatchObject({ tone: 'success', title: 'No problems found' });
    expect(message.lines.join(' ')).toContain('“Check results”');
  });

  test('errors: counts by kind and sheet, says what to do next and what was not shaded', () => {
    const message = checkedMessage({
      ...base,
      highlighted: 3,
      notHighlighted: [{ sheet: '2008-04', reason: 'it is protected with a password' }],
      findings: [
        finding({}),
        finding({ cell: 'C21' }),
        finding({ sheet: '2008-04', severity: 'warning' }),
        finding({ sheet: '2008-04', severity: 'warning', explanation: 'ok' }),
      ],
    });
    expect(message.tone).toBe('error');
    expect(message.lines).toEqual([
      '2 errors, 1 warning, 1 accepted on 2 sheets. They are listed above and on the “Check results” sheet.',
      'Cells with a finding are shaded until you choose Clear highlights.',
      'Not shaded: “2008-04”: it is protected with a password.',
      'Choose a finding to go to its cell. Correct the errors, then check again.',
    ]);
  });

  test('warnings only: explains how to accept one', () => {
    const message = checkedMessage({ ...base, findings: [finding({ severity: 'warning' })] });
    expect(message).toMatchObject({ tone: 'warning', title: 'Warnings to look at' });
    expect(message.lines[1]).toMatch(/Explanation column/);
  });

  test('clearing says how much was removed and that the user’s formatting stayed', () => {
    expect(clearedMessage(0).title).toBe('Nothing to clear');
    expect(clearedMessage(1).lines[0]).toBe(
      'Removed the toolkit’s shading from 1 place. Your own formatting was not changed.',
    );
    expect(clearedMessage(4).lines[0]).toMatch(/from 4 places/);
  });

  test('a finding whose sheet has gone says to check again', () => {
    const message = goToFailedMessage('2008-03', Object.assign(new Error('x'), { code: 'ItemNotFound' }));
    expect(message.lines[0]).toBe('The sheet “2008-03” is not in the workbook any more. Check the workbook again.');
    expect(goToFailedMessage('2008-03', new Error('boom')).title).toBe('That cell could not be shown');
  });
});
