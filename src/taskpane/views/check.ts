/**
 * Check: check the ratings in this workbook, list the findings by sheet, go to a finding's cell, and
 * clear the shading the check added. Wording and grouping are check-list.ts; the Office.js work is
 * src/excel/check-workbook.ts, loaded on demand; this module builds the controls and connects them.
 */
import type { Button } from '../fluent';
import {
  CHECKING,
  CLEARING,
  SheetGroup,
  checkedMessage,
  clearedMessage,
  goToFailedMessage,
  groupFindings,
  groupSummary,
} from '../check-list';
import { createBusy } from '../busy';
import { el } from '../dom';
import { lazy } from '../lazy';
import { errorMessage } from '../messages';
import type { View, ViewServices } from './view';

/** The rules and readers: fetched when the view is first used, not with the pane. */
const adapter = lazy(() => import(/* webpackChunkName: "check" */ '../../excel/check-workbook'));

function mount(container: HTMLElement, services: ViewServices): void {
  const check = el('fluent-button', { id: 'check-run', appearance: 'accent' }, 'Check this workbook') as Button;
  const clear = el('fluent-button', { id: 'check-clear' }, 'Clear highlights') as Button;
  const list = el('section', { id: 'check-findings', class: 'findings', 'aria-label': 'Findings' });

  container.append(
    el(
      'p',
      {},
      'Check the monthly reports, KSF outlines and role profiles in this workbook. Every problem is listed ' +
        'with its cell, on a “Check results” sheet and here. Check again after you correct something.',
    ),
    el('div', { class: 'actions' }, check, clear),
    list,
  );
  container.addEventListener('focusin', () => adapter().catch(() => undefined), { once: true });

  const busy = createBusy([check, clear], () => services.say(null));

  check.addEventListener('click', () =>
    busy(check, async () => {
      try {
        const result = await services.track(CHECKING, async () => {
          const { checkThisWorkbook } = await adapter();
          return services.runExcel((context) => checkThisWorkbook(context, { today: new Date() }));
        });
        showGroups(list, groupFindings(result.findings), goTo);
        services.say(checkedMessage(result));
      } catch (error) {
        services.say(errorMessage(error, 'The workbook was not checked'));
      }
    }),
  );

  clear.addEventListener('click', () =>
    busy(clear, async () => {
      try {
        const removed = await services.track(CLEARING, async () => {
          const { clearHighlights } = await adapter();
          // Like Check, Clear asks Excel whether it can tell which protected sheets have a password.
          return services.runExcel((context) => clearHighlights(context));
        });
        services.say(clearedMessage(removed));
      } catch (error) {
        services.say(errorMessage(error, 'The highlights were not cleared'));
      }
    }),
  );

  async function goTo(sheet: string, cell: string): Promise<void> {
    try {
      const { goToCell } = await adapter();
      await services.runExcel((context) => goToCell(context, sheet, cell));
    } catch (error) {
      services.say(goToFailedMessage(sheet, error));
    }
  }
}

/** One heading per sheet, then a button per finding that selects its cell in Excel. */
function showGroups(list: HTMLElement, groups: SheetGroup[], goTo: (sheet: string, cell: string) => void): void {
  list.replaceChildren(
    ...groups.map((group) =>
      el(
        'div',
        { class: 'finding-group' },
        el('h3', {}, group.sheet, el('span', { class: 'finding-count' }, ` (${groupSummary(group) || 'accepted'})`)),
        el(
          'ul',
          {},
          ...group.items.map((item) => {
            const button = el(
              'button',
              { type: 'button', class: 'finding', 'data-severity': item.severity },
              item.text,
            );
            button.addEventListener('click', () => goTo(item.sheet, item.cell));
            const parts: Node[] = [button];
            if (item.accepted) parts.push(el('p', { class: 'finding-note' }, `Explanation: ${item.accepted}`));
            return el('li', {}, ...parts);
          }),
        ),
      ),
    ),
  );
}

export const checkView: View = { id: 'check', label: 'Check', mount };
