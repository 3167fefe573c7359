import { ExcelTimeoutError } from '../../src/taskpane/excel-runner';
import { NOT_FILLED_RULE, Severity } from '../../src/rules/types';
import {
  checkNotice,
  clashQuestion,
  commandNotice,
  errorMessage,
  listNames,
  noticeQuery,
  outcomeMessage,
  parseNoticeQuery,
  viewFailedMessage,
} from '../../src/taskpane/messages';

/** An error shaped like OfficeExtension.Error. */
function officeError(code: string, message = 'Excel message'): Error {
  return Object.assign(new Error(message), { code });
}

describe('messages', () => {
  test('lists names in plain English', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['A'])).toBe('“A”');
    expect(listNames(['A', 'B'])).toBe('“A” and “B”');
    expect(listNames(['A', 'B', 'C'])).toBe('“A”, “B” and “C”');
  });

  test('the clash question names the sheets', () => {
    expect(clashQuestion(['STR Framework'])).toBe(
      'This workbook already has a sheet the STR Toolkit made earlier: “STR Framework”. What would you like to do?',
    );
    expect(clashQuestion(['A', 'B'])).toContain('already has sheets the STR Toolkit made earlier: “A” and “B”.');
  });

  test('says what was added, replaced and renamed', () => {
    const message = outcomeMessage({
      kind: 'inserted',
      choice: 'keep-both',
      result: {
        sheets: ['STR Framework (2)', 'Guide'],
        renamed: [{ from: 'STR Framework', to: 'STR Framework (2)' }],
        replaced: [],
      },
    });
    expect(message.tone).toBe('success');
    expect(message.lines).toEqual([
      'Added 2 sheets: “STR Framework (2)” and “Guide”.',
      'The name “STR Framework” was already in use, so the new sheet is called “STR Framework (2)”.',
    ]);

    const replaced = outcomeMessage({
      kind: 'inserted',
      choice: 'replace',
      result: { sheets: ['STR Framework'], renamed: [], replaced: ['STR Framework'] },
    });
    expect(replaced.lines).toEqual(['Added 1 sheet: “STR Framework”.', 'Removed the earlier sheet “STR Framework”.']);
  });

  test('cancel says nothing changed', () => {
    const message = outcomeMessage({ kind: 'cancelled', clashes: ['STR Framework'] });
    expect(message).toMatchObject({ tone: 'info', title: 'Nothing was changed' });
  });

  test('known Office errors get specific advice without jargon', () => {
    expect(errorMessage(officeError('InvalidOperationInCellEditMode')).lines.join(' ')).toContain('Press Enter or Esc');
    expect(errorMessage(officeError('AccessDenied')).lines.join(' ')).toContain('protected');
    for (const code of ['InvalidOperationInCellEditMode', 'AccessDenied']) {
      expect(errorMessage(officeError(code)).lines.join(' ')).not.toContain(code);
    }
  });

  test('unknown errors say what to try and give details to quote', () => {
    const message = errorMessage(officeError('GeneralException', 'An internal error has occurred.'));
    expect(message.tone).toBe('error');
    expect(message.lines[0]).toContain('Try again');
    expect(message.lines[message.lines.length - 1]).toBe(
      'If you need to ask for help, quote this: GeneralException: An internal error has occurred.',
    );
    expect(errorMessage(undefined).lines.length).toBeGreaterThan(0);
    expect(errorMessage('plain text').lines.join(' ')).toContain('plain text');
  });

  test('a half-finished insert passes on the adapter’s explanation, with advice for its cause', () => {
    const partly = Object.assign(new Error('Excel stopped part-way through adding the sheets.'), {
      name: 'InsertError',
      cause: officeError('AccessDenied'),
    });
    const lines = errorMessage(partly).lines;
    expect(lines[lines.length - 1]).toBe('Excel stopped part-way through adding the sheets.');
    expect(lines.join(' ')).toContain('protected');
  });

  test('the ribbon command only speaks up when a name was taken', () => {
    expect(commandNotice({ sheets: ['STR Framework'], renamed: [], replaced: [] })).toBeNull();
    const notice = commandNotice({
      sheets: ['STR Framework (2)'],
      renamed: [{ from: 'STR Framework', to: 'STR Framework (2)' }],
      replaced: [],
    });
    expect(notice?.lines.join(' ')).toContain('Your earlier sheets were not changed.');
  });

  test('a notice survives the trip through the dialog address', () => {
    const message = errorMessage(officeError('GeneralException', 'Odd & “quoted” <text> ?=#'));
    expect(parseNoticeQuery(noticeQuery(message))).toEqual(message);
    expect(parseNoticeQuery('?tone=<script>')).toEqual({ tone: 'info', title: 'STR Toolkit', lines: [] });
    // Every kind of message survives, the warning colour of a partial outcome included.
    for (const tone of ['success', 'info', 'warning', 'error'] as const)
      expect(parseNoticeQuery(noticeQuery({ tone, title: 'T', lines: [] })).tone).toBe(tone);
    expect(parseNoticeQuery('?tone=toString').tone).toBe('info');
  });

  test('many taken names are explained once, not sheet by sheet', () => {
    const names = ['Competence Framework', 'Core Tasks', 'NOS'];
    const message = outcomeMessage({
      kind: 'inserted',
      choice: 'keep-both',
      result: {
        sheets: names.map((n) => `${n} (2)`),
        renamed: names.map((n) => ({ from: n, to: `${n} (2)` })),
        replaced: [],
      },
    });
    expect(message.lines).toEqual([
      'Added 3 sheets: “Competence Framework (2)”, “Core Tasks (2)” and “NOS (2)”.',
      '3 names were already in use, so those new sheets have a number after the name, such as “Competence Framework (2)”.',
    ]);
  });

  test('a timeout says Excel stopped responding, how long we waited, and what to check', () => {
    const message = errorMessage(new ExcelTimeoutError(60));
    expect(message.title).toBe('Excel stopped responding');
    const text = message.lines.join(' ');
    expect(text).toContain('waited 60 seconds');
    expect(text).toContain('Check your internet connection');
    expect(text).toContain('Look at the sheet tabs');
    expect(text).not.toContain('ExcelTimeoutError');
  });

  test('a part of the pane that failed to download is explained without webpack jargon', () => {
    const chunk = Object.assign(new Error('Loading chunk 42 failed.'), { name: 'ChunkLoadError' });
    const message = errorMessage(chunk);
    expect(message.lines.join(' ')).toContain('Check your internet connection');
    expect(message.lines.join(' ')).not.toMatch(/chunk/i);
  });

  test('a view that fails to build says what to do and what to quote', () => {
    expect(viewFailedMessage('Framework', new TypeError('x is undefined'))).toEqual({
      tone: 'error',
      title: '“Framework” could not be shown',
      lines: [
        'Close this pane and open it again (Home tab > Show task pane).',
        'If it happens again, ask for help and quote this: x is undefined',
      ],
    });
  });
});

