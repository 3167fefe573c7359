/**
 * The notice dialog opened by the ribbon command. Its words arrive in the page address and are
 * shown with textContent only. Close (or Esc) tells the command, which closes the dialog.
 */
import { TONES, parseNoticeQuery } from '../taskpane/messages';

const message = parseNoticeQuery(window.location.search);
const notice = document.getElementById('notice');
const title = document.getElementById('notice-title');
const lines = document.getElementById('notice-lines');
const close = document.getElementById('notice-close');

if (notice && title && lines && close) {
  notice.dataset.tone = message.tone;
  // The kind's mark is seen and its word heard, as in the pane, so colour is not the only signal.
  const mark = document.createElement('span');
  mark.className = 'notice-mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = TONES[message.tone].mark;
  const word = document.createElement('span');
  word.className = 'visually-hidden';
  word.textContent = `${TONES[message.tone].word}: `;
  title.replaceChildren(mark, word, message.title);
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
