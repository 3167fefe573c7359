import ExcelJS from 'exceljs';
import { readPickedFiles } from '../../src/taskpane/picked-files';

const picked = (name: string, bytes: Uint8Array, size = bytes.length) => ({
  name,
  size,
  arrayBuffer: async () => bytes.slice().buffer,
});

test('each picked file is read on its own: bad ones get a reason and the rest go on, in order', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('March').getCell('A1').value = 'Leeds';
  const good = new Uint8Array(await workbook.xlsx.writeBuffer());
  const progress: string[] = [];
  const outcomes = await readPickedFiles(
    [
      picked('empty.xlsx', new Uint8Array()),
      { ...picked('good.xlsx', good), lastModified: Date.UTC(2008, 3, 3) },
      picked('huge.xlsx', good, 900 * 2 ** 20),
      picked('notes.xlsx', new TextEncoder().encode('just text')),
    ],
    (done, total) => progress.push(`${done}/${total}`),
  );
  expect(outcomes.map((o) => [o.file, o.ok ? 'ok' : o.problem])).toEqual([
    ['empty.xlsx', 'empty'],
    ['good.xlsx', 'ok'],
    ['huge.xlsx', 'too-large'],
    ['notes.xlsx', 'text-file'],
  ]);
  const [, read] = outcomes;
  if (read.ok) expect(read.grid.sheets[0].cells.A1).toEqual({ kind: 's', value: 'Leeds' });
  // When the file was saved travels with it: it tells the newer of two versions of a return.
  if (read.ok) expect(read.modified).toBe(Date.UTC(2008, 3, 3));
  expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4']);
});

test('stops between files when cancelled', async () => {
  const controller = new AbortController();
  const outcomes = await readPickedFiles(
    [picked('a.xlsx', new Uint8Array()), picked('b.xlsx', new Uint8Array())],
    () => controller.abort(),
    controller.signal,
  );
  expect(outcomes).toHaveLength(1);
});
