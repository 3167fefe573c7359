/**
 * Role profiles and KSF outlines on paper, as an HR officer prints them for a review meeting: a Foundation,
 * an Intermediate and a Senior worker in one workbook (printed once), every dropdown holding its longest
 * choice. See test/helpers/pages.ts for what each figure means.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { WorkerInput } from '../../src/roles/worker';
import { buildWorkerWorkbook } from '../../src/sheets/worker-workbook';
import { writeWorkerWorkbook } from '../../src/xlsx/write-worker-workbook';
import { withLongestChoices } from '../helpers/longest-choices';
import { PageReport, pagesOf, printPages } from '../helpers/pages';
import { describeOnPaper, expectOnPaper } from './paper';

const WORKERS: WorkerInput[] = [
  { name: "Sam O'Neill", grade: 'foundation', setting: 'crisis', team: 'North' },
  { name: 'Robin Sample', grade: 'intermediate', setting: 'older-people', team: 'North' },
  { name: 'Kit Example', grade: 'senior', setting: 'community-mental-health-team', team: 'South' },
];

describeOnPaper('role profiles and KSF outlines on paper', () => {
  let printed: PageReport;
  const book = buildWorkerWorkbook(WORKERS, { index: false });

  beforeAll(async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'str-print-ksf-')), 'outlines.xlsx');
    const filled = { ...book, spec: withLongestChoices(book.spec) };
    await writeWorkerWorkbook(file, filled, new Date(Date.UTC(2026, 0, 1)), false);
    printed = printPages(file);
  }, 300_000);

  describe.each(book.workers.map((w, i) => ({ grade: WORKERS[i].grade, names: w.names })))('$grade', ({ names }) => {
    test('the role profile: every word visible, legible and headed, in at most 7 pages', () => {
      expectOnPaper(
        names.profile,
        pagesOf(printed, (s) => s === names.profile),
        { pages: 7 },
      );
    });

    test('the KSF outline: every word visible, legible and headed, in at most 8 pages', () => {
      expectOnPaper(
        names.outline,
        pagesOf(printed, (s) => s === names.outline),
        { pages: 8 },
      );
    });
  });
});
