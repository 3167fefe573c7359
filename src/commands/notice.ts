/**
 * The notice dialog opened by the ribbon command. Its words arrive in the page address and are
 * shown with textContent only. Close (or Esc) tells the command, which closes the dialog.
 */
import { parseNoticeQuery } from '../taskpane/messages';

const message = parseNoticeQuery(window.location.search);
const notice = document.getElementById('notice');
const title = document.getElementById('notice-title');
const lines = document.getElementById('notice-lines');
const close = document.getElementById('notice-close');

if (notice && title && lines && close) {
  notice.dataset.tone = message.tone;
  title.textContent = message.title;
  document.title = `STR Toolkit: ${message.title}`;
  lines.replaceChildren(
    ...message.lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );

  Office.onReady(() => {
    const done = () => Office.context.ui.messageParent('close');
    close.addEventListener('click', done);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') done();
    });
    close.focus();
  });
}
