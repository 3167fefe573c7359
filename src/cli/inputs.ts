/** Expands the files a user names: plain files, folders (their .xlsx files) and simple * patterns. */
import { promises as fs } from 'fs';
import path from 'path';

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (/[*?]/.test(input)) files.push(...(await matchPattern(input)));
    else if (await isDirectory(input)) files.push(...(await xlsxIn(input)));
    else files.push(input);
  }
  return [...new Set(files)];
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function xlsxIn(dir: string): Promise<string[]> {
  const names = (await fs.readdir(dir)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort();
  return names.map((n) => path.join(dir, n));
}

/** "returns/*.xlsx" style patterns in the last path segment (shells on Windows don't expand them). */
async function matchPattern(pattern: string): Promise<string[]> {
  const dir = path.dirname(pattern);
  const glob = path.basename(pattern);
  const regex = new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  try {
    return (await fs.readdir(dir))
      .filter((n) => regex.test(n))
      .sort()
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}
