/**
 * `npm run gallery`: the pictures in the README's Gallery, written to docs/images/:
 * - the first page of each kind of document the command line writes, as it prints: the demo's files
 *   (scripts/demo.ts) rendered by LibreOffice to PDF (Carlito stands in for Calibri with the same widths)
 *   and the page turned into a PNG by pdftoppm;
 * - the task pane at 320 px, as the end-to-end tests photograph it (test/e2e/taskpane.e2e.test.ts).
 * Adding a kind of document is one line in GALLERY_DOCUMENTS; test/gallery/gallery.test.ts fails until
 * every command's documents are listed.
 *   node scripts/run-gallery.js            (npm run gallery builds the command line first)
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { gridRows } from '../src/check/documents';
import { readXlsx } from '../src/ooxml/read-xlsx';
import { REGISTRY_SHEET, parseRegistry } from '../src/sheets/stamp';
import { convertWithLibreOffice, findSoffice } from '../test/helpers/libreoffice';
import { writeDemo } from './demo';

const ROOT = path.join(__dirname, '..');
export const IMAGES = path.join(ROOT, 'docs', 'images');
/** Where the end-to-end tests save their screenshots. */
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
/** Wide enough to read an A4 page's headings and see its layout; small enough (about 100 KB) to commit. */
const PAGE_WIDTH_PX = 900;

export interface GalleryDocument {
  /** The picture's name in docs/images/, without ".png". */
  image: string;
  /** The sheet's kind as the toolkit records it on its hidden registry sheet ("Document" column). */
  kind: string;
  /** The str-toolkit command that writes it. */
  command: string;
  /** The demo file that holds it. */
  file: string;
  /** What the picture shows: its alt text and caption in the README. */
  caption: string;
}

/** One line per kind of document, in the order the README shows them. */
export const GALLERY_DOCUMENTS: GalleryDocument[] = [
  {
    image: 'framework',
    kind: 'framework',
    command: 'framework',
    file: 'framework.xlsx',
    caption: 'The competence framework, first page',
  },
  {
    image: 'monthly-report',
    kind: 'monthly-report',
    command: 'monthly-report',
    file: 'site-report.xlsx',
    caption: 'A monthly site report, first page',
  },
  {
    image: 'role-profile',
    kind: 'role-profile',
    command: 'ksf-outline',
    file: 'team-outlines.xlsx',
    caption: 'A role profile, first page',
  },
  {
    image: 'ksf-outline',
    kind: 'ksf-outline',
    command: 'ksf-outline',
    file: 'team-outlines.xlsx',
    caption: 'A KSF outline, first page',
  },
  {
    image: 'check-results',
    kind: 'check-results',
    command: 'check',
    file: 'check-results.xlsx',
    caption: 'Check results, first page',
  },
  {
    image: 'programme',
    kind: 'programme-view',
    command: 'consolidate',
    file: 'programme.xlsx',
    caption: 'The programme view, first page',
  },
  { image: 'team', kind: 'team-view', command: 'team', file: 'team-view.xlsx', caption: 'The team view, first page' },
];

/** Task pane screenshots at 320 px: the end-to-end test's shot, and the picture it becomes. */
export const PANE_SHOTS: { shot: string; image: string; caption: string }[] = [
  { shot: 'monthly-created-320', image: 'pane-monthly', caption: 'The task pane at 320 px: a monthly report made' },
  {
    shot: 'people-list-made-320',
    image: 'pane-people',
    caption: 'The task pane at 320 px: a staff list with a row left out',
  },
  { shot: 'check-findings-320', image: 'pane-check', caption: 'The task pane at 320 px: findings of a check' },
  {
    shot: 'programme-files-320',
    image: 'pane-programme',
    caption: 'The task pane at 320 px: returns from files consolidated',
  },
  {
    shot: 'team-made-320',
    image: 'pane-team',
    caption: 'The task pane at 320 px: team sheets made',
  },
];
/** The end-to-end tests that take those shots (jest -t), so the gallery does not run the whole file. */
const PANE_TESTS =
  'makes a report for the site|one worker from the form|insert the framework, make a report|consolidates picked files|this workbook: team sheets with charts';

