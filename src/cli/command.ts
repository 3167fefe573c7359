/** What every `str-toolkit` subcommand provides, so main.ts can list, parse and run it the same way. */
import { ParseArgsConfig } from 'util';

export interface CliIo {
  log: (line: string) => void;
  error: (line: string) => void;
  /** Progress on batches goes to stderr only when it is a terminal (see progress.ts). */
  stderrIsTTY: boolean;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Whether the command takes positional arguments (files). */
  allowPositionals?: boolean;
  run(values: Record<string, unknown>, positionals: string[], io: CliIo): Promise<number>;
}
