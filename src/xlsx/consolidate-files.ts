/**
 * Consolidates monthly returns from disk: each file is read safely in isolation (read-pool.ts) and only its
 * numbers are kept, so a programme's whole year of returns fits in little memory. A file that cannot be read
 * is listed as not included, with the reader's plain-words reason.
 */
import fs from 'fs';
import { ReturnCollector } from '../consolidate/collect';
import { Programme, summariseProgramme } from '../consolidate/programme';
import { buildProgrammeWorkbook, programmeStamp } from '../sheets/programme-sheets';
import { forEachWorkbook, ReadPoolOptions } from './read-pool';
import { writeWorkbookFile } from './write-workbook';

export interface ConsolidateFilesOptions extends ReadPoolOptions {
  /** For the checker's date rules (late returns). */
  today: Date;
  onEach?: (file: string) => void;
}

export async function consolidateFiles(files: string[], options: ConsolidateFilesOptions): Promise<Programme> {
  const collector = new ReturnCollector({ today: options.today });
  await forEachWorkbook(files, options, (outcome) => {
    options.onEach?.(outcome.file);
    if (outcome.ok) collector.addWorkbook(outcome.file, outcome.grid, modifiedTime(outcome.file));
    else collector.addUnreadable(outcome.file, outcome.message);
  });
  return summariseProgramme(collector.result());
}

/** When the file was last saved, to tell the newer of two versions of a return; undefined if it cannot be told. */
export function modifiedTime(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The programme workbook, with the note that charts come from the add-in (exceljs cannot write them). */
/** Returns the backup's path when an existing file was replaced (see safe-write.ts). */
export async function writeProgrammeFile(
  file: string,
  programme: Programme,
  now: Date,
  force: boolean,
): Promise<string | undefined> {
  const spec = buildProgrammeWorkbook(programme, { chartsNote: true, generated: now });
  return writeWorkbookFile(file, spec, programmeStamp(programme.definition, now), force);
}
