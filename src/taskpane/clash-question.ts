/**
 * The question a view asks when the workbook already holds sheets the toolkit made: replace them, keep
 * both, or cancel. Shared by every view that adds sheets, so the wording and keyboard behaviour match.
 */
import type { Button } from './fluent';
import { el } from './dom';
import type { Answer } from './insert-flow';
import { REPLACE_WARNING, clashQuestion } from './messages';

export interface ClashQuestion {
  /** The box to place in the view; hidden until asked. */
  box: HTMLElement;
  /** Shows the question and resolves with the button the user picks; Esc means Cancel. */
  ask(clashes: string[]): Promise<Answer>;
}

/** `id` prefixes the question's element id ("framework" → #framework-question, which gets focus). */
export function createClashQuestion(id: string): ClashQuestion {
  const question = el('p', { id: `${id}-question`, class: 'question', tabindex: '-1' });
  const replace = el('fluent-button', {}, 'Replace them') as Button;
  const keep = el('fluent-button', { appearance: 'accent' }, 'Keep both (new sheets get a number)') as Button;
  const cancel = el('fluent-button', {}, 'Cancel') as Button;
  const box = el(
    'div',
    { class: 'confirm', role: 'group', 'aria-labelledby': `${id}-question`, hidden: true },
    question,
    el('p', {}, REPLACE_WARNING),
    el('div', { class: 'choices' }, replace, keep, cancel),
  );
  const buttons: [Button, Answer][] = [
    [replace, 'replace'],
    [keep, 'keep-both'],
    [cancel, 'cancel'],
  ];

  const ask = (clashes: string[]) =>
    new Promise<Answer>((resolve) => {
      question.textContent = clashQuestion(clashes);
      box.hidden = false;
      question.focus();
      const listening = new AbortController();
      const answer = (value: Answer) => {
        listening.abort(); // removes every listener added below
        box.hidden = true;
        resolve(value);
      };
      for (const [button, value] of buttons) {
        button.addEventListener('click', () => answer(value), { signal: listening.signal });
      }
      box.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Escape') answer('cancel');
        },
        { signal: listening.signal },
      );
    });

  return { box, ask };
}
