/**
 * Excel.run with a watchdog. Excel on the web can hang on a sync (a dropped connection), and a pane
 * that waits for ever is worse than one that says so: when Excel takes longer than the timeout to
 * start a batch, answer a sync or finish the batch, the run rejects with ExcelTimeoutError.
 *
 * Only Excel's time is measured. Time the batch spends waiting for the user (the insert flow asks a
 * question between its two syncs) does not count. No DOM and no Office globals, so it is unit-tested.
 */

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

/** Long enough for a slow but working connection; short enough that nobody gives up first. */
export const DEFAULT_EXCEL_TIMEOUT_MS = 60_000;

export class ExcelTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`Excel did not respond within ${seconds} seconds.`);
    this.name = 'ExcelTimeoutError';
  }
}

/** A timer that runs only while Excel has work outstanding (enter/leave may nest). */
class Watchdog {
  /** Settles only by rejecting, when the time runs out. */
  readonly expired: Promise<never>;
  error: ExcelTimeoutError | null = null;
  private fire!: (error: ExcelTimeoutError) => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private active = 0;
  private disposed = false;

  constructor(private readonly ms: number) {
    this.expired = new Promise<never>((_, reject) => (this.fire = reject));
    // Observed through Promise.race; never an unhandled rejection of its own.
    this.expired.catch(() => undefined);
  }

  enter(): void {
    // A batch still running after its run has settled (a hung sync that came back) starts no new timer.
    if (this.disposed || this.active++ > 0) return;
    this.timer = setTimeout(() => {
      this.error = new ExcelTimeoutError(Math.round(this.ms / 1000));
      this.fire(this.error);
    }, this.ms);
  }

  leave(): void {
    if (this.active === 0 || --this.active > 0) return;
    clearTimeout(this.timer);
  }

  /** The run has settled: no timer may outlive it. */
  dispose(): void {
    this.disposed = true;
    this.active = 0;
    clearTimeout(this.timer);
  }
}

type Sync = Excel.RequestContext['sync'];
/** Each context's own sync, so a second run on the same context never wraps the first run's wrapper. */
const originalSyncs = new WeakMap<Excel.RequestContext, Sync>();

/** Routes the context's syncs through the watchdog; after a timeout, refuses to send anything more. */
function guardSyncs(context: Excel.RequestContext, watchdog: Watchdog): void {
  const original = originalSyncs.get(context) ?? context.sync;
  originalSyncs.set(context, original);
  context.sync = (<T>(passThroughValue?: T): Promise<T> => {
    if (watchdog.error) return Promise.reject(watchdog.error);
    watchdog.enter();
    return (original.call(context, passThroughValue) as Promise<T>).finally(() => watchdog.leave());
  }) as Sync;
}

/** Wraps `run` (Excel.run, or a fake's run in tests) so that every call times out as described above. */
export function createExcelRunner(run: ExcelRunner, timeoutMs = DEFAULT_EXCEL_TIMEOUT_MS): ExcelRunner {
  return <T>(batch: ExcelBatch<T>): Promise<T> => {
    const watchdog = new Watchdog(timeoutMs);
    watchdog.enter(); // until Excel starts the batch
    const done = run(async (context) => {
      watchdog.leave();
      guardSyncs(context, watchdog);
      try {
        return await batch(context);
      } finally {
        watchdog.enter(); // until Excel.run has finished its own closing work
      }
    });
    return Promise.race([done, watchdog.expired]).finally(() => watchdog.dispose());
  };
}
