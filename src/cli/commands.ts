/** Every str-toolkit subcommand, in the order `--help` lists them. Add a command here. */
import { Command } from './command';
import { frameworkCommand } from './framework-command';

export const COMMANDS: Command[] = [frameworkCommand];
