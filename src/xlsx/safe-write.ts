/**
 * Writes an output file without ever losing a user's work: an existing file is refused unless
 * `force` is given, and the bytes go to a temporary file first and are renamed into place, so a
 * crash halfway never leaves a half-written workbook under the user's file name.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { UserError } from '../cli/user-error';

export async function writeNewFile(target: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const full = path.resolve(target);
  if (!force && (await exists(full))) {
    throw new UserError(`${target} already exists. Choose another file name, or add --force to replace it.`);
  }
  await fs.mkdir(path.dirname(full), { recursive: true });
  const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, full);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
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
