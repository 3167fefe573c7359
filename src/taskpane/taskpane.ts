/**
 * Task pane entry: wires the page to the Excel adapter. The conversation itself lives in
 * insert-flow.ts and the wording in messages.ts; this file only touches the DOM and Office.
 * All text is set with textContent, never innerHTML, because sheet names come from the workbook.
 */
import { Button, ButtonDefinition, Spinner, SpinnerDefinition, setTheme } from '@fluentui/web-components';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import { FrameworkInsertPlan, applyFrameworkInsert, planFrameworkInsert } from '../excel/insert-framework';
import { Answer, runInsertFlow } from './insert-flow';
import {
  Message,
  NEEDS_NEWER_EXCEL,
  NOT_IN_EXCEL,
  REPLACE_WARNING,
  WORKING,
  clashQuestion,
  errorMessage,
  outcomeMessage,
} from './messages';

Button.define(ButtonDefinition);
Spinner.define(SpinnerDefinition);

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The task pane page is missing #${id}.`);
  return found as T;
}

/** Fills a message box: a bold title line, then one paragraph a line. */
function showMessage(box: HTMLElement, message: Message, busy = false): void {
  const title = document.createElement('p');
  title.className = 'message-title';
  if (busy) {
    // The spinner is decoration; the words carry the meaning for screen readers.
    const spinner = document.createElement('fluent-spinner');
    spinner.setAttribute('size', 'tiny');
    spinner.setAttribute('aria-hidden', 'true');
    title.classList.add('busy');
    title.append(spinner);
  }
  title.append(message.title);
  const lines = message.lines.map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  });
  box.dataset.tone = message.tone;
  box.replaceChildren(title, ...lines);
}

function clearMessage(box: HTMLElement): void {
  box.replaceChildren();
  delete box.dataset.tone;
}

/** Light or dark Fluent tokens to match Office, with the Office page colour behind them. */
function applyTheme(): void {
  let theme = webLightTheme;
  try {
    const background = Office.context.officeTheme?.bodyBackgroundColor;
    if (background && /^#[0-9a-f]{6}$/i.test(background)) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
      if (0.2126 * r + 0.7152 * g + 0.0722 * b < 128) theme = webDarkTheme;
      document.documentElement.style.setProperty('--str-page-background', background);
    }
  } catch {
    // Excel on the web has no officeTheme: the light theme is right there.
  }
  setTheme(theme);
}

function setUp(info: { host: Office.HostType | null }): void {
  applyTheme();
  const insert = element<Button>('insert');
  const status = element('status');
  const blocked = element('blocked');
  const confirm = element('confirm');
  const question = element('confirm-question');
  element('confirm-warning').textContent = REPLACE_WARNING;

  const block = (message: Message) => {
    insert.disabled = true;
    blocked.hidden = false;
    showMessage(blocked, message);
  };
  if (info.host !== Office.HostType.Excel) return block(NOT_IN_EXCEL);
  // The manifest already asks for ExcelApi 1.9; this covers Excel builds that ignore it.
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) return block(NEEDS_NEWER_EXCEL);

  /** Shows the question and resolves with the button the user picks (Esc means Cancel). */
  const ask = (clashes: string[]) =>
    new Promise<Answer>((resolve) => {
      question.textContent = clashQuestion(clashes);
      clearMessage(status);
      confirm.hidden = false;
      question.focus();
      const buttons: [string, Answer][] = [
        ['choice-replace', 'replace'],
        ['choice-keep', 'keep-both'],
        ['choice-cancel', 'cancel'],
      ];
      const controller = new AbortController();
      const answer = (value: Answer) => {
        controller.abort(); // removes every listener added below
        confirm.hidden = true;
        resolve(value);
      };
      for (const [id, value] of buttons) {
        element(id).addEventListener('click', () => answer(value), { signal: controller.signal });
      }
      confirm.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Escape') answer('cancel');
        },
        { signal: controller.signal },
      );
    });

  insert.addEventListener('click', async () => {
    if (insert.disabled) return;
    insert.disabled = true;
    showMessage(status, WORKING, true);
    try {
      const outcome = await runInsertFlow<Excel.RequestContext, FrameworkInsertPlan>({
        run: (work) => Excel.run(work),
        plan: (context) => planFrameworkInsert(context),
        apply: (context, plan, choice) => applyFrameworkInsert(context, plan, choice),
        ask: async (clashes) => {
          const choice = await ask(clashes);
          if (choice !== 'cancel') showMessage(status, WORKING, true);
          return choice;
        },
      });
      showMessage(status, outcomeMessage(outcome));
    } catch (error) {
      confirm.hidden = true;
      showMessage(status, errorMessage(error));
    } finally {
      insert.disabled = false;
      // The question (and the focused button) may have just disappeared: bring focus back.
      insert.focus();
    }
  });
}

Office.onReady(setUp);
