import {
  clashQuestion,
  commandNotice,
  errorMessage,
  listNames,
  noticeQuery,
  outcomeMessage,
  parseNoticeQuery,
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
  });
});
