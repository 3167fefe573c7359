/**
 * The pane's only ways of making DOM. Text always goes in as text nodes (append / textContent), never
 * as HTML, because sheet names, people and ratings come from the workbook.
 */
import { Message, TONES } from './messages';

/** `el('p', { class: 'hint' }, 'Some text', child)`: attributes as strings (true = present), children appended. */
export function el(
  tag: string,
  attrs: Record<string, string | true> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value === true ? '' : value);
  node.append(...children);
  return node;
}

/**
 * Fills a message box: a bold title line, then one paragraph a line. `extra` goes after the lines.
 * The title starts with the kind's mark (seen) and word (heard), so colour is never the only signal.
 */
export function renderMessage(box: HTMLElement, message: Message, ...extra: Node[]): void {
  const { mark, word } = TONES[message.tone];
  box.dataset.tone = message.tone;
  box.replaceChildren(
    el(
      'p',
      { class: 'message-title' },
      el('span', { class: 'message-mark', 'aria-hidden': 'true' }, mark),
      el('span', { class: 'visually-hidden' }, `${word}: `),
      message.title,
    ),
    ...message.lines.map((line) => el('p', {}, line)),
    ...extra,
  );
}

export function clearMessage(box: HTMLElement): void {
  box.replaceChildren();
  delete box.dataset.tone;
}

/**
 * Enables or disables a Fluent control at once. Setting `.disabled` reaches the attribute only on the
 * component's next update, and until then the browser still treats the control as disabled, so a
 * focus() straight after enabling it would be lost.
 */
export function setDisabled(control: HTMLElement, disabled: boolean): void {
  control.toggleAttribute('disabled', disabled);
}
