/**
 * Lays out the views: one view gets a plain heading; two or more get Fluent tabs, which the keyboard
 * drives with the arrow keys, on one line with a "More" menu for those that do not fit (tab-overflow.ts).
 * Each view gets its own panel, status area and services. With tabs, the panels are Fluent tab panels
 * inside the tabs element, which shows the selected tab's panel and hides the others.
 */
import './fluent';
import { el, renderMessage } from './dom';
import type { ExcelRunner } from './excel-runner';
import { viewFailedMessage } from './messages';
import type { View } from './views/view';
import { mountTabOverflow } from './tab-overflow';
import { createWorkArea } from './work';

function mountView(view: View, runExcel: ExcelRunner, tabs: boolean): HTMLElement {
  const headingId = `${view.id}-heading`;
  const body = el('div', { class: 'view-body' });
  const work = createWorkArea(view.id);
  // With tabs the tab already names the panel; the heading stays for screen readers' heading lists.
  const heading = el('h2', { id: headingId, class: tabs ? 'visually-hidden' : '' }, view.label);
  // A tab panel gets its role and aria-labelledby (its tab) from the tabs element.
  const panel = tabs
    ? el('fluent-tab-panel', { id: `${view.id}-panel`, class: 'view' }, heading, body, work.root)
    : el('section', { id: `${view.id}-panel`, class: 'view', 'aria-labelledby': headingId }, heading, body, work.root);
  // A choice between radio buttons is a change of mode (one worker or a staff list; one month or twelve):
  // what the view said about the other mode no longer applies, so it goes, in every view alike.
  body.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'radio') work.clearStale();
  });
  try {
    view.mount(body, { runExcel, track: work.track, say: work.say });
  } catch (error) {
    // One broken view must not take the others down, nor fail silently.
    body.classList.add('message');
    renderMessage(body, viewFailedMessage(view.label, error));
  }
  return panel;
}

export function mountShell(main: HTMLElement, views: readonly View[], runExcel: ExcelRunner): void {
  const tabs = views.length > 1;
  const panels = views.map((view) => mountView(view, runExcel, tabs));
  if (!tabs) {
    main.append(...panels);
    return;
  }
  // The tabs element shows the first tab's panel and hides the others; hide them now so nothing flickers.
  panels.slice(1).forEach((panel) => (panel.hidden = true));
  const tabsElement = el(
    'fluent-tabs',
    { id: 'views-tabs', class: 'views' },
    ...views.map((view) => el('fluent-tab', { id: `${view.id}-tab` }, view.label)),
    ...panels,
  );
  mountTabOverflow(
    tabsElement,
    views.map((view) => ({ tabId: `${view.id}-tab`, label: view.label })),
  );
  main.append(tabsElement);
  // The tablist role is on an element inside the component, which an aria-label here would not reach.
  tabsElement.shadowRoot?.querySelector('[role="tablist"]')?.setAttribute('aria-label', 'STR Toolkit tasks');
}
