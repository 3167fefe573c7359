import { keepTogetherBreaks } from '../../src/sheets/page-breaks';

test('a block that does not fit in what is left of a page starts the next page', () => {
  // Pages of 100 pt; blocks of 40 pt start at rows 0, 2, 4 and 6 (two 20 pt rows each).
  const heights = Array(8).fill(20);
  expect(keepTogetherBreaks(heights, [0, 2, 4, 6], [], 100)).toEqual([4]);
});

test('forced breaks always start a page, and count the page afresh', () => {
  const heights = Array(8).fill(20);
  expect(keepTogetherBreaks(heights, [0, 2, 4, 6], [2], 100)).toEqual([2, 6]);
});

test('a block taller than a page starts a page and is left to break where the program breaks it', () => {
  const heights = [20, 60, 60, 60, 20];
  // The block rows 1–3 (180 pt) cannot fit anywhere: it starts a page; the program breaks before row 3,
  // and row 4 fits after row 3 on that page.
  expect(keepTogetherBreaks(heights, [0, 1, 4], [], 100)).toEqual([1]);
});

test('no break before the first row, and none when everything fits', () => {
  expect(keepTogetherBreaks([30, 30, 30], [0, 1, 2], [0], 100)).toEqual([]);
});
