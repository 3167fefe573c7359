/**
 * What every printed document must meet (issue 15, "Done when"): every word of every cell visible, no
 * text under 6.5 pt, no page below about 80% zoom, headers on every continuation page, no heading as a
 * page's last line, and its budgets of pages and near-blank pages (at most 2 across all documents).
 */
import { canPrintPages, MIN_PRINTED_POINTS, PageReport, summary } from '../helpers/pages';

/** Below this zoom a page is too small to read comfortably. */
export const MIN_ZOOM = 80;

export const describeOnPaper = canPrintPages() ? describe : describe.skip;

export interface Budget {
  pages: number;
  nearBlank?: number;
}

export function expectOnPaper(name: string, printed: PageReport, budget: Budget): void {
  console.log(summary(name, printed));
  expect(printed.pages.length).toBeGreaterThan(0);
  expect(printed.hiddenText).toEqual([]);
  expect(printed.smallest.points).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
  expect(Object.entries(printed.zoom).filter(([, zoom]) => zoom < MIN_ZOOM)).toEqual([]);
  expect(printed.withoutHeaders).toEqual([]);
  expect(printed.strandedHeadings).toEqual([]);
  expect(printed.nearBlank.length).toBeLessThanOrEqual(budget.nearBlank ?? 0);
  expect(printed.pages.length).toBeLessThanOrEqual(budget.pages);
}
