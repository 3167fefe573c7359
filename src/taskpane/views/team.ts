/**
 * Team: the workers' KSF outlines and role profiles brought into the team sheets (summary, KSF levels,
 * NOS self-assessment, development plans, training needs, not included) with native charts, from this
 * workbook or from workers' files the user picks. A team filter (the teams found so far) and the date
 * reviews are counted from match the command line's --team and --as-of. Wording is team-messages.ts;
 * the Office.js work is src/excel/team.ts, loaded on demand.
 */
import type { ReturnInput } from '../../consolidate/collect';
import type { Button } from '../fluent';
import { createBusy } from '../busy';
import { createClashQuestion } from '../clash-question';
import { el } from '../dom';
import { fileField, selectField, textField } from '../form';
import { lazy } from '../lazy';
import { Message } from '../messages';
import {
  CANCELLED_TEAM_READING,
  MAKING_TEAM,
  NO_TEAM_FILES_PICKED,
  READING_TEAM_FILES,
  readAsOf,
  teamMessage,
  todayText,
} from '../team-messages';
import { makeSheets, wireAddCharts, wireWorkbookSources } from '../workbook-sources';
import type { Job, View, ViewServices } from './view';

/** The team collector, checker and sheet builders: fetched when the view is first used, not with the pane. */
const adapter = lazy(() => import(/* webpackChunkName: "team" */ '../../excel/team'));

function mount(container: HTMLElement, services: ViewServices): void {
  const filter = selectField(
    'team-filter',
    'Team',
    [],
    'All teams',
    'The teams found when the sheets were last made. Choose one to see only that team.',
  );
  const asOf = textField('team-as-of', 'Reviews due as of', {
    hint: 'A date like 06/12/2026: reviews due before it are overdue. Today unless you change it.',
    value: todayText(),
  });
  const here = el(
    'fluent-button',
    { id: 'team-here', appearance: 'accent' },
    'Team sheets from this workbook',
  ) as Button;
  const files = fileField(
    'team-files',
    'Workers’ workbooks',
    'Choose the workbooks with the workers’ KSF outlines (.xlsx files). Hold Ctrl or Shift to choose several.',
  );
  const picked = el('fluent-button', { id: 'team-picked' }, 'Team sheets from chosen files') as Button;
  const charts = el('fluent-button', { id: 'team-charts' }, 'Add charts') as Button;
  const { box: confirm, ask } = createClashQuestion('team');

  container.append(
    el(
      'p',
      {},
      'See your team’s development at a glance: whose review is due, gateways, development-plan actions that ' +
        'are overdue, KSF levels and where the team needs training, with charts.',
    ),
    filter.root,
    asOf.root,
    el('h3', {}, 'This workbook'),
    el('p', {}, 'Uses the KSF outlines and role profiles the toolkit made in this workbook.'),
    here,
    el('h3', {}, 'Workers’ files'),
    files.root,
    picked,
    confirm,
    el('h3', {}, 'Charts'),
    el('p', {}, 'Adds charts to team sheets made earlier, for example by the command line, which cannot draw charts.'),
    charts,
  );
  container.addEventListener('focusin', () => adapter().catch(() => undefined), { once: true });

  const busy = createBusy([here, picked, charts, files.chooser, files.control, filter.control, asOf.control], () =>
    services.say(null),
  );

  /** Offers every team found so far, keeping the one chosen. */
  function offerTeams(teams: string[]) {
    const offered = new Set(Array.from(filter.control.options, (o) => o.value));
    for (const name of teams) if (!offered.has(name)) filter.control.append(el('option', { value: name }, name));
  }

  /** Plans, asks about earlier team sheets if there are any, and writes. */
  async function make(job: Job, inputs?: ReturnInput[]): Promise<Message> {
    const date = readAsOf(asOf.control.value);
    if (!date.ok) throw new Error(date.problem); // checked by ready() before the work started
    const { planTeam, applyTeam } = await adapter();
    const team = filter.control.value || undefined;
    const { outcome, result } = await makeSheets(
      services,
      job,
      ask,
      (context) => planTeam(context, { asOf: date.iso, team, inputs }),
      (context, plan, choice) => applyTeam(context, plan, choice),
    );
    if (result) offerTeams(result.teams);
    return teamMessage(outcome, result);
  }

  wireWorkbookSources({
    here,
    picked,
    files,
    busy,
    services,
    words: {
      working: MAKING_TEAM,
      reading: READING_TEAM_FILES,
      nothingPicked: NO_TEAM_FILES_PICKED,
      cancelled: CANCELLED_TEAM_READING,
      failed: 'No team sheets were made',
    },
    run: make,
    onFailure: () => (confirm.hidden = true),
    ready() {
      const date = readAsOf(asOf.control.value);
      asOf.setProblem(date.ok ? null : date.problem);
      if (!date.ok) asOf.control.focus();
      return date.ok;
    },
  });
  wireAddCharts(charts, busy, services, async (context) => (await adapter()).addTeamCharts(context));
}

export const teamView: View = { id: 'team', label: 'Team', mount };
