/** Every str-toolkit subcommand, in the order `--help` lists them. Add a command here. */
import { checkCommand } from './check-command';
import { Command } from './command';
import { consolidateCommand } from './consolidate-command';
import { frameworkCommand } from './framework-command';
import { ksfOutlineCommand } from './ksf-outline-command';
import { monthlyReportCommand } from './monthly-report-command';
import { teamCommand } from './team-command';

export const COMMANDS: Command[] = [
  frameworkCommand,
  monthlyReportCommand,
  ksfOutlineCommand,
  checkCommand,
  consolidateCommand,
  teamCommand,
];
