import { pageStarts, pagingHeights } from '../../src/sheets/page-fit';
import { lineHeight, POINTS_PER_LINE } from '../../src/sheets/wrap-height';

describe('pageStarts: where a sheet that breaks its own pages starts each one', () => {
  const title = { first: 0, last: 0 };

  test('a page takes rows while they fit, and later pages make room for the repeated title row', () => {
    // Title 10, then rows of 40: page one holds title + 2 rows (90 ≤ 100); later pages title + 2 rows.
    expect(pageStarts([10, 40, 40, 40, 40, 40], () => false, 100, title)).toEqual([3, 5]);
  });

  test('a page ends before a run of headings, never after one', () => {
    // Rows 2 and 3 are headings; row 4 does not fit on page one, so page two starts at the first heading,
    // and holds the title, both headings and row 4; row 5 starts page three.
    const headings = new Set([2, 3]);
    expect(pageStarts([10, 40, 15, 15, 40, 40], (r) => headings.has(r), 100, title)).toEqual([2, 5]);
  });

  test('a row taller than a page still gets a page of its own', () => {
    expect(pageStarts([10, 150, 20], () => false, 100, title)).toEqual([1, 2]);
  });
});

describe('pagingHeights: the row heights pageStarts reckons a sheet with', () => {
  test("a row's set height, else one line of 14 pt type for the title row and one line for the rest", () => {
    expect(pagingHeights(4, { 2: 60 })).toEqual([lineHeight({ fontSize: 14 }), POINTS_PER_LINE, 60, POINTS_PER_LINE]);
    expect(lineHeight({ fontSize: 14 })).toBeGreaterThan(POINTS_PER_LINE);
  });

  test('a set title height wins, and a sheet with no set heights still gets one per row', () => {
    expect(pagingHeights(2, { 0: 30 })).toEqual([30, POINTS_PER_LINE]);
    expect(pagingHeights(3)).toEqual([lineHeight({ fontSize: 14 }), POINTS_PER_LINE, POINTS_PER_LINE]);
  });
});
