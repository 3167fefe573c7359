/**
 * Tests that look at the printed pages. pages.py has LibreOffice (with Carlito, so lines break as in Excel)
 * print a workbook to PDF and says where each page's cells and words are; this file turns that into what
 * an NHS user would notice on paper:
 * - a word of a cell that is not printed inside that cell (cut off by a too-short row, drawn past the cell's
 *   border into the next one, or broken mid-word);
 * - text printed smaller than 6.5 pt (font size × the page's zoom);
 * - a continuation page with no headers (neither repeated print titles nor a deliberate page break that
 *   starts with its own heading; a page to the right of another needs repeated title columns);
 * - a heading (a row whose text is all bold) as the last line of a page, its content on the next;
 * - near-blank pages (printed cells fill less than a fifth of the page's height).
 * Render each document once per test file (beforeAll) and assert everything on that one render.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { columnLetter } from '../../src/sheets/a1';
import { findSoffice, runInOffice } from './libreoffice';
import { hasCommand } from './tools';

/** The smallest text the issue accepts on paper, in points. */
export const MIN_PRINTED_POINTS = 6.5;
/** A page whose printed cells fill less than this share of its height is near-blank. */
const NEAR_BLANK_SHARE = 0.2;
/** A word box may touch its cell's border by this much (points). */
const SLACK = 1;

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface PrintedCell {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
  text: string;
  fontSize: number;
  bold: boolean;
  wrap: boolean;
  rotated: boolean;
  /** left, top, right, bottom in PDF points from the page's top-left corner. */
  rect: [number, number, number, number];
}

interface RawPage {
  sheet: string;
  rows: [number, number];
  cols: [number, number];
  /** The print-title rows repeated at the top of this page, if any. */
  titles: [number, number] | null;
  /** The print-title columns repeated at the left of this page, if any. */
  titleCols: [number, number] | null;
  titleRows: [number, number] | null;
  manualBreaks: number[];
  zoom: number;
  width: number;
  height: number;
  contentTop: number;
  contentBottom: number;
  words: Word[];
  cells: PrintedCell[];
}

export interface PrintedPage extends RawPage {
  /** 1-based page number in the PDF. */
  number: number;
}

export interface PageReport {
  pdf: string;
  pages: PrintedPage[];
  /** Printed cells (a cell printed on two pages, as a repeated title, counts twice). */
  cells: number;
  /** Share of printed cells whose every word is inside the cell, in percent. */
  visiblePercent: number;
  /** "Sheet!A1 (page 3): "word" outside its cell" and the like, one per cell. */
  hiddenText: string[];
  /** Smallest printed text in points, and where. */
  smallest: { points: number; where: string };
  /** Pages that continue a sheet without headers. */
  withoutHeaders: string[];
  /** Headings printed as a page's last line, their content on the next page. */
  strandedHeadings: string[];
  nearBlank: string[];
  /** Zoom per sheet, in percent. */
  zoom: Record<string, number>;
}

/** Whether the page tests can run here (under CI a missing tool fails instead: see tools.ts). */
export function canPrintPages(): boolean {
  return (
    findSoffice() !== null &&
    hasCommand('pdftotext', 'poppler-utils') &&
    hasCommand('fc-list', 'fontconfig') &&
    hasCarlito()
  );
}

function hasCarlito(): boolean {
  const fonts = execFileSync('fc-list', [':family=Carlito'], { encoding: 'utf8' });
  if (fonts.trim() === '' && process.env.CI === 'true')
    throw new Error(
      'The Carlito font is missing, and lines only break as in Excel with it: apt-get install fonts-crosextra-carlito',
    );
  return fonts.trim() !== '';
}

/** Prints `workbook` with LibreOffice (the jest worker's own office) and reads its pages. */
export function printPages(workbook: string): PageReport {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-pages-'));
  const soffice = findSoffice();
  if (!soffice) throw new Error('printPages needs LibreOffice: call it under describeOnPaper (test/print/paper.ts)');
  const json = runInOffice(soffice, [path.join(__dirname, 'pages.py'), workbook, outDir], `print ${workbook}`, {
    timeoutMs: 480_000,
  });
  const raw = JSON.parse(json) as { pdf: string; pages: RawPage[] };
  return report(
    raw.pdf,
    raw.pages.map((page, i) => ({ ...page, number: i + 1 })),
  );
}

function report(pdf: string, pages: PrintedPage[]): PageReport {
  const hiddenText: string[] = [];
  let cells = 0;
  let smallest = { points: Infinity, where: '' };
  const zoom: Record<string, number> = {};
  for (const page of pages) {
    zoom[page.sheet] = Math.round(page.zoom * 100);
    const used = new Set<Word>();
    for (const cell of page.cells) {
      cells++;
      const problem = cellProblem(cell, page, used);
      if (problem) hiddenText.push(`${where(page, cell)}: ${problem}`);
      const points = cell.fontSize * page.zoom;
      if (points < smallest.points) smallest = { points: Math.round(points * 10) / 10, where: where(page, cell) };
    }
  }
  return {
    pdf,
    pages,
    cells,
    visiblePercent: cells === 0 ? 100 : Math.floor((1000 * (cells - hiddenText.length)) / cells) / 10,
    hiddenText,
    smallest,
    withoutHeaders: pages.filter((page, i) => continuesWithoutHeaders(page, pages[i - 1])).map(pageName),
    strandedHeadings: pages.flatMap((page, i) => strandedHeading(page, pages[i + 1])),
    nearBlank: pages.filter(isNearBlank).map(pageName),
    zoom,
  };
}

function where(page: PrintedPage, cell: PrintedCell): string {
  return `${page.sheet}!${columnLetter(cell.col)}${cell.row + 1} (page ${page.number})`;
}

