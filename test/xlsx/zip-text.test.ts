/**
 * How the toolkit packs workbooks with exceljs: emoji survive its zip writer (without src/xlsx/zip-text.ts, 2 of
 * these 3,000 come back as "��"), and xlsxBytes gives the same file as exceljs's own writeBuffer().
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import '../../src/xlsx/render';
import { xlsxBytes } from '../../src/xlsx/xlsx-bytes';

test('3,000 emoji strings in one workbook come back whole', async () => {
  const texts = Array.from({ length: 3000 }, (_, i) => 'x'.repeat(i % 7) + '😀🤩'.repeat(1 + (i % 13)) + i);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('S');
  texts.forEach((t, i) => (sheet.getCell(i + 1, 1).value = t));
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  expect(texts.filter((t, i) => loaded.getWorksheet('S')!.getCell(i + 1, 1).value !== t)).toEqual([]);
});

function workbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.created = book.modified = new Date(Date.UTC(2008, 2, 1));
  const sheet = book.addWorksheet('Texts');
  for (let r = 1; r <= 200; r++) sheet.getCell(r, 1).value = `row ${r} ${'x'.repeat(r)}`;
  return book;
}

/** Each part's name and text: the zip's own entry dates are the time of writing, so they are left out. */
async function parts(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => [f.name, await f.async('string')] as [string, string]));
}

test.each([{ compression: 'DEFLATE' as const }, { compression: 'STORE' as const }])(
  'the same parts as writeBuffer(), %o',
  async (zip) => {
    const ours = await xlsxBytes(workbook(), { zip });
    const theirs = await workbook().xlsx.writeBuffer({ zip });
    expect(ours.length).toBe(theirs.byteLength);
    expect(await parts(ours)).toEqual(await parts(new Uint8Array(theirs)));
  },
);
