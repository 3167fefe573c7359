/**
 * Expands the files a user names: plain files, folders (their .xlsx files) and simple * patterns.
 * A name that points at nothing, a folder without workbooks or a pattern that matches none is "not found":
 * the commands exit 2 with those words, rather than carrying on with fewer files than the user meant.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { UserError } from '../errors';

export interface ExpandedInputs {
  files: string[];
  /** Each name that found no workbook, and why: "Not found: the folder holds no workbook (.xlsx)." */
  notFound: { input: string; message: string }[];
}

export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const notFound: ExpandedInputs['notFound'] = [];
  for (const input of inputs) {
    const found = /[*?]/.test(input) ? await matchPattern(input) : await filesAt(input);
    if (typeof found === 'string') notFound.push({ input, message: `Not found: ${found}` });
    else files.push(...found);
  }
  return { files: [...new Set(files)], notFound };
}

/** Stops with exit 2 when nothing the user named was found, saying which names found nothing. */
export function requireSomeFound(expanded: ExpandedInputs, nothingNamed: string): string[] {
  if (expanded.files.length > 0) return expanded.files;
  throw expanded.notFound.length === 0 ? new UserError(nothingNamed) : notFoundError(expanded.notFound);
}

/** One line per name that found nothing; exit 2. */
export function notFoundError(notFound: ExpandedInputs['notFound']): UserError {
  return new UserError(notFound.map((n) => `${n.input}: ${n.message}`).join('\n'));
}

/** Stops with exit 2 and "not found" when a file named with an option (--staff, --sites…) is not there. */
export async function requireFile(file: string, option: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new UserError(`${file} (${option}): Not found: there is no such file.`);
  if (!stat.isFile()) throw new UserError(`${file} (${option}): Not found: that is a folder, not a file.`);
}

/** The file itself, a folder's workbooks, or why nothing was found there. */
async function filesAt(input: string): Promise<string[] | string> {
  const stat = await fs.stat(input).catch(() => null);
  if (!stat) return 'there is no such file or folder.';
  if (!stat.isDirectory()) return [input];
  const names = (await fs.readdir(input)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort();
  return names.length > 0 ? names.map((n) => path.join(input, n)) : 'the folder holds no workbook (.xlsx).';
}

/** "returns/*.xlsx" style patterns in the last path segment (shells on Windows don't expand them). */
async function matchPattern(pattern: string): Promise<string[] | string> {
  const dir = path.dirname(pattern);
  const glob = path.basename(pattern);
  const regex = new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  const names = await fs.readdir(dir).catch(() => null);
  if (!names) return `there is no folder ${dir}.`;
  const matched = names.filter((n) => regex.test(n)).sort();
  return matched.length > 0 ? matched.map((n) => path.join(dir, n)) : 'no file matches it.';
}
