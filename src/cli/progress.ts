/** A progress bar for batches, on stderr and only on a terminal, so piped output and --json stay clean. */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

export function startProgress(total: number, enabled: boolean, what: string): Progress {
  if (!enabled || total < 2) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${what} [{bar}] {value}/{total} {label}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick: (label = '') => bar.increment(1, { label }),
    stop: () => bar.stop(),
  };
}
