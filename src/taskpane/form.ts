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

function describe(root: HTMLElement, control: Control, id: string, hint?: string): (message: string | null) => void {
  const problem = el('p', { id: `${id}-problem`, class: 'field-problem', hidden: true });
  const described: string[] = [];
  if (hint) {
    root.append(el('p', { id: `${id}-hint`, class: 'field-hint' }, hint));
    described.push(`${id}-hint`);
  }
  root.append(control, problem);
  described.push(`${id}-problem`);
  control.setAttribute('aria-describedby', described.join(' '));
  return (message) => {
    problem.textContent = message ?? '';
    problem.hidden = !message;
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  };
}

export interface TextOptions {
  hint?: string;
  type?: 'text' | 'password' | 'month';
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
  return { root, control, setProblem: describe(root, control, id, options.hint) };
}

/** A file chooser for workbooks; several files may be chosen at once. */
export function fileField(id: string, label: string, hint?: string): Field<HTMLInputElement> {
  const control = el('input', { id, type: 'file', multiple: true, accept: '.xlsx' }) as HTMLInputElement;
  const root = el('div', { class: 'field' }, el('label', { for: id }, label));
  return { root, control, setProblem: describe(root, control, id, hint) };
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
  return { root, control, setProblem: describe(root, control, id, hint) };
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

/** Enables or disables every control in a view while it works. */
export function setControlsDisabled(controls: (Control | HTMLElement)[], disabled: boolean): void {
  for (const control of controls) control.toggleAttribute('disabled', disabled);
}
