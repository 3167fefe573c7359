/**
 * Writes an output file without ever losing a user's work: an existing file is refused unless `force` is
 * given, and then it is first kept under a backup name beside it ("name (backup 2026-12-06 0815).xlsx"),
 * since it may hold what someone typed. The bytes go to a temporary file first and are renamed into place,
 * so a crash halfway never leaves a half-written workbook under the user's file name.
 */
import { constants, promises as fs } from 'fs';
import path from 'path';
import { UserError } from '../errors';

/** Writes `target`; returns the backup's path when an existing file was replaced. */
export async function writeNewFile(target: string, bytes: Uint8Array, force: boolean): Promise<string | undefined> {
  const full = path.resolve(target);
  const existed = await exists(full);
  if (!force && existed) {
    throw new UserError(`${target} already exists. Choose another file name, or add --force to replace it.`);
  }
  await fs.mkdir(path.dirname(full), { recursive: true });
  const backup = existed ? await keepBackup(target, new Date()) : undefined;
  const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, full);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return backup;
}

/** The line the commands print when a file was replaced. */
export function backupNotice(target: string, backup: string): string {
  return `The earlier ${path.basename(target)} was kept as "${path.basename(backup)}".`;
}

/** The backup name for `target` at `when` (local time, to the minute): "name (backup 2026-12-06 0815).xlsx". */
export function backupName(target: string, when: Date, n = 1): string {
  const ext = path.extname(target);
  const two = (v: number) => String(v).padStart(2, '0');
  const stamp =
    `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())} ` +
    `${two(when.getHours())}${two(when.getMinutes())}`;
  return path.join(
    path.dirname(target),
    `${path.basename(target, ext)} (backup ${stamp}${n > 1 ? ` ${n}` : ''})${ext}`,
  );
}

/** Copies `target` to the first free backup name; never replaces an earlier backup. */
async function keepBackup(target: string, when: Date): Promise<string> {
  for (let n = 1; ; n++) {
    const backup = backupName(target, when, n);
    try {
      await fs.copyFile(target, backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
