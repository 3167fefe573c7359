/** Builds a fresh .xlsx file from a workbook description and writes it safely. */
import { WorkbookSpec } from '../sheets/model';
import { EMPTY_WORKBOOK, Placement, placeWorkbook } from '../sheets/placement';
import { StampEntry } from '../sheets/stamp';
import { renderPlacement } from './render';
import { writeNewFile } from './safe-write';
import { xlsxBytes } from './xlsx-bytes';

/** Sheets placed in a new workbook, rendered and packed as an .xlsx file made by the toolkit at `created`. */
export async function placementBytes(placement: Placement, created: Date): Promise<Uint8Array> {
  const workbook = renderPlacement(placement);
  workbook.creator = 'STR Toolkit';
  workbook.created = created;
  return xlsxBytes(workbook); // a Buffer is a Uint8Array: no copy
}

export async function workbookBytes(spec: WorkbookSpec, stamp: Omit<StampEntry, 'sheet'>): Promise<Uint8Array> {
  return placementBytes(placeWorkbook(spec, EMPTY_WORKBOOK, stamp, [], 'keep-both'), new Date(stamp.generated));
}

export async function writeWorkbookFile(
  file: string,
  spec: WorkbookSpec,
  stamp: Omit<StampEntry, 'sheet'>,
  force: boolean,
): Promise<string | undefined> {
  return writeNewFile(file, await workbookBytes(spec, stamp), force);
}
