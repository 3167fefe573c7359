/** The `str-toolkit` command line: the same core as the Excel add-in, rendered with exceljs. */
import { parseArgs } from 'util';
import { TOOLKIT_VERSION } from '../version';
import { FRAMEWORK_HELP, frameworkCommand } from './framework-command';
import { UserError } from './user-error';

const HELP = `STR Toolkit ${TOOLKIT_VERSION}: the national Support, Time and Recovery worker framework in Excel.

Usage: str-toolkit <command> [options]

Commands:
  framework   write the whole competence framework to a new workbook

Run "str-toolkit <command> --help" for a command's options.`;

export async function main(argv: string[], log = console.log, error = console.error): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      log(HELP);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      log(TOOLKIT_VERSION);
      return 0;
    }
    if (command === 'framework') {
      const { values } = parseArgs({
        args: rest,
        options: {
          out: { type: 'string', short: 'o' },
          force: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
      });
      if (values.help) {
        log(FRAMEWORK_HELP);
        return 0;
      }
      return await frameworkCommand(values, log);
    }
    throw new UserError(`Unknown command "${command}".\n\n${HELP}`);
  } catch (e) {
    if (e instanceof UserError) {
      error(e.message);
      return e.exitCode;
    }
    // parseArgs reports unknown or malformed options with this code.
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      error(`${(e as Error).message}\nRun "str-toolkit --help" for usage.`);
      return 2;
    }
    throw e;
  }
}