function pageName(page: PrintedPage): string {
  return `page ${page.number} (${page.sheet}, rows ${page.rows[0] + 1}-${page.rows[1] + 1})`;
}

/** The middle half of a word box: poppler's boxes include the font's ascent and descent. */
function band(word: Word): [number, number] {
  const quarter = (word.y1 - word.y0) / 4;
  return [word.y0 + quarter, word.y1 - quarter];
}

function inside(word: Word, rect: PrintedCell['rect']): boolean {
  const [top, bottom] = band(word);
  return (
    word.x0 >= rect[0] - SLACK && word.x1 <= rect[2] + SLACK && top >= rect[1] - SLACK && bottom <= rect[3] + SLACK
  );
}

/**
 * Why a cell's text is not all visible, or null: each word of the cell must be a word printed inside it.
 * A word found elsewhere on the page was drawn past the cell's border; a word not found at all was cut off
 * (a row too short for wrapped text, a column too narrow for an unwrapped number) or broken mid-word.
 */
function cellProblem(cell: PrintedCell, page: PrintedPage, used: Set<Word>): string | null {
  const missing: string[] = [];
  for (const token of cell.text.split(/\s+/).filter((t) => t !== '')) {
    const found = printedInside(token, cell, page, used);
    if (found) found.forEach((w) => used.add(w));
    else missing.push(token);
  }
  if (missing.length === 0) return null;
  const outside = missing.filter((token) =>
    page.words.some((w) => !used.has(w) && w.text === token && !inside(w, cell.rect)),
  );
  const lost = missing.filter((token) => !outside.includes(token));
  const quote = (tokens: string[]) => tokens.map((t) => `"${t}"`).join(' ');
  return [
    outside.length > 0 && `${quote(outside)} printed outside the cell`,
    lost.length > 0 && `${quote(lost)} not printed (cut off or broken mid-word)`,
  ]
    .filter(Boolean)
    .join('; ')
    .concat(` in "${cell.text.length > 60 ? `${cell.text.slice(0, 57)}...` : cell.text}"`);
}

/**
 * The printed words that show `token` inside the cell: the word itself, or its pieces where the line broke
 * after a hyphen ("Self-" "assessment"), as spreadsheets break lines.
 */
function printedInside(token: string, cell: PrintedCell, page: PrintedPage, used: Set<Word>): Word[] | null {
  const free = (text: string) => page.words.find((w) => !used.has(w) && w.text === text && inside(w, cell.rect));
  const whole = free(token);
  if (whole) return [whole];
  const pieces = token.split(/(?<=-)/);
  if (pieces.length < 2) return null;
  const found = pieces.map(free);
  return found.every((w) => w !== undefined) ? (found as Word[]) : null;
}

/** Rows of the page's own range (not repeated titles) that hold text, in order. */
function textRows(page: PrintedPage): number[] {
  const rows = page.cells.filter((c) => c.row >= page.rows[0] && c.row <= page.rows[1]).map((c) => c.row);
  return [...new Set(rows)].sort((a, b) => a - b);
}

function isHeading(page: PrintedPage, row: number): boolean {
  const cells = page.cells.filter((c) => c.row === row);
  return cells.length > 0 && cells.every((c) => c.bold);
}

/**
 * A page continuing its sheet (the sheet's earlier rows printed on the previous page) needs its headers:
 * repeated print titles, or a deliberate page break that starts the page with a heading of its own.
 */
function continuesWithoutHeaders(page: PrintedPage, previous: PrintedPage | undefined): boolean {
  if (!previous || previous.sheet !== page.sheet) return false;
  // A page to the right of others (a table too wide for one page) needs what labels its rows at its left.
  if (page.cols[0] > 0 && !page.titleCols) return true;
  // A page beside the sheet's first one starts with the sheet's own headers.
  if (page.titles || page.rows[0] === 0) return false;
  const first = textRows(page)[0];
  if (first === undefined) return false;
  const deliberate = page.manualBreaks.includes(page.rows[0]);
  return !(deliberate && isHeading(page, first));
}

/** A heading as the page's last line while its sheet goes on over the page. */
function strandedHeading(page: PrintedPage, next: PrintedPage | undefined): string[] {
  if (!next || next.sheet !== page.sheet) return [];
  const last = textRows(page).at(-1);
  if (last === undefined || !isHeading(page, last)) return [];
  const text = page.cells
    .filter((c) => c.row === last)
    .map((c) => c.text)
    .join(' ');
  return [`${page.sheet} row ${last + 1} "${text}" ends ${pageName(page)}`];
}

function isNearBlank(page: PrintedPage): boolean {
  const bottom = Math.max(page.contentTop, ...page.cells.map((c) => c.rect[3]));
  return (bottom - page.contentTop) / (page.contentBottom - page.contentTop) < NEAR_BLANK_SHARE;
}

/** One line per figure, for a test's log and the report. */
export function summary(name: string, r: PageReport): string {
  return (
    `${name}: ${r.pages.length} pages, ${r.visiblePercent}% of ${r.cells} cells fully visible, ` +
    `smallest ${r.smallest.points} pt (${r.smallest.where}), ${r.withoutHeaders.length} continuation pages ` +
    `without headers, ${r.strandedHeadings.length} stranded headings, ${r.nearBlank.length} near-blank; zoom ` +
    Object.entries(r.zoom)
      .map(([sheet, z]) => `${sheet} ${z}%`)
      .join(', ')
  );
}

/** The figures for some of the pages only: one document's sheets in a workbook that holds several. */
export function pagesOf(r: PageReport, sheets: (sheet: string) => boolean): PageReport {
  return report(
    r.pdf,
    r.pages.filter((page) => sheets(page.sheet)),
  );
}
