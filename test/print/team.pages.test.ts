/**
 * The team workbook on paper, as a team manager prints it: the 30 outlines of the team view's own test
 * (team-fixture.ts), read from files in a folder as `str-toolkit team` reads them, so the awkward inputs (a
 * damaged file, a workbook with no outline, an older copy) fill the "Not included" sheet. See
 * test/helpers/pages.ts for the figures.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { teamFromFiles, writeTeamFile } from '../../src/xlsx/team-files';
import { AS_OF, planTeam, writeTeam } from '../consolidate/team/team-fixture';
import { PageReport, printPages } from '../helpers/pages';
import { describeOnPaper, expectOnPaper } from './paper';

describeOnPaper('the team workbook on paper', () => {
  let printed: PageReport;
  let folder: string;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-print-team-'));
    folder = path.join(dir, 'outlines');
    fs.mkdirSync(folder);
    const files = await writeTeam(folder, planTeam(30));
    const team = await teamFromFiles(files, { asOf: AS_OF, size: 1 });
    const file = path.join(dir, 'team.xlsx');
    await writeTeamFile(file, team, new Date(Date.UTC(2009, 5, 15)), false);
    printed = printPages(file);
  }, 600_000);

  const pagesOf = (sheet: string) => printed.pages.filter((p) => p.sheet === sheet).length;

  test('every sheet: every word visible, legible and headed, in at most 28 pages', () => {
    console.log(
      [...new Set(printed.pages.map((p) => p.sheet))].map((sheet) => `${sheet}: ${pagesOf(sheet)}`).join(', '),
    );
    console.log(printed.nearBlank);
    expectOnPaper('team', printed, { pages: 28 });
  });
});
