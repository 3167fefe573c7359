import type { Message } from '../../src/taskpane/messages';
import { PROGRAMME_LABELS, PROGRAMME_WORDS } from '../../src/taskpane/programme-messages';
import type { SourceWords } from '../../src/taskpane/summary-messages';
import { TEAM_LABELS, TEAM_WORDS } from '../../src/taskpane/team-messages';

/** Each message as one line of text: tone, title, then its lines. */
const said = (words: SourceWords) =>
  (['working', 'reading', 'nothingPicked', 'cancelled'] as const).map((key) => {
    const { tone, title, lines }: Message = words[key];
    return `${tone}: ${title} ${lines.join(' ')}`;
  });

describe('what the Programme and Team views say while they gather workbooks, in each view’s nouns', () => {
  test.each([
    [
      'Programme',
      PROGRAMME_WORDS,
      'Nothing was consolidated',
      [
        'info: Consolidating the monthly returns… The toolkit is reading and checking every return. Please keep this workbook open.',
        'info: Reading the chosen returns… Each file is read on its own; one that cannot be read is listed, and the others go on.',
        'error: No files chosen Choose one or more monthly returns (.xlsx files) first, then choose Consolidate chosen files.',
        'info: Nothing was consolidated You cancelled while the returns were being read. This workbook was not changed.',
      ],
    ],
    [
      'Team',
      TEAM_WORDS,
      'No team sheets were made',
      [
        'info: Making the team sheets… The toolkit is reading every worker’s KSF outline and role profile. Please keep this workbook open.',
        'info: Reading the chosen workbooks… Each file is read on its own; one that cannot be read is listed, and the others go on.',
        'error: No files chosen Choose one or more workers’ workbooks (.xlsx files) first, then choose Team sheets from chosen files.',
        'info: No team sheets were made You cancelled while the workbooks were being read. This workbook was not changed.',
      ],
    ],
  ])('%s', (_view, words, failed, messages) => {
    expect(said(words)).toEqual(messages);
    expect(words.failed).toBe(failed);
  });

  test('“no files chosen” names the very button the view shows', () => {
    expect(PROGRAMME_WORDS.nothingPicked.lines[0]).toContain(`then choose ${PROGRAMME_LABELS.picked}.`);
    expect(TEAM_WORDS.nothingPicked.lines[0]).toContain(`then choose ${TEAM_LABELS.picked}.`);
  });
});
