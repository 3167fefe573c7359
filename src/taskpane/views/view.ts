/**
 * A view is one thing a manager wants to do (Framework, People, Monthly reports, Check, Programme).
 * Each lives in its own module under views/ and is listed once in views/index.ts; the shell gives it
 * a heading or a tab, a container and these services, and the view builds its own controls.
 * The shell defines the Fluent components (fluent.ts); views create them by tag name and import only
 * their types, so a view module also loads in unit tests under Node.
 */
import type { ExcelRunner } from '../excel-runner';
import type { BatchControl } from '../batches';
import type { Message } from '../messages';

/** One piece of long work, as `track` hands it to the view (and on to adapters that loop over batches). */
export interface Job extends BatchControl {
  /**
   * Aborted when the user presses Cancel (shown only for cancellable work), and when the job has ended
   * (say, timed out) while Excel may still come back to it. Check it between batches.
   */
  readonly signal: AbortSignal;
  /** Moves the progress bar to `done` of `total`; until the first call it shows plain activity. */
  progress(done: number, total: number): void;
  /**
   * Asks the user (`ask` shows the question and resolves with the answer), with the progress bar out
   * of the way meanwhile. Once the job has ended it rejects without asking: a question must never pop
   * up after the pane has already said, for example, that Excel stopped responding.
   */
  waitForUser<T>(ask: () => Promise<T>): Promise<T>;
}

export interface TrackOptions {
  /** Offer Cancel. Only for work in several batches: a single batch cannot be stopped half-way. */
  cancellable?: boolean;
}

export interface ViewServices {
  /** Excel.run with a timeout: a sync Excel does not answer in time rejects with ExcelTimeoutError. */
  runExcel: ExcelRunner;
  /**
   * Runs `work` with a progress bar under the title of `working`; resolves or rejects as `work` does.
   * The status area is cleared when it ends: the view then says the outcome and puts focus back on its
   * own control (Cancel, which may have had focus, is gone by then).
   */
  track<T>(working: Message, work: (job: Job) => Promise<T>, options?: TrackOptions): Promise<T>;
  /** Says something in the view's status area (a polite live region); null clears it. */
  say(message: Message | null): void;
}

export interface View {
  /** Short and unique; used in element ids ("framework"). */
  id: string;
  /** What the user wants to do, as the tab or heading says it ("Framework"). */
  label: string;
  /** Builds the view's controls in `container`. Called once, when the pane opens. */
  mount(container: HTMLElement, services: ViewServices): void;
}
