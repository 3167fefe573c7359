/**
 * Framework: insert the national competence framework, asking first when the workbook already holds
 * sheets the toolkit made. The conversation is insert-flow.ts and the wording messages.ts; this
 * module only builds the controls and connects them.
 */
import type { FrameworkInsertPlan } from '../../excel/insert-framework';
import type { Button } from '../fluent';
import { el, setDisabled } from '../dom';
import { Answer, runInsertFlow } from '../insert-flow';
import { REPLACE_WARNING, WORKING, clashQuestion, errorMessage, outcomeMessage } from '../messages';
import type { View, ViewServices } from './view';

/**
 * The adapter brings the framework's data and sheet builders, most of the pane's weight, so it is
 * loaded on demand: the pane opens quickly and the download starts as soon as the view is mounted.
 */
const loadAdapter = () => import(/* webpackChunkName: "framework" */ '../../excel/insert-framework');

/** Shows the question and resolves with the button the user picks; Esc means Cancel. */
function askAboutClashes(parts: { box: HTMLElement; question: HTMLElement; buttons: [Button, Answer][] }) {
  return (clashes: string[]) =>
    new Promise<Answer>((resolve) => {
      parts.question.textContent = clashQuestion(clashes);
      parts.box.hidden = false;
      parts.question.focus();
      const listening = new AbortController();
      const answer = (value: Answer) => {
        listening.abort(); // removes every listener added below
        parts.box.hidden = true;
        resolve(value);
      };
      for (const [button, value] of parts.buttons) {
        button.addEventListener('click', () => answer(value), { signal: listening.signal });
      }
      parts.box.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Escape') answer('cancel');
        },
        { signal: listening.signal },
      );
    });
}

function mount(container: HTMLElement, services: ViewServices): void {
  let adapter = loadAdapter();
  adapter.catch(() => undefined); // reported when the user clicks, not as an unhandled rejection now

  const insert = el('fluent-button', { id: 'framework-insert', appearance: 'primary' }, 'Insert framework') as Button;
  const question = el('p', { id: 'framework-question', class: 'question', tabindex: '-1' });
  const replace = el('fluent-button', {}, 'Replace them') as Button;
  const keep = el('fluent-button', { appearance: 'primary' }, 'Keep both (new sheets get a number)') as Button;
  const cancel = el('fluent-button', {}, 'Cancel') as Button;
  const confirm = el(
    'div',
    { class: 'confirm', role: 'group', 'aria-labelledby': 'framework-question', hidden: true },
    question,
    el('p', {}, REPLACE_WARNING),
    el('div', { class: 'choices' }, replace, keep, cancel),
  );
  const ask = askAboutClashes({
    box: confirm,
    question,
    buttons: [
      [replace, 'replace'],
      [keep, 'keep-both'],
      [cancel, 'cancel'],
    ],
  });

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

  insert.addEventListener('click', async () => {
    if (insert.disabled) return;
    setDisabled(insert, true);
    services.say(null);
    try {
      const outcome = await services.track(WORKING, async (job) => {
        // A download that failed (a dropped connection) is tried again on the next click.
        adapter = adapter.catch(loadAdapter);
        const { planFrameworkInsert, applyFrameworkInsert } = await adapter;
        return runInsertFlow<Excel.RequestContext, FrameworkInsertPlan>({
          run: services.runExcel,
          plan: (context) => planFrameworkInsert(context),
          apply: (context, plan, choice) => applyFrameworkInsert(context, plan, choice),
          ask: (clashes) => job.waitForUser(() => ask(clashes)),
        });
      });
      services.say(outcomeMessage(outcome));
    } catch (error) {
      confirm.hidden = true;
      services.say(errorMessage(error));
    } finally {
      setDisabled(insert, false);
      // The question (and the focused button) may have just disappeared: bring focus back.
      insert.focus();
    }
  });
}

export const frameworkView: View = { id: 'framework', label: 'Framework', mount };
