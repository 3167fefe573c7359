/**
 * The two places the Programme and Team views gather workbooks from: this workbook, or files the user
 * picks. Both views wire their two buttons here, so that checking files were chosen, reading them one by
 * one with progress and Cancel, and reporting a failure work, and read, the same in both.
 */
import type { ReturnInput } from '../consolidate/collect';
import type { Busy } from './busy';
import type { FileField } from './form';
import type { Button } from './fluent';
import { InsertChoice, InsertOutcome, InsertResult, runInsertFlow } from './insert-flow';
import { lazy } from './lazy';
import type { ChartsResult } from '../excel/charts';
import { Message, errorMessage } from './messages';
import { ADDING_CHARTS, chartsMessage } from './summary-messages';
import type { Job, ViewServices } from './views/view';

/** The .xlsx reader for picked files, fetched only when someone picks files. */
const reader = lazy(() => import(/* webpackChunkName: "picked-files" */ './picked-files'));

export interface SourceWords {
  /** While this workbook is read and the sheets written. */
  working: Message;
  /** While the picked files are read. */
  reading: Message;
  /** Said under the file field when Go is pressed with no file chosen (its first line). */
  nothingPicked: Message;
  /** When the user cancelled while the files were read. */
  cancelled: Message;
  /** The title of a failure, e.g. "Nothing was consolidated". */
  failed: string;
}

export interface WorkbookSources {
  here: Button;
  picked: Button;
  files: FileField;
  busy: Busy;
  services: ViewServices;
  words: SourceWords;
  /** Does the work, on this workbook (no inputs) or on the files read; says the outcome. */
  run(job: Job, inputs?: ReturnInput[]): Promise<Message>;
  /** Before a failure is said, e.g. to hide a question left open. */
  onFailure(): void;
  /** Checks the view's own fields before anything starts: false stops, and the field says what to fix. */
  ready?(): boolean;
}

export function wireWorkbookSources(sources: WorkbookSources): void {
  const { here, picked, files, busy, services, words, run, onFailure, ready = () => true } = sources;
  const fail = (error: unknown) => {
    onFailure();
    services.say(errorMessage(error, words.failed));
  };

  here.addEventListener('click', () => {
    if (!ready()) return;
    return busy(here, async () => {
      try {
        services.say(await services.track(words.working, (job) => run(job)));
      } catch (error) {
        fail(error);
      }
    });
  });

  picked.addEventListener('click', () => {
    if (!ready()) return;
    const chosen = Array.from(files.control.files ?? []);
    if (chosen.length === 0) {
      files.setProblem(words.nothingPicked.lines[0]);
      files.chooser.focus();
      return;
    }
    files.setProblem(null);
    return busy(picked, async () => {
      try {
        const message = await services.track(
          words.reading,
          async (job) => {
            const { readPickedInputs } = await reader();
            const inputs = await readPickedInputs(chosen, (d, t) => job.progress(d, t), job.signal);
            if (job.signal.aborted) return words.cancelled;
            return run(job, inputs);
          },
          { cancellable: true },
        );
        services.say(message);
      } catch (error) {
        fail(error);
      }
    });
  });
}

/** "Add charts": draws the view's charts on its sheets made earlier (say, by the command line). */
export function wireAddCharts(
  charts: Button,
  busy: Busy,
  services: ViewServices,
  add: (context: Excel.RequestContext) => Promise<ChartsResult>,
): void {
  charts.addEventListener('click', () =>
    busy(charts, async () => {
      try {
        const result = await services.track(ADDING_CHARTS, () => services.runExcel(add));
        services.say(chartsMessage(result));
      } catch (error) {
        services.say(errorMessage(error, 'No charts were added'));
      }
    }),
  );
}

/**
 * Plans the view's sheets, asks about earlier ones the toolkit made (the job's question, with the
 * progress bar out of the way) and writes them, all in one Excel.run; `result` is null when cancelled.
 */
export async function makeSheets<Plan extends { clashes: string[] }, Result>(
  services: ViewServices,
  job: Job,
  ask: (clashes: string[]) => Promise<InsertChoice | 'cancel'>,
  plan: (context: Excel.RequestContext) => Promise<Plan>,
  apply: (context: Excel.RequestContext, plan: Plan, choice: InsertChoice) => Promise<Result & InsertResult>,
): Promise<{ outcome: InsertOutcome; result: Result | null }> {
  let result: Result | null = null;
  const outcome = await runInsertFlow({
    run: services.runExcel,
    plan,
    apply: async (context, planned, choice) => (result = await apply(context, planned, choice)),
    ask: (clashes) => job.waitForUser(() => ask(clashes)),
  });
  return { outcome, result };
}
