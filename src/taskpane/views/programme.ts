/**
 * Programme: consolidate monthly returns into the programme sheets (summary, service areas, objective
 * progress, trends, not included) with native charts, from this workbook's monthly sheets or from files
 * the user picks; and "Add charts" to a programme workbook the command line made. Wording is
 * programme-messages.ts; the Office.js work is src/excel/consolidate.ts, loaded on demand.
 */
import type { ReturnInput } from '../../consolidate/collect';
import type { Button } from '../fluent';
import { createClashQuestion } from '../clash-question';
import { createBusy } from '../busy';
import { el } from '../dom';
import { fileField } from '../form';
import { makeSheets, wireAddCharts, wireWorkbookSources } from '../workbook-sources';
import { lazy } from '../lazy';
import {
  CANCELLED_READING,
  CONSOLIDATING,
  NO_FILES_PICKED,
  READING_FILES,
  consolidatedMessage,
} from '../programme-messages';
import type { Job, View, ViewServices } from './view';

/** The collector, checker and sheet builders: fetched when the view is first used, not with the pane. */
const adapter = lazy(() => import(/* webpackChunkName: "programme" */ '../../excel/consolidate'));

function mount(container: HTMLElement, services: ViewServices): void {
  const here = el(
    'fluent-button',
    { id: 'programme-here', appearance: 'accent' },
    'Consolidate this workbook',
  ) as Button;
  const files = fileField(
    'programme-files',
    'Monthly returns',
    'Choose the returns sent by the sites (.xlsx files). Hold Ctrl or Shift to choose several.',
  );
  const picked = el('fluent-button', { id: 'programme-picked' }, 'Consolidate chosen files') as Button;
  const charts = el('fluent-button', { id: 'programme-charts' }, 'Add charts') as Button;
  const { box: confirm, ask } = createClashQuestion('programme');

  container.append(
    el(
      'p',
      {},
      'Bring sites’ monthly returns together: totals per site and month, service areas, objective progress ' +
        'and trends, with charts. Returns that cannot be included are listed with the reason.',
    ),
    el('h3', {}, 'This workbook'),
    el('p', {}, 'Consolidates the monthly report sheets in this workbook.'),
    here,
    el('h3', {}, 'Returns from files'),
    files.root,
    picked,
    confirm,
    el('h3', {}, 'Charts'),
    el(
      'p',
      {},
      'Adds charts to programme sheets made earlier, for example by the command line, which cannot draw charts.',
    ),
    charts,
  );
  container.addEventListener('focusin', () => adapter().catch(() => undefined), { once: true });

  const busy = createBusy([here, picked, charts, files.chooser, files.control], () => services.say(null));

  /** Plans, asks about earlier programme sheets if there are any, and writes; null when cancelled. */
  async function consolidate(job: Job, inputs?: ReturnInput[]) {
    const { planProgramme, applyProgramme } = await adapter();
    const { outcome, result } = await makeSheets(
      services,
      job,
      ask,
      (context) => planProgramme(context, { inputs }),
      (context, plan, choice) => applyProgramme(context, plan, choice),
    );
    return consolidatedMessage(outcome, result);
  }

  wireWorkbookSources({
    here,
    picked,
    files,
    busy,
    services,
    words: {
      working: CONSOLIDATING,
      reading: READING_FILES,
      nothingPicked: NO_FILES_PICKED,
      cancelled: CANCELLED_READING,
      failed: 'Nothing was consolidated',
    },
    run: consolidate,
    onFailure: () => (confirm.hidden = true),
  });

  wireAddCharts(charts, busy, services, async (context) => (await adapter()).addProgrammeCharts(context));
}

export const programmeView: View = { id: 'programme', label: 'Programme', mount };
