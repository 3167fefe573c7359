/** Builds a fresh .xlsx file from a workbook description and writes it safely. */
import { WorkbookSpec } from '../sheets/model';
import { EMPTY_WORKBOOK, placeWorkbook } from '../sheets/placement';
import { StampEntry } from '../sheets/stamp';
import { renderPlacement } from './render';
import { writeNewFile } from './safe-write';

export async function workbookBytes(spec: WorkbookSpec, stamp: Omit<StampEntry, 'sheet'>): Promise<Uint8Array> {
  const placement = placeWorkbook(spec, EMPTY_WORKBOOK, stamp, [], 'keep-both');
  const workbook = renderPlacement(placement);
  workbook.creator = 'STR Toolkit';
  workbook.created = new Date(stamp.generated);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeWorkbookFile(
  file: string,
  spec: WorkbookSpec,
  stamp: Omit<StampEntry, 'sheet'>,
  force: boolean,
): Promise<string | undefined> {
  return writeNewFile(file, await workbookBytes(spec, stamp), force);
}