/** Text as it appears in an XML attribute value, and back. */
const xmlDecode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The first sheet, in tab order, that the toolkit recorded as `kind`. */
export function sheetOfKind(bytes: Uint8Array, kind: string): string {
  const grid = readXlsx(bytes);
  const registry = grid.sheets.find((s) => s.name === REGISTRY_SHEET);
  const stamped = new Set(
    registry
      ? parseRegistry(gridRows(registry))
          .filter((e) => e.document === kind)
          .map((e) => e.sheet)
      : [],
  );
  const sheet = grid.sheets.find((s) => stamped.has(s.name));
  if (!sheet) throw new Error(`No sheet of the kind "${kind}" in the workbook.`);
  return sheet.name;
}

/**
 * A copy of the workbook in which only `sheet` is visible (and active), so that LibreOffice's PDF starts
 * with that sheet's first page. Only the workbook part's sheet list changes; every sheet keeps its content.
 */
export function onlySheetVisible(bytes: Uint8Array, sheet: string): Uint8Array {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts['xl/workbook.xml']);
  let index = -1;
  let position = 0;
  const sheets = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    const name = xmlDecode(/\bname="([^"]*)"/.exec(tag)?.[1] ?? '');
    const plain = tag.replace(/\sstate="[^"]*"/, '');
    if (name === sheet) index = position;
    position++;
    return name === sheet ? plain : plain.replace(/\/>$/, ' state="hidden"/>');
  });
  if (index < 0) throw new Error(`The workbook has no sheet "${sheet}".`);
  const view = `activeTab="${index}" firstSheet="${index}"`;
  const views = /<workbookView\b/.test(sheets)
    ? sheets.replace(/<workbookView\b[^>]*?\/>/, (tag) =>
        tag.replace(/\s(activeTab|firstSheet)="[^"]*"/g, '').replace(/\/>$/, ` ${view}/>`),
      )
    : sheets.replace('<sheets>', `<bookViews><workbookView ${view}/></bookViews><sheets>`);
  parts['xl/workbook.xml'] = strToU8(views);
  return zipSync(parts);
}

/** Renders the first page of `sheet` in `file` to `png`. */
function renderFirstPage(soffice: string, file: string, sheet: string, png: string, work: string): void {
  const copy = path.join(work, `${path.basename(png, '.png')}.xlsx`);
  fs.writeFileSync(copy, onlySheetVisible(fs.readFileSync(file), sheet));
  const pdf = convertWithLibreOffice(soffice, copy, 'pdf');
  execFileSync('pdftoppm', [
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    '-scale-to-x',
    String(PAGE_WIDTH_PX),
    '-scale-to-y',
    '-1',
    pdf,
    png.replace(/\.png$/, ''),
  ]);
}

const kb = (file: string) => `${Math.round(fs.statSync(file).size / 1024)} KB`;

export async function main(): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is needed: install libreoffice-calc-nogui.');
  fs.mkdirSync(IMAGES, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'str-gallery-'));
  try {
    const demo = path.join(work, 'demo');
    await writeDemo(demo);
    for (const doc of GALLERY_DOCUMENTS) {
      const file = path.join(demo, doc.file);
      const png = path.join(IMAGES, `${doc.image}.png`);
      renderFirstPage(soffice, file, sheetOfKind(fs.readFileSync(file), doc.kind), png, work);
      console.log(`${path.relative(ROOT, png)}  ${kb(png)}  ${doc.caption}`);
    }
    // The pane as the end-to-end tests leave it: they run in Chromium over the production build.
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), 'test/e2e/taskpane.e2e.test.ts', '-t', PANE_TESTS],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, STR_SCREENSHOTS: '1' } },
    );
    for (const { shot, image, caption } of PANE_SHOTS) {
      const png = path.join(IMAGES, `${image}.png`);
      fs.copyFileSync(path.join(SHOTS, `${shot}.png`), png);
      console.log(`${path.relative(ROOT, png)}  ${kb(png)}  ${caption}`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
