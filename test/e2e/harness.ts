/**
 * Test-only page for what the shipped views cannot show yet: the shell with several views (tabs) and
 * work in batches with Cancel. Its views are test fixtures, never shipped. The batch view runs three
 * batches; each waits until the test calls window.__harness.release(), then adds a sheet to a FakeExcel
 * through Microsoft's Excel client library.
 */
import { FakeExcel } from '../fakes/fake-excel';
import { addPasswordProtected, ExcelLibrary, ExcelOnFake } from '../fakes/office-js-executor';
import { runBatches } from '../../src/taskpane/batches';
import { el, setDisabled } from '../../src/taskpane/dom';
import { createExcelRunner } from '../../src/taskpane/excel-runner';
import { errorMessage } from '../../src/taskpane/messages';
import { useFluentTheme } from '../../src/taskpane/fluent';
import { mountShell } from '../../src/taskpane/shell';
import type { View } from '../../src/taskpane/views/view';

export interface Harness {
  excel: FakeExcel;
  /** While true, every sync waits for release(), like Excel on the web on a bad connection. */
  holdSyncs: boolean;
  /** Lets the oldest waiting batch go on; false when none is waiting. */
  release(): boolean;
  waiting(): number;
}

declare global {
  interface Window {
    __harness: Harness;
  }
}

const excel = new FakeExcel();
// Microsoft's library, which build.ts puts at the top of this bundle, talks to the fake's workbook.
const library = window as unknown as ExcelLibrary;
addPasswordProtected(library);
const onWorkbook = new ExcelOnFake(excel, library);
const gates: (() => void)[] = [];
const gate = () => new Promise<void>((resolve) => gates.push(resolve));
const realSync = excel.sync.bind(excel);
excel.sync = async (bytes) => {
  if (window.__harness.holdSyncs) await gate();
  return realSync(bytes);
};
window.__harness = {
  excel,
  holdSyncs: false,
  release() {
    const next = gates.shift();
    next?.();
    return Boolean(next);
  },
  waiting: () => gates.length,
};

const BATCHES = 3;
let runs = 0;

const batchView: View = {
  id: 'batches',
  label: 'Batches',
  mount(container, services) {
    const start = el('fluent-button', { appearance: 'accent' }, `Run ${BATCHES} batches`);
    start.addEventListener('click', async () => {
      setDisabled(start, true);
      services.say(null);
      const run = ++runs;
      const batches = Array.from({ length: BATCHES }, (_, i) => async () => {
        await gate();
        await services.runExcel(async (context) => {
          context.workbook.worksheets.add(`Run ${run} batch ${i + 1}`);
          await context.sync();
        });
      });
      const outcome = await services.track(
        { tone: 'info', title: `Adding ${BATCHES} sheets…`, lines: ['One sheet a batch.'] },
        (job) => runBatches(batches, job),
        { cancellable: true },
      );
      const done = outcome.results.length;
      services.say(
        outcome.cancelled
          ? { tone: 'info', title: `Stopped after ${done} of ${BATCHES} batches`, lines: [] }
          : { tone: 'success', title: `All ${BATCHES} batches done`, lines: [] },
      );
      setDisabled(start, false);
      start.focus(); // as a real view does: Cancel, which had focus, has gone
    });
    container.append(el('p', {}, 'Test fixture: batches that wait for the test.'), start);
  },
};

/**
 * A sync that answers only after the pane has timed out, then a question: the question must not
 * appear, because the pane has already told the user that Excel stopped responding.
 */
const slowView: View = {
  id: 'slow',
  label: 'Slow Excel',
  mount(container, services) {
    const start = el('fluent-button', {}, 'Ask after a slow sync');
    const question = el('p', { id: 'slow-question', hidden: true }, 'A question that came too late.');
    start.addEventListener('click', async () => {
      try {
        await services.track({ tone: 'info', title: 'Waiting for Excel…', lines: [] }, (job) =>
          services.runExcel(async (context) => {
            await context.sync();
            return job.waitForUser(async () => {
              question.hidden = false;
              return 'answered';
            });
          }),
        );
        services.say({ tone: 'success', title: 'Answered', lines: [] });
      } catch (error) {
        services.say(errorMessage(error));
      }
    });
    container.append(el('p', {}, 'Test fixture: a sync that answers only when the test says.'), start, question);
  },
};

/** Views that only fill the tab strip, with labels as long as the real ones will be. */
const filler = (id: string, label: string): View => ({
  id,
  label,
  mount: (container) => container.append(el('p', {}, `Test fixture for the tab layout: ${label}.`)),
});

useFluentTheme(false);
mountShell(
  document.getElementById('views') as HTMLElement,
  [
    batchView,
    filler('people', 'People'),
    filler('monthly', 'Monthly reports'),
    slowView,
    filler('programme', 'Programme'),
    filler('team', 'Team'),
  ],
  createExcelRunner((batch) => onWorkbook.run(batch)),
);
