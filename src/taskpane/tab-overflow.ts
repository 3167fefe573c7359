/**
 * Keeps the view tabs on one line however narrow the pane: the tabs that do not fit are hidden and
 * offered instead in a "More" menu at the end of the line (the overflow pattern of Fluent and Office).
 * The selected tab is always on the line. The menu is a menu button by the ARIA pattern: Enter, Space
 * or Down opens it on its first item, Up and Down move, Enter chooses, Esc and Tab close it.
 * Hidden tabs are also skipped by the tabs' arrow keys (Fluent's tabs pass over hidden ones). "More"
 * sits in the tabs element's end slot, after the tablist and above the panels.
 */
import { el } from './dom';

export interface TabChoice {
  /** The fluent-tab's id. */
  tabId: string;
  label: string;
}

/** Room kept between the last tab and "More", in px. */
const GAP = 4;

export function mountTabOverflow(tabsElement: HTMLElement, choices: TabChoice[]): void {
  const menuId = `${tabsElement.id}-more-menu`;
  const more = el(
    'button',
    {
      type: 'button',
      id: `${tabsElement.id}-more`,
      class: 'tab-more',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': menuId,
      hidden: true,
    },
    'More',
    el('span', { class: 'tab-more-arrow', 'aria-hidden': 'true' }, '▾'),
  );
  const menu = el('div', { id: menuId, class: 'tab-menu', role: 'menu', 'aria-label': 'More tasks', hidden: true });
  const wrap = el('div', { class: 'tab-more-wrap', slot: 'end' }, more, menu);
  tabsElement.classList.add('tab-row');
  tabsElement.append(wrap);
  const tabOf = (choice: TabChoice) => document.getElementById(choice.tabId) as HTMLElement;
  const selected = () => choices.find((c) => tabOf(c)?.getAttribute('aria-selected') === 'true');

  /** Shows as many tabs, in order, as fit beside "More"; the selected one always. */
  function fit(): void {
    const tabs = choices.map(tabOf);
    if (tabs.some((tab) => !tab)) return; // not in the page yet
    for (const tab of tabs) tab.hidden = false;
    more.hidden = true;
    const widths = tabs.map((tab) => tab.getBoundingClientRect().width);
    const room = tabsElement.clientWidth;
    if (widths.reduce((sum, w) => sum + w, 0) <= room) return closeMenu(false);
    more.hidden = false;
    const current = selected();
    let left = room - more.getBoundingClientRect().width - GAP - (current ? widths[choices.indexOf(current)] : 0);
    let full = false;
    choices.forEach((choice, i) => {
      if (choice === current) return;
      full = full || widths[i] > left;
      if (full) tabs[i].hidden = true;
      else left -= widths[i];
    });
    menu.replaceChildren(
      ...choices
        .filter((_, i) => tabs[i].hidden)
        .map((choice) => {
          const item = el(
            'button',
            { type: 'button', role: 'menuitem', tabindex: '-1', class: 'tab-menu-item' },
            choice.label,
          );
          item.addEventListener('click', () => choose(choice));
          return item;
        }),
    );
  }

  const items = () => Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]'));

  function openMenu(focusIndex: number): void {
    menu.hidden = false;
    more.setAttribute('aria-expanded', 'true');
    const list = items();
    list[(focusIndex + list.length) % list.length]?.focus();
  }

  function closeMenu(focusMore: boolean): void {
    if (menu.hidden) return;
    menu.hidden = true;
    more.setAttribute('aria-expanded', 'false');
    if (focusMore) more.focus();
  }

  function choose(choice: TabChoice): void {
    closeMenu(false);
    // Shown first: Fluent's tabs will not select a hidden tab.
    tabOf(choice).hidden = false;
    tabsElement.setAttribute('activeid', choice.tabId);
    fit();
    tabOf(choice).focus();
  }

  more.addEventListener('click', () => (menu.hidden ? openMenu(0) : closeMenu(true)));
  more.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 0 : -1);
    }
  });
  menu.addEventListener('keydown', (event) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      list[(moves[event.key] + list.length) % list.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeMenu(true);
    } else if (event.key === 'Tab') {
      closeMenu(false);
    }
  });
  // A click anywhere else closes the menu, as menus do.
  document.addEventListener('pointerdown', (event) => {
    if (!wrap.contains(event.target as Node)) closeMenu(false);
  });
  // The tabs' own change (a tab chosen), not a form control's bubbling up from a panel.
  tabsElement.addEventListener('change', (event) => {
    if (event.target === tabsElement) fit();
  });
  // Refit when the pane's width changes; the panels' content changing height leaves the line as it is.
  let width = -1;
  new ResizeObserver(() => {
    if (tabsElement.clientWidth === width) return;
    width = tabsElement.clientWidth;
    fit();
  }).observe(tabsElement);
}
