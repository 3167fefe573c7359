/**
 * Task pane entry: checks that this Office can run the toolkit, matches Office's theme, then lets the
 * shell lay out the views (views/index.ts). Everything Office-specific at start-up is here.
 */
import { useFluentTheme } from './fluent';
import { renderMessage } from './dom';
import { createExcelRunner } from './excel-runner';
import { Message, OFFICE_NOT_LOADED } from './messages';
import { blockingMessage } from './readiness';
import { mountShell } from './shell';
import { VIEWS } from './views';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The task pane page is missing #${id}.`);
  return found;
}

/** Light or dark Fluent to match Office, with the Office page colour behind it. */
function applyTheme(): void {
  try {
    const background = Office.context.officeTheme?.bodyBackgroundColor;
    if (background && /^#[0-9a-f]{6}$/i.test(background)) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
      return useFluentTheme(0.2126 * r + 0.7152 * g + 0.0722 * b < 128, background);
    }
  } catch {
    // Excel on the web has no officeTheme: the light theme is right there.
  }
  useFluentTheme(false);
}

/** Shows why the toolkit cannot run here, instead of any view. */
function block(message: Message): void {
  const blocked = element('blocked');
  blocked.hidden = false;
  renderMessage(blocked, message);
}

function start(): void {
  if (typeof Office === 'undefined') {
    useFluentTheme(false);
    return block(OFFICE_NOT_LOADED);
  }
  Office.onReady((info) => {
    applyTheme();
    let requirements;
    try {
      requirements = Office.context.requirements;
    } catch {
      // Outside Office there is no context; blockingMessage says so.
    }
    const blocked = blockingMessage({ inExcel: info.host === Office.HostType.Excel, requirements });
    if (blocked) return block(blocked);
    mountShell(
      element('views'),
      VIEWS,
      createExcelRunner((batch) => Excel.run(batch)),
    );
  });
}

start();
