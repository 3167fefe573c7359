/** Emoji survive exceljs's zip writer: without src/xlsx/zip-text.ts, 2 of these 3,000 come back as "��". */
import ExcelJS from 'exceljs';
import '../../src/xlsx/render';

test('3,000 emoji strings in one workbook come back whole', async () => {
  const texts = Array.from({ length: 3000 }, (_, i) => 'x'.repeat(i % 7) + '😀🤩'.repeat(1 + (i % 13)) + i);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('S');
  texts.forEach((t, i) => (sheet.getCell(i + 1, 1).value = t));
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  expect(texts.filter((t, i) => loaded.getWorksheet('S')!.getCell(i + 1, 1).value !== t)).toEqual([]);
});
