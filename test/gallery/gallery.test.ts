/**
 * The gallery script (scripts/gallery.ts) without rendering anything: its list covers every kind of document
 * the command line writes, the pictures it names are committed, small and shown in the README, and the pane
 * shots it copies are ones the end-to-end tests take. `npm run gallery` does the rendering.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { COMMANDS } from '../../src/cli/commands';
import { MONTHLY_DOCUMENT, PROGRAMME_DOCUMENT } from '../../src/sheets/document-kinds';
import { DOCUMENTS } from '../../src/sheets/worker-workbook';
import { GALLERY_DOCUMENTS, IMAGES, PANE_SHOTS, onlySheetVisible } from '../../scripts/gallery';

const ROOT = path.resolve(__dirname, '..', '..');
/** Pictures are committed: each at most this size. */
const MAX_BYTES = 200 * 1024;

describe('the gallery’s list', () => {
  test('has a document for every str-toolkit command', () => {
    const listed = new Set(GALLERY_DOCUMENTS.map((d) => d.command));
    expect(COMMANDS.map((c) => c.name).filter((name) => !listed.has(name))).toEqual([]);
  });

  test('has every kind of sheet the commands stamp (the staff index aside: it is a list of links)', () => {
    const kinds = new Set(GALLERY_DOCUMENTS.map((d) => d.kind));
    const made = [
      MONTHLY_DOCUMENT,
      PROGRAMME_DOCUMENT,
      ...Object.values(DOCUMENTS)
        .map((d) => d.document)
        .filter((d) => d !== DOCUMENTS.index.document),
    ];
    expect(made.filter((kind) => !kinds.has(kind))).toEqual([]);
  });

  test('every picture is committed, a PNG under 200 KB, and shown in the README with its caption', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const pictures = [...GALLERY_DOCUMENTS, ...PANE_SHOTS];
    for (const { image, caption } of pictures) {
      const file = path.join(IMAGES, `${image}.png`);
      expect({ image, exists: fs.existsSync(file) }).toEqual({ image, exists: true });
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect({ image, small: bytes.length <= MAX_BYTES }).toEqual({ image, small: true });
      expect(readme).toContain(`![${caption}](docs/images/${image}.png)`);
    }
  });

  test('the pane shots it copies are ones the end-to-end tests take', () => {
    const e2e = fs.readFileSync(path.join(ROOT, 'test', 'e2e', 'taskpane.e2e.test.ts'), 'utf8');
    for (const { shot } of PANE_SHOTS) {
      const name = shot.replace(/-320$/, '');
      expect({ shot, taken: e2e.includes(`snap(page, '${name}')`) }).toEqual({ shot, taken: true });
    }
  });
});

test.each([false, true])(
  'onlySheetVisible hides every other sheet and opens on that one, leaving their content alone (views: %s)',
  async (views) => {
    const workbook = new ExcelJS.Workbook();
    if (views)
      workbook.views = [
        { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 2, visibility: 'visible' },
      ];
    for (const name of ['Cover', 'Sam & Jo’s "outline"', 'Notes'])
      workbook.addWorksheet(name).getCell('A1').value = name;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const copy = onlySheetVisible(bytes, 'Sam & Jo’s "outline"');
    const parts = unzipSync(copy);
    const xml = strFromU8(parts['xl/workbook.xml']);
    const states = [...xml.matchAll(/<sheet\b[^>]*\/>/g)].map(([tag]) => /state="(\w+)"/.exec(tag)?.[1] ?? 'visible');
    expect(states).toEqual(['hidden', 'visible', 'hidden']);
    expect(xml).toMatch(/<workbookView\b[^>]*activeTab="1"/);
    const original = unzipSync(bytes);
    for (const name of Object.keys(original).filter((n) => n.startsWith('xl/worksheets/')))
      expect(strFromU8(parts[name])).toBe(strFromU8(original[name]));
    expect(() => onlySheetVisible(bytes, 'Missing')).toThrow('The workbook has no sheet "Missing".');
  },
);
