/** The `str-toolkit` command line: the same core as the Excel add-in, rendered with exceljs. */
import { parseArgs } from 'util';
import { TOOLKIT_VERSION } from '../version';
import { CliIo } from './command';
import { COMMANDS } from './commands';
import { closest } from './did-you-mean';
import { UserError } from '../errors';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
  return `STR Toolkit ${TOOLKIT_VERSION}: the national Support, Time and Recovery worker framework in Excel.

Usage: str-toolkit <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Run "str-toolkit <command> --help" for a command's options.`;
}

export async function main(
  argv: string[],
  log: (line: string) => void = console.log,
  error: (line: string) => void = console.error,
): Promise<number> {
  const io: CliIo = { log, error, stderrIsTTY: Boolean(process.stderr.isTTY) };
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      log(help());
      return 0;
    }
    if (name === '--version' || name === '-v') {
      log(TOOLKIT_VERSION);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      const meant = closest(
        name,
        COMMANDS.map((c) => c.name),
      );
      throw new UserError(`Unknown command "${name}".${meant ? ` Did you mean "${meant}"?` : ''}\n\n${help()}`);
    }
    const options = { ...command.options, help: { type: 'boolean' as const, short: 'h' } };
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: command.allowPositionals ?? false, strict: true });
    } catch (e) {
      // parseArgs reports unknown or malformed options with this code (checked by shape: jest runs in another realm).
      const code = (e as NodeJS.ErrnoException | undefined)?.code;
      if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw e;
      throw new UserError(`${(e as Error).message}${optionHint(e as Error, Object.keys(options))}\n\n${command.help}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      log(command.help);
      return 0;
    }
    return await command.run(values, positionals, io);
  } catch (e) {
    if (e instanceof UserError) {
      error(e.message);
      return e.exitCode;
    }
    throw e;
  }
}

/** ' Did you mean "--json"?' for an unknown option near a known one; "" otherwise. */
function optionHint(error: Error, known: string[]): string {
  const typed = /Unknown option '--([^'=]+)/.exec(error.message)?.[1];
  const meant = typed ? closest(typed, known) : undefined;
  return meant ? ` Did you mean "--${meant}"?` : '';
}
