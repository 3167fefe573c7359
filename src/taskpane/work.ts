/**
 * Each view's status area: a polite live region for messages, which shows a progress bar while work
 * runs, and a Cancel button for work in several batches. Views reach it through ViewServices.track
 * and .say, so every view reports progress, cancelling and results the same way.
 */
import './fluent';
import type { Button } from './fluent';
import { el, clearMessage, renderMessage, setDisabled } from './dom';
import { CANCELLING, Message } from './messages';
import type { Job, TrackOptions, ViewServices } from './views/view';

export function createWorkArea(id: string): { root: HTMLElement } & Pick<ViewServices, 'track' | 'say'> {
  // Always in the page, so screen readers announce each new message.
  const status = el('div', { id: `${id}-status`, class: 'message', role: 'status', 'aria-live': 'polite' });
  const cancel = el('fluent-button', { id: `${id}-cancel`, class: 'cancel', hidden: true }, 'Cancel') as Button;
  const root = el('div', { class: 'work' }, status, cancel);
  let busy = false;

  const say = (message: Message | null) => (message ? renderMessage(status, message) : clearMessage(status));

  async function track<T>(working: Message, work: (job: Job) => Promise<T>, options: TrackOptions = {}): Promise<T> {
    // Views disable their controls while they work; two jobs at once in one view would be a bug.
    if (busy) throw new Error(`The ${id} view is already working.`);
    busy = true;
    let ended = false;
    const controller = new AbortController();
    const bar = el('fluent-progress-bar', { thickness: 'large', 'aria-label': working.title });
    const count = el('p', { class: 'count' });
    let shown = working;
    const show = () => renderMessage(status, shown, bar, count);
    const offerCancel = (offer: boolean) => {
      cancel.hidden = !offer;
    };
    const onCancel = () => {
      controller.abort();
      setDisabled(cancel, true);
      shown = CANCELLING;
      show();
    };
    cancel.addEventListener('click', onCancel);

    const job: Job = {
      signal: controller.signal,
      progress(done, total) {
        bar.setAttribute('max', String(total));
        bar.setAttribute('value', String(done));
        count.textContent = `${done} of ${total} done`;
      },
      async waitForUser(ask) {
        if (ended) throw new DOMException('The work this question belongs to has ended.', 'AbortError');
        clearMessage(status);
        offerCancel(false);
        try {
          return await ask();
        } finally {
          show();
          offerCancel(Boolean(options.cancellable) && !controller.signal.aborted);
        }
      },
    };

    show();
    offerCancel(Boolean(options.cancellable));
    try {
      return await work(job);
    } finally {
      // Never leave a progress bar behind: the view says the outcome next. Anything of this job that
      // Excel resumes later (after a timeout) finds it over and stops.
      busy = false;
      ended = true;
      controller.abort();
      cancel.removeEventListener('click', onCancel);
      setDisabled(cancel, false);
      offerCancel(false);
      clearMessage(status);
    }
  }

  return { root, track, say };
}
