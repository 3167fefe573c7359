/**
 * The two places the Programme and Team views gather workbooks from: this workbook, or files the user
 * picks. Both views make their controls (the two buttons, the file chooser, "Add charts" and the replace
 * question) and wire them here, so that checking files were chosen, reading them one by one with progress
 * and Cancel, and reporting a failure work, and read, the same in both.
 */
import type { ReturnInput } from '../consolidate/collect';
import type { Busy } from './busy';
import { ClashQuestion, createClashQuestion } from './clash-question';
import { el } from './dom';
import { FileField, fileField } from './form';
import type { Button } from './fluent';
import { InsertChoice, InsertOutcome, InsertResult, runInsertFlow } from './insert-flow';
import { lazy } from './lazy';
import type { ChartsResult } from '../excel/charts';
import { Message, errorMessage } from './messages';
import { ADDING_CHARTS, SourceLabels, SourceWords, chartsMessage } from './summary-messages';
import type { Job, ViewServices } from './views/view';

/** The .xlsx reader for picked files, fetched only when someone picks files. */
const reader = lazy(() => import(/* webpackChunkName: "picked-files" */ './picked-files'));

export interface SourceControls {
  here: Button;
  files: FileField;
  picked: Button;
  charts: Button;
  /** The replace-or-keep question, hidden until asked. */
  confirm: HTMLElement;
  ask: ClashQuestion['ask'];
  /** The headings, notes and controls, in the order the view shows them. */
  sections: HTMLElement[];
  /** Every control to disable while the view works. */
  controls: HTMLElement[];
}

/** The controls of the view `id`; their ids (#team-here, #team-files…) are the view's id and a fixed word. */
export function sourceControls(id: string, labels: SourceLabels): SourceControls {
  const here = el('fluent-button', { id: `${id}-here`, appearance: 'accent' }, labels.here) as Button;
  const files = fileField(`${id}-files`, labels.filesLabel, labels.filesHint);
  const picked = el('fluent-button', { id: `${id}-picked` }, labels.picked) as Button;
  const charts = el('fluent-button', { id: `${id}-charts` }, 'Add charts') as Button;
  const { box: confirm, ask } = createClashQuestion(id);
  const sections = [
    el('h3', {}, 'This workbook'),
    el('p', {}, labels.hereNote),
    here,
    el('h3', {}, labels.filesHeading),
    files.root,
    picked,
    confirm,
    el('h3', {}, 'Charts'),
    el('p', {}, labels.chartsNote),
    charts,
  ];
  const controls = [here, picked, charts, files.chooser, files.control];
  return { here, files, picked, charts, confirm, ask, sections, controls };
}

export interface WorkbookSources {
  controls: SourceControls;
  busy: Busy;
  services: ViewServices;
  words: SourceWords;
  /** Does the work, on this workbook (no inputs) or on the files read; says the outcome. */
  run(job: Job, inputs?: ReturnInput[]): Promise<Message>;
  /** Checks the view's own fields before anything starts: false stops, and the field says what to fix. */
  ready?(): boolean;
}

export function wireWorkbookSources(sources: WorkbookSources): void {
  const { controls, busy, services, words, run, ready = () => true } = sources;
  const { here, picked, files, confirm } = controls;
  const fail = (error: unknown) => {
    confirm.hidden = true; // a question left open by the failed job
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
