/**
 * Framework: insert the national competence framework, asking first when the workbook already holds
 * sheets the toolkit made. The conversation is insert-flow.ts and the wording messages.ts; this
 * module only builds the controls and connects them.
 */
import type { FrameworkInsertPlan } from '../../excel/insert-framework';
import type { Button } from '../fluent';
import { createClashQuestion } from '../clash-question';
import { createBusy } from '../busy';
import { el } from '../dom';
import { runInsertFlow } from '../insert-flow';
import { WORKING, errorMessage, outcomeMessage } from '../messages';
import type { View, ViewServices } from './view';

/**
 * The adapter brings the framework's data and sheet builders, most of the pane's weight, so it is
 * loaded on demand: the pane opens quickly and the download starts as soon as the view is mounted.
 */
const loadAdapter = () => import(/* webpackChunkName: "framework" */ '../../excel/insert-framework');

function mount(container: HTMLElement, services: ViewServices): void {
  let adapter = loadAdapter();
  adapter.catch(() => undefined); // reported when the user clicks, not as an unhandled rejection now

  const insert = el('fluent-button', { id: 'framework-insert', appearance: 'accent' }, 'Insert framework') as Button;
  const { box: confirm, ask: askUser } = createClashQuestion('framework');

  container.append(
    el(
      'p',
      {},
      'Add the national STR competence framework to this workbook. It arrives as new sheets, ready to print. ' +
        'Your own sheets are left as they are.',
    ),
    el(
      'p',
      {},
      'If the framework was added to this workbook before, you will be asked whether to replace those sheets or keep both.',
    ),
    insert,
    confirm,
  );

  const busy = createBusy([insert], () => services.say(null));

  insert.addEventListener('click', () =>
    busy(insert, async () => {
      try {
        const outcome = await services.track(WORKING, async (job) => {
          // A download that failed (a dropped connection) is tried again on the next click.
          adapter = adapter.catch(loadAdapter);
          const { planFrameworkInsert, applyFrameworkInsert } = await adapter;
          return runInsertFlow<Excel.RequestContext, FrameworkInsertPlan>({
            run: services.runExcel,
            plan: (context) => planFrameworkInsert(context),
            apply: (context, plan, choice) => applyFrameworkInsert(context, plan, choice),
            ask: (clashes) => job.waitForUser(() => askUser(clashes)),
          });
        });
        services.say(outcomeMessage(outcome));
      } catch (error) {
        confirm.hidden = true;
        services.say(errorMessage(error));
      }
      // busy() brings focus back to Insert: the question (and its focused button) may have just gone.
    }),
  );
}

export const frameworkView: View = { id: 'framework', label: 'Framework', mount };
