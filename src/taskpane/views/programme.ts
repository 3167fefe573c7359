/**
 * Programme: consolidate monthly returns into the programme sheets (summary, service areas, objective
 * progress, trends, not included) with native charts, from this workbook's monthly sheets or from files
 * the user picks; and "Add charts" to a programme workbook the command line made. Wording is
 * programme-messages.ts; the Office.js work is src/excel/consolidate.ts, loaded on demand.
 */
import type { ReturnInput } from '../../consolidate/collect';
import { createBusy } from '../busy';
import { el } from '../dom';
import { makeSheets, sourceControls, wireAddCharts, wireWorkbookSources } from '../workbook-sources';
import { lazy } from '../lazy';
import { PROGRAMME_LABELS, PROGRAMME_WORDS, consolidatedMessage } from '../programme-messages';
import type { Job, View, ViewServices } from './view';

/** The collector, checker and sheet builders: fetched when the view is first used, not with the pane. */
const adapter = lazy(() => import(/* webpackChunkName: "programme" */ '../../excel/consolidate'));

function mount(container: HTMLElement, services: ViewServices): void {
  const sources = sourceControls('programme', PROGRAMME_LABELS);

  container.append(
    el(
      'p',
      {},
      'Bring sites’ monthly returns together: totals per site and month, service areas, objective progress ' +
        'and trends, with charts. Returns that cannot be included are listed with the reason.',
    ),
    ...sources.sections,
  );
  container.addEventListener('focusin', () => adapter().catch(() => undefined), { once: true });

  const busy = createBusy(sources.controls, () => services.say(null));

  /** Plans, asks about earlier programme sheets if there are any, and writes; null when cancelled. */
  async function consolidate(job: Job, inputs?: ReturnInput[]) {
    const { planProgramme, applyProgramme } = await adapter();
    const { outcome, result } = await makeSheets(
      services,
      job,
      sources.ask,
      (context) => planProgramme(context, { inputs }),
      (context, plan, choice) => applyProgramme(context, plan, choice),
    );
    return consolidatedMessage(outcome, result);
  }

  wireWorkbookSources({
    controls: sources,
    busy,
    services,
    words: PROGRAMME_WORDS,
    run: consolidate,
  });

  wireAddCharts(sources.charts, busy, services, async (context) => (await adapter()).addProgrammeCharts(context));
}

export const programmeView: View = { id: 'programme', label: 'Programme', mount };
