/** Runs the str-toolkit command line in-process and collects what it prints. */
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