describe('the ribbon’s check notice', () => {
  const finding = (sheet: string, severity: Severity, explanation?: string) => ({
    sheet,
    ruleId: severity === 'note' ? NOT_FILLED_RULE : 'monthly.rating-on-scale',
    severity,
    ...(explanation && { explanation }),
  });
  const base = { resultsSheet: 'Check results', highlighted: 4, notHighlighted: [] };

  test('counts errors and open warnings per sheet, in plain words', () => {
    const message = checkNotice({
      ...base,
      findings: [
        finding('2008-03', 'error'),
        finding('2008-03', 'error'),
        finding('2008-04', 'error'),
        finding('2008-04', 'warning'),
        finding('2008-04', 'warning'),
      ],
    });
    expect(message.tone).toBe('error');
    expect(message.title).toBe('Problems found');
    expect(message.lines[0]).toBe('3 errors and 2 warnings on 2 sheets. See the Check results sheet.');
    expect(message.lines).toContain(
      'The cells with a problem are shaded. Use the links on that sheet to go to each one.',
    );
  });

  test('one of each, accepted warnings, and sheets that could not be shaded', () => {
    const message = checkNotice({
      ...base,
      resultsSheet: 'Check results (2)',
      highlighted: 0,
      notHighlighted: [{ sheet: '2008-03', reason: 'it is protected with a password' }],
      findings: [finding('2008-03', 'warning'), finding('2008-03', 'warning', 'Agreed')],
    });
    expect(message).toEqual({
      tone: 'warning',
      title: 'Warnings to look at',
      lines: [
        '0 errors and 1 warning on 1 sheet. See the Check results (2) sheet.',
        '1 warning with an explanation is accepted.',
        'Cells on “2008-03” were not shaded: it is protected with a password.',
      ],
    });
  });

  test('nothing open: a success', () => {
    expect(checkNotice({ ...base, highlighted: 0, findings: [] })).toEqual({
      tone: 'success',
      title: 'No problems found',
      lines: ['Every check passed. See the Check results sheet.'],
    });
    expect(
      checkNotice({ ...base, highlighted: 0, findings: [finding('A', 'warning', 'ok'), finding('A', 'warning', 'ok')] })
        .lines,
    ).toEqual(['Every check passed. See the Check results sheet.', '2 warnings with an explanation are accepted.']);
  });

  test('months not filled in yet are said once, and are not problems', () => {
    expect(
      checkNotice({ ...base, highlighted: 0, findings: [finding('2008-04', 'note'), finding('2008-05', 'note')] }),
    ).toEqual({
      tone: 'success',
      title: 'No problems found',
      lines: [
        'Every check passed. See the Check results sheet.',
        '2 months not filled in yet: each is checked once something is typed into it.',
      ],
    });
    expect(
      checkNotice({ ...base, findings: [finding('2008-03', 'error'), finding('2008-04', 'note')] }).lines.slice(0, 2),
    ).toEqual([
      '1 error and 0 warnings on 1 sheet. See the Check results sheet.',
      '1 month not filled in yet: each is checked once something is typed into it.',
    ]);
  });

  test('a check that stopped part-way is explained in its own words', () => {
    const error = Object.assign(new Error('The findings are on the “Check results” sheet, but Excel stopped.'), {
      name: 'CheckError',
      cause: officeError('GeneralException'),
    });
    expect(errorMessage(error, 'The workbook was not checked')).toEqual({
      tone: 'error',
      title: 'The workbook was not checked',
      lines: ['The findings are on the “Check results” sheet, but Excel stopped.'],
    });
  });
});
