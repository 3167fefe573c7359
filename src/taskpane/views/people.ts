/**
 * People: a role profile and KSF outline for one worker typed into the form, or for everyone on a
 * staff-list sheet. The checks and wording are people-form.ts; the Office.js work is
 * src/excel/ksf-outline.ts, loaded on demand (it brings the framework's data).
 *
 * Progress: the adapter writes a long staff list in several requests but takes no signal or progress
 * callback, so the bar shows activity without a count, and there is no Cancel.
 */
import type { WorkerOutlinePlan, WorkerOutlineResult } from '../../excel/ksf-outline';
import type { WorkerInput } from '../../roles/worker';
import type { Button } from '../fluent';
import { createClashQuestion } from '../clash-question';
import { createBusy } from '../busy';
import { el } from '../dom';
import { Field, radioGroup, selectField, showProblems, textField } from '../form';
import { runInsertFlow } from '../insert-flow';
import { lazy } from '../lazy';
import {
  PeopleField,
  READING,
  cancelledMessage,
  checkStaffSheet,
  checkWorkerForm,
  gradeOptions,
  madeMessage,
  nothingToMakeMessage,
  peopleErrorMessage,
  settingOptions,
} from '../people-form';
import type { View, ViewServices } from './view';

const adapter = lazy(() => import(/* webpackChunkName: "people" */ '../../excel/ksf-outline'));

/** Thrown inside the Excel run when the staff list gave nobody: the plan says why, row by row. */
class NothingToMake extends Error {
  constructor(readonly plan: WorkerOutlinePlan) {
    super('The staff list gave no workers.');
  }
}

/** Cell notes become comments where Excel has them (ExcelApi 1.10); elsewhere they are skipped and counted. */
function hostHasComments(): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', '1.10');
  } catch {
    return false;
  }
}

function mount(container: HTMLElement, services: ViewServices): void {
  const source = radioGroup('people-source', 'Make them for', [
    ['one', 'One worker'],
    ['list', 'Everyone on a staff list sheet'],
  ]);
  const name = textField('people-name', 'Name', { autocomplete: 'off' });
  const grade = selectField('people-grade', 'Grade', gradeOptions(), 'Choose a grade');
  const setting = selectField('people-setting', 'Service setting', settingOptions(), 'Choose a setting');
  const team = textField('people-team', 'Team (optional)');
  const sheet = textField('people-sheet', 'Staff list sheet', {
    hint:
      'The name on the sheet’s tab. Leave it empty to use the sheet you are on. The list needs a header row ' +
      'with columns headed Name, Grade and Setting; Team is optional.',
  });
  const fields: Partial<Record<PeopleField, Field>> = { name, grade, setting, team, sheet };
  const one = el('div', { class: 'field-set', id: 'people-one' }, name.root, grade.root, setting.root, team.root);
  const list = el('div', { class: 'field-set', id: 'people-list', hidden: true }, sheet.root);
  const create = el('fluent-button', { id: 'people-create', appearance: 'accent' }, '') as Button;
  const { box: confirm, ask } = createClashQuestion('people');
  const controls = [...source.controls, name.control, grade.control, setting.control, team.control, sheet.control];

  const fromList = () => source.value() === 'list';
  const showSource = () => {
    one.hidden = fromList();
    list.hidden = !fromList();
    create.textContent = fromList() ? 'Create profiles and outlines' : 'Create profile and outline';
    showProblems(fields, []); // what to fix in the other form no longer applies
  };
  for (const radio of source.controls) radio.addEventListener('change', showSource);
  showSource();

  container.append(
    el(
      'p',
      {},
      'Make a role profile and a KSF outline, as the handbook describes them, for each STR worker: ' +
        'one worker from this form, or everyone on a staff list sheet.',
    ),
    source.root,
    one,
    list,
    create,
    confirm,
  );
  container.addEventListener('focusin', () => adapter().catch(() => undefined), { once: true });

  const busy = createBusy([create, ...controls], () => services.say(null));

  create.addEventListener('click', async () => {
    if (create.hasAttribute('disabled')) return;
    let workers: WorkerInput[] | null = null;
    let staffSheet: string | undefined;
    if (fromList()) {
      const checked = checkStaffSheet(sheet.control.value);
      if (showProblems(fields, checked.ok ? [] : checked.problems) || !checked.ok) return;
      staffSheet = checked.value;
    } else {
      const checked = checkWorkerForm({
        name: name.control.value,
        grade: grade.control.value,
        setting: setting.control.value,
        team: team.control.value,
      });
      if (showProblems(fields, checked.ok ? [] : checked.problems) || !checked.ok) return;
      workers = [checked.value];
    }

    await busy(create, async () => {
      try {
        const comments = hostHasComments();
        const done = await services.track(READING, async (job) => {
          const { planWorkerOutlines, applyWorkerOutlines } = await adapter();
          let plan: WorkerOutlinePlan | null = null;
          let made: WorkerOutlineResult | null = null;
          const outcome = await runInsertFlow<Excel.RequestContext, WorkerOutlinePlan>({
            run: services.runExcel,
            plan: async (context) => {
              plan = await planWorkerOutlines(context, workers ? { workers } : { staffSheet });
              if (plan.workers.length === 0) throw new NothingToMake(plan);
              return plan;
            },
            apply: async (context, planned, choice) => {
              made = await applyWorkerOutlines(context, planned, choice, { comments });
              return made;
            },
            ask: (clashes) => job.waitForUser(() => ask(clashes)),
          });
          return { outcome, plan: plan as WorkerOutlinePlan | null, made: made as WorkerOutlineResult | null };
        });
        if (done.outcome.kind === 'inserted' && done.plan && done.made) services.say(madeMessage(done.plan, done.made));
        else services.say(cancelledMessage());
      } catch (error) {
        confirm.hidden = true;
        services.say(error instanceof NothingToMake ? nothingToMakeMessage(error.plan) : peopleErrorMessage(error));
      }
    });
  });
}

export const peopleView: View = { id: 'people', label: 'People', mount };
