/** The competence framework on paper: every sheet printed once. See test/helpers/pages.ts for the figures. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildFrameworkWorkbook, FRAMEWORK_SHEETS, frameworkStamp } from '../../src/sheets/framework-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { PageReport, pagesOf, printPages } from '../helpers/pages';
import { describeOnPaper, expectOnPaper } from './paper';

/**
 * Pages per sheet: the Competence Framework's 59 NOS with their elements, then the appendices.
 * The Competence Framework was budgeted 10 pages, which it met only at 67% zoom (7.4 pt text). All of
 * Appendix B's text takes about 7,000 pt of rows; an A4 landscape page at 80% holds about 575 pt in Excel,
 * so it needs 13 pages at least, and rows (a NOS with its elements) are not split and each page ends before
 * a heading rather than after it: 16 pages a reader can read beat 10 too small to.
 */
const BUDGET: Record<string, number> = {
  [FRAMEWORK_SHEETS.framework]: 16,
  [FRAMEWORK_SHEETS.coreTasks]: 4,
  [FRAMEWORK_SHEETS.nos]: 8,
  [FRAMEWORK_SHEETS.ksf]: 1,
  [FRAMEWORK_SHEETS.esc]: 2,
  [FRAMEWORK_SHEETS.mostImportant]: 1,
  [FRAMEWORK_SHEETS.nvq]: 2,
  [FRAMEWORK_SHEETS.abbreviations]: 2,
  [FRAMEWORK_SHEETS.map]: 6,
};

describeOnPaper('the framework on paper', () => {
  let printed: PageReport;

  beforeAll(async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-print-framework-')), 'framework.xlsx');
    await writeWorkbookFile(file, buildFrameworkWorkbook(), frameworkStamp(new Date(Date.UTC(2026, 0, 1))), false);
    printed = printPages(file);
  }, 600_000);

  test.each(Object.entries(BUDGET))(
    '%s: every word visible, legible and headed, in at most %d pages',
    (sheet, pages) => {
      expectOnPaper(
        sheet,
        pagesOf(printed, (s) => s === sheet),
        { pages },
      );
    },
  );
});
