/**
 * The files of a --split run that are already there: refused unless --force (replaced, each kept as a backup
 * first) or --skip-existing (kept as they are, since they may be filled in already, and listed).
 */
import { promises as fs } from 'fs';
import { counted } from '../words';

/** Those of `files` that exist, in the same order. */
export async function existingFiles(files: string[]): Promise<string[]> {
  const there = await Promise.all(
    files.map((file) =>
      fs.access(file).then(
        () => true,
        () => false,
      ),
    ),
  );
  return files.filter((_, i) => there[i]);
}

/** What --skip-existing kept, one file a line. */
export function keptList(kept: string[]): string {
  return [
    `Kept ${counted(kept.length, 'file')} that already existed (not changed):`,
    ...kept.map((f) => `  ${f}`),
  ].join('\n');
}
