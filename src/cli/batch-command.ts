/**
 * The run every "many workbooks in, one workbook out" command shares (`consolidate`, `team`): refuse an
 * existing output before reading anything, stop when a name finds nothing, read with a progress bar, write
 * nothing when nothing could be included (and say why), keep a backup of a file replaced with --force, and
 * print either the summary or the JSON.
 */
import fs from 'fs';
import path from 'path';
import { backupNotice } from '../xlsx/safe-write';
import { CliIo } from './command';
import { expandInputs, notFoundError } from './inputs';
import { requireXlsxOut } from './options';
import { startProgress } from './progress';
import { UserError } from '../errors';

export interface BatchCommand<Result> {
  help: string;
  /** Said when no file is named, e.g. "Name at least one monthly return to consolidate." */
  nothingNamed: string;
  /** Beside the progress bar, e.g. "Consolidating". */
  progressLabel: string;
  read(files: string[], onEach: (file: string) => void): Promise<Result>;
  /** Why nothing can be written, or null when something was included. */
  nothingIncluded(result: Result): string | null;
  /** Writes the workbook; returns the backup's path when an existing file was replaced. */
  write(out: string, result: Result, force: boolean): Promise<string | undefined>;
  json(result: Result): unknown;
  /** The summary printed without --json; `out` is "" when nothing was written. */
  summary(result: Result, out: string): string;
}

export async function runBatchCommand<Result>(
  command: BatchCommand<Result>,
  values: Record<string, unknown>,
  positionals: string[],
  io: CliIo,
): Promise<number> {
  const json = values.json === true;
  const out = json && values.out === undefined ? undefined : requireXlsxOut(values.out, command.help);
  const force = values.force === true;
  // Refuse before reading anything, so a long batch never ends in "already exists".
  if (out && !force && fs.existsSync(out)) {
    throw new UserError(`${out} already exists. Choose another file name, or add --force to replace it.`);
  }
  const expanded = await expandInputs(positionals);
  // A result missing someone's workbook would look complete: any name that found nothing stops the run.
  if (expanded.notFound.length > 0) throw notFoundError(expanded.notFound);
  const files = expanded.files.filter((f) => !out || path.resolve(f) !== path.resolve(out));
  if (files.length === 0) throw new UserError(`${command.nothingNamed}\n\n${command.help}`);
  const progress = startProgress(files.length, io.stderrIsTTY && !json, command.progressLabel);
  let result: Result;
  try {
    result = await command.read(files, (file) => progress.tick(path.basename(file)));
  } finally {
    progress.stop();
  }
  // An empty workbook would look like a real one with nothing in it: write nothing, and say why.
  const nothing = command.nothingIncluded(result);
  const backup = out && !nothing ? await command.write(out, result, force) : undefined;
  if (out && backup) io.error(backupNotice(out, backup));
  if (json) io.log(JSON.stringify(command.json(result), null, 2));
  else io.log(command.summary(result, out && !nothing ? out : ''));
  if (nothing) io.error(out ? `${nothing} ${out} was not written.` : nothing);
  return nothing ? 1 : 0;
}
