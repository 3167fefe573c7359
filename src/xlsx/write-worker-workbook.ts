/** Writes role profiles and KSF outlines to a new .xlsx file, each sheet stamped with what it is. */
import { EMPTY_WORKBOOK, placeWorkbook } from '../sheets/placement';
import { stampDocuments, WorkerWorkbook, workerStamp } from '../sheets/worker-workbook';
import { writeNewFile } from './safe-write';
import { placementBytes } from './write-workbook';

export async function workerWorkbookBytes(book: WorkerWorkbook, now: Date): Promise<Uint8Array> {
  const placement = stampDocuments(
    placeWorkbook(book.spec, EMPTY_WORKBOOK, workerStamp(now), [], 'keep-both'),
    book.kinds,
  );
  return placementBytes(placement, now);
}

export async function writeWorkerWorkbook(
  file: string,
  book: WorkerWorkbook,
  now: Date,
  force: boolean,
): Promise<void> {
  await writeNewFile(file, await workerWorkbookBytes(book, now), force);
}
