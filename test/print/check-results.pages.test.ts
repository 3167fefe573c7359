/**
 * Check results on paper, as a programme lead prints them: hundreds of findings from a year of returns
 * with mistakes, some with long explanations. See test/helpers/pages.ts for the figures.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildResultsSheet, CheckedFinding } from '../../src/check/results-sheet';
import { MONTHLY_RULES } from '../../src/check/monthly/rules';
import { ADDED_FIELDS } from '../../src/monthly/fields';
import { runRules } from '../../src/rules/types';
import { frameworkStamp } from '../../src/sheets/framework-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { filledReturn, OBJECTIVES } from '../check/monthly/fixture';
import { PageReport, printPages } from '../helpers/pages';
import { describeOnPaper, expectOnPaper } from './paper';

/** A return with mistakes several rules find: no ratings, more lived experience than workers in post. */
function findings(): CheckedFinding[] {
  const noRatings = Object.fromEntries(OBJECTIVES.map((o) => [o.fields.selfRating, null]));
  const model = filledReturn({
    ...noRatings,
    Numbers_InPost: 5,
    [ADDED_FIELDS.livedExperience]: 8,
    [ADDED_FIELDS.dateSubmitted]: null,
    Area_CMHT: 9,
  });
  const once = runRules(MONTHLY_RULES, model, '2008-03');
  const months = Array.from(
    { length: 12 },
    (_, i) => `${2008 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`,
  );
  const all: CheckedFinding[] = months.flatMap((sheet) => once.map((f) => ({ ...f, sheet })));
  all[1] = {
    ...all[1],
    explanation: 'Agreed with the programme lead at the May steering group; see the minutes. '.repeat(3),
  };
  return all;
}

describeOnPaper('check results on paper', () => {
  let printed: PageReport;

  beforeAll(async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-print-check-')), 'check-results.xlsx');
    const spec = { sheets: [buildResultsSheet(findings(), new Date(Date.UTC(2008, 6, 10)))], names: [] };
    await writeWorkbookFile(file, spec, frameworkStamp(new Date(Date.UTC(2008, 6, 10))), false);
    printed = printPages(file);
  }, 600_000);

  test('the findings: every word visible, legible and headed, at least 7 findings to a page', () => {
    const count = findings().length;
    expect(count).toBeGreaterThan(100);
    // Each finding is a row of wrapped message, fix and explanation, so pages grow with the findings: 228
    // findings took 30 pages (7.6 a page) once the sheet broke its own pages at Excel's page size.
    expectOnPaper('check results', printed, { pages: Math.ceil(count / 7) });
  });
});
