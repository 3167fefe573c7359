/**
 * Monthly reports: make the national monthly site report (one sheet a month), and add the next month
 * to a workbook that has them. The checks and wording are monthly-form.ts; the Office.js work is
 * src/excel/monthly-report.ts, loaded on demand; this module builds the controls and connects them.
 */
import type { InsertPlan } from '../../excel/insert-framework';
import type { Button } from '../fluent';
import { createClashQuestion } from '../clash-question';
import { createBusy } from '../busy';
import { el } from '../dom';
import { checkbox, radioGroup, showProblems, textField } from '../form';
import { runInsertFlow } from '../insert-flow';
import { lazy } from '../lazy';
import {
  ADDING_MONTH,
  MonthlyField,
  checkMonthlyForm,
  checkPassword,
  createdMessage,
  creatingMessage,
  currentMonth,
  monthlyErrorMessage,
  nextMonthMessage,
} from '../monthly-form';
import type { View, ViewServices } from './view';

/** The report's templates and sheet builders: fetched when the view is first used, not with the pane. */
const adapter = lazy(() => import(/* webpackChunkName: "monthly" */ '../../excel/monthly-report'));

function mount(container: HTMLElement, services: ViewServices): void {
  const site = textField('monthly-site', 'Site', { autocomplete: 'organization' });
  const lead = textField('monthly-lead', 'Programme lead', { autocomplete: 'name' });
  // A text box, not the browser's month picker, which shows "--------- ----" when empty and differs
  // between Excel's browsers; the form checks what is typed (monthly-form.ts) and says what to fix.
  const firstMonth = textField('monthly-first-month', 'First month', {
    placeholder: 'yyyy-mm',
    value: currentMonth(new Date()),
    hint: 'Year and month, like 2008-03.',
  });
  const span = radioGroup('monthly-span', 'How many months', [
    ['one', 'This month only'],
    ['twelve', '12 months, one sheet each'],
  ]);
  const password = textField('monthly-password', 'Password (optional)', {
    type: 'password',
    autocomplete: 'new-password',
    hint:
      'Protects the layout of the new sheets; the fields to fill in stay open. Without a password the sheets are ' +
      'still protected against slips. Excel cannot recover a forgotten password.',
  });
  const fields: Partial<Record<MonthlyField, typeof site>> = { site, lead, firstMonth, password };
  const create = el('fluent-button', { id: 'monthly-create', appearance: 'accent' }, 'Create report') as Button;
  const carry = checkbox(
    'monthly-carry',
    'Carry forward each objective’s baseline, rating, PDSA number and date achieved, and the steering group date',
    true,
  );
  const next = el('fluent-button', { id: 'monthly-next' }, 'Add next month') as Button;
  const { box: confirm, ask } = createClashQuestion('monthly');
  const controls = [site.control, lead.control, firstMonth.control, ...span.controls, password.control, carry.control];

  container.append(
    el('p', {}, 'Make the monthly site report: one sheet a month, protected, ready to fill in and print.'),
    el('h3', {}, 'New report'),
    site.root,
    lead.root,
    firstMonth.root,
    span.root,
    password.root,
    create,
    confirm,
    el('h3', {}, 'Next month'),
    el(
      'p',
      {},
      'Adds a sheet for the month after the latest report in this workbook, with the same site and programme lead. ' +
        'The password above, if any, protects the new sheet.',
    ),
    carry.root,
    next,
  );
  // Start fetching the report builders as soon as someone starts on the form.
  container.addEventListener('focusin', () => adapter().catch(() => undefined), { once: true });

  const busy = createBusy([create, next, ...controls], () => services.say(null));

  create.addEventListener('click', async () => {
    const checked = checkMonthlyForm({
      site: site.control.value,
      lead: lead.control.value,
      firstMonth: firstMonth.control.value,
      twelveMonths: span.value() === 'twelve',
      password: password.control.value,
    });
    if (showProblems(fields, checked.ok ? [] : checked.problems) || !checked.ok) return;
    const request = checked.value;
    await busy(create, async () => {
      try {
        const { outcome, notesSkipped } = await services.track(creatingMessage(request), async (job) => {
          const { planMonthlyReports, applyMonthlyReports } = await adapter();
          let notesSkipped = 0;
          const outcome = await runInsertFlow<Excel.RequestContext, InsertPlan>({
            run: services.runExcel,
            plan: (context) => planMonthlyReports(context, request),
            apply: async (context, plan, choice) => {
              const result = await applyMonthlyReports(context, plan, choice);
              notesSkipped = result.notesSkipped ?? 0;
              return result;
            },
            ask: (clashes) => job.waitForUser(() => ask(clashes)),
          });
          return { outcome, notesSkipped };
        });
        services.say(createdMessage(outcome, request, notesSkipped));
      } catch (error) {
        confirm.hidden = true;
        services.say(monthlyErrorMessage(error, 'No report was made'));
      }
    });
  });

  next.addEventListener('click', async () => {
    const problem = checkPassword(password.control.value);
    if (showProblems(fields, problem ? [problem] : [])) return;
    const carryForward = carry.control.checked;
    await busy(next, async () => {
      try {
        const result = await services.track(ADDING_MONTH, async () => {
          const { addNextMonth } = await adapter();
          return services.runExcel((context) =>
            addNextMonth(context, {
              carryForward,
              ...(password.control.value && { password: password.control.value }),
            }),
          );
        });
        services.say(nextMonthMessage(result, carryForward));
      } catch (error) {
        services.say(monthlyErrorMessage(error, 'No month was added'));
      }
    });
  });
}

export const monthlyView: View = { id: 'monthly', label: 'Monthly reports', mount };
