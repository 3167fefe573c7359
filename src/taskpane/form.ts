/**
 * Form fields for the views: native inputs (the browser's own accessibility, autofill and keyboard
 * handling) styled with the Fluent tokens in taskpane.css. Each field has a visible label, an optional
 * hint and a place for what to fix, tied to the control with aria-describedby. Text only, never HTML.
 */
import { el } from './dom';

export type Control = HTMLInputElement | HTMLSelectElement;

export interface Field<C extends Control = Control> {
  root: HTMLElement;
  control: C;
  /** Shows (or with null clears) what to fix, and marks the control invalid for screen readers. */
  setProblem(message: string | null): void;
}

/**
 * Adds the hint, the control's own parts and the place for what to fix to `root`, and ties the hint,
 * `alsoDescribedBy` and the problem to `described` (the element focus goes to) with aria-describedby.
 */
function describe(
  root: HTMLElement,
  described: HTMLElement,
  id: string,
  hint: string | undefined,
  parts: Node[],
  alsoDescribedBy: string[] = [],
): (message: string | null) => void {
  const problem = el('p', { id: `${id}-problem`, class: 'field-problem', hidden: true });
  const ids: string[] = [];
  if (hint) {
    root.append(el('p', { id: `${id}-hint`, class: 'field-hint' }, hint));
    ids.push(`${id}-hint`);
  }
  root.append(...parts, problem);
  ids.push(...alsoDescribedBy, `${id}-problem`);
  described.setAttribute('aria-describedby', ids.join(' '));
  return (message) => {
    problem.textContent = message ?? '';
    problem.hidden = !message;
    if (message) described.setAttribute('aria-invalid', 'true');
    else described.removeAttribute('aria-invalid');
  };
}

export interface TextOptions {
  hint?: string;
  type?: 'text' | 'password';
  autocomplete?: string;
  placeholder?: string;
  value?: string;
}

export function textField(id: string, label: string, options: TextOptions = {}): Field<HTMLInputElement> {
  const control = el('input', {
    id,
    type: options.type ?? 'text',
    autocomplete: options.autocomplete ?? 'off',
    spellcheck: 'false',
    ...(options.placeholder && { placeholder: options.placeholder }),
  }) as HTMLInputElement;
  if (options.value !== undefined) control.value = options.value;
  const root = el('div', { class: 'field' }, el('label', { for: id }, label));
  return { root, control, setProblem: describe(root, control, id, options.hint, [control]) };
}

/** How many chosen files are named under the chooser (the last line says how many more, if any). */
const LISTED_FILES = 5;

export interface FileField extends Field<HTMLInputElement> {
  /** The button that opens the file chooser: it takes focus and is disabled while the view works. */
  chooser: HTMLElement;
}

/**
 * A chooser for workbooks, several at once: a Fluent button (not the browser's "Choose Files / No file
 * chosen") that opens the hidden file input, and the names of the files chosen listed under it.
 */
export function fileField(id: string, label: string, hint?: string): FileField {
  const control = el('input', { id, type: 'file', multiple: true, accept: '.xlsx', hidden: true }) as HTMLInputElement;
  const labelId = `${id}-label`;
  const chooser = el(
    'fluent-button',
    { id: `${id}-choose`, 'aria-labelledby': `${labelId} ${id}-choose` },
    'Choose files…',
  );
  const chosen = el('div', { id: `${id}-chosen`, class: 'chosen' });
  const showChosen = () => {
    const names = Array.from(control.files ?? [], (file) => file.name);
    if (names.length === 0) return chosen.replaceChildren(el('p', {}, 'No files chosen yet.'));
    // A few names show that the right files were picked; a long list would push the buttons out of sight.
    const shown = names.length > LISTED_FILES ? names.slice(0, LISTED_FILES - 1) : names;
    const rest = names.length - shown.length;
    chosen.replaceChildren(
      el('p', {}, names.length === 1 ? '1 file chosen:' : `${names.length} files chosen:`),
      el('ul', {}, ...shown.map((name) => el('li', {}, name)), ...(rest ? [el('li', {}, `and ${rest} more`)] : [])),
    );
  };
  showChosen();
  chooser.addEventListener('click', () => {
    if (!chooser.hasAttribute('disabled')) control.click();
  });
  const root = el('div', { class: 'field', role: 'group', 'aria-labelledby': labelId });
  root.append(el('p', { id: labelId, class: 'field-label' }, label));
  const setProblem = describe(root, chooser, id, hint, [control, chooser, chosen], [`${id}-chosen`]);
  control.addEventListener('change', () => {
    showChosen();
    setProblem(null);
  });
  return { root, control, chooser, setProblem };
}

/** A drop-down list that starts on `prompt` (value ''), so nobody gets a grade they did not choose. */
export function selectField(
  id: string,
  label: string,
  choices: [string, string][],
  prompt: string,
  hint?: string,
): Field<HTMLSelectElement> {
  const control = el(
    'select',
    { id },
    el('option', { value: '' }, prompt),
    ...choices.map(([value, text]) => el('option', { value }, text)),
  ) as HTMLSelectElement;
  const root = el('div', { class: 'field' }, el('label', { for: id }, label));
  return { root, control, setProblem: describe(root, control, id, hint, [control]) };
}

/** A checkbox with its label beside it. */
export function checkbox(id: string, label: string, checked = false): { root: HTMLElement; control: HTMLInputElement } {
  const control = el('input', { id, type: 'checkbox' }) as HTMLInputElement;
  control.checked = checked;
  return { root: el('div', { class: 'check' }, control, el('label', { for: id }, label)), control };
}

/** Radio buttons under a legend; the first choice starts selected. */
export function radioGroup(
  id: string,
  legend: string,
  choices: [string, string][],
): { root: HTMLElement; value(): string; controls: HTMLInputElement[] } {
  const controls = choices.map(([value], i) => {
    const input = el('input', { id: `${id}-${value}`, type: 'radio', name: id, value }) as HTMLInputElement;
    input.checked = i === 0;
    return input;
  });
  const root = el(
    'fieldset',
    { id, class: 'choice-group' },
    el('legend', {}, legend),
    ...choices.map(([value, text], i) =>
      el('div', { class: 'check' }, controls[i], el('label', { for: `${id}-${value}` }, text)),
    ),
  );
  return { root, controls, value: () => controls.find((c) => c.checked)?.value ?? choices[0][0] };
}

/**
 * Shows each field's problem (clearing the others) and moves focus to the first field to fix, so a
 * keyboard or screen reader user lands where the work is. Returns whether there was any problem.
 */
export function showProblems<F extends string>(
  fields: Partial<Record<F, Field>>,
  problems: { field: F; message: string }[],
): boolean {
  for (const [name, field] of Object.entries(fields) as [F, Field | undefined][]) {
    field?.setProblem(problems.find((p) => p.field === name)?.message ?? null);
  }
  const first = problems.map((p) => fields[p.field]).find(Boolean);
  first?.control.focus();
  return problems.length > 0;
}
