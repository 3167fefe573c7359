/**
 * A one-month monthly report on paper, as a site lead prints it filled in: every dropdown holding its longest
 * choice, every free-text box a sentence (an empty box has nothing to print, so it could not show that a
 * heading's box is on the heading's page).
 * Budget from issue 15: at most 7 pages, none near-blank.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { withLongestChoices, withTypedText } from '../helpers/longest-choices';
import { PageReport, printPages } from '../helpers/pages';
import { describeOnPaper, expectOnPaper } from './paper';

describeOnPaper('a monthly report on paper', () => {
  let printed: PageReport;

  beforeAll(async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-print-monthly-')), 'monthly.xlsx');
    const spec = buildMonthlyReportWorkbook({
      site: 'Cheshire & Wirral Partnership NHS Foundation Trust',
      lead: 'Jo Bloggs',
      firstMonth: { year: 2008, month: 3 },
    });
    const now = new Date(Date.UTC(2008, 2, 1));
    await writeWorkbookFile(
      file,
      withTypedText(withLongestChoices(spec)),
      monthlyReportStamp(NATIONAL_DEFINITION, now),
      false,
    );
    printed = printPages(file);
  }, 600_000);

  test('one month: every word visible, legible and headed, in at most 7 pages', () => {
    expectOnPaper('monthly report, one month', printed, { pages: 7 });
  });
});
