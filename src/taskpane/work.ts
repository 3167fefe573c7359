/**
 * Each view's status area: a polite live region for messages, which shows a progress bar while work
 * runs, and a Cancel button for work in several batches. Views reach it through ViewServices.track
 * and .say, so every view reports progress, cancelling and results the same way.
 *
 * The area sits at the foot of the view, which on a long form is below the fold of a 600-700 px pane:
 * whatever it shows is scrolled into view, so the result appears where the user is looking.
 */
import './fluent';
import type { Button } from './fluent';
import { el, clearMessage, renderMessage, setDisabled } from './dom';
import { CANCELLING, Message } from './messages';
import type { Job, TrackOptions, ViewServices } from './views/view';

/**
 * Scrolls `box` into view if any of it is out of sight: all of it when it fits, else its top (the title).
 * Instant, not smooth: the result is there at once, and nothing moves for people who turn motion off.
 */
export function bringIntoView(box: HTMLElement): void {
  if (box.getClientRects().length === 0) return;
  const fits = box.getBoundingClientRect().height <= window.innerHeight;
  box.scrollIntoView({ block: fits ? 'nearest' : 'start', inline: 'nearest' });
}

export interface WorkArea extends Pick<ViewServices, 'track' | 'say'> {
  root: HTMLElement;
  /** Clears what the last action said, unless work is running (then the progress stays). */
  clearStale(): void;
}

export function createWorkArea(id: string): WorkArea {
  // Always in the page, so screen readers announce each new message.
  const status = el('div', { id: `${id}-status`, class: 'message', role: 'status', 'aria-live': 'polite' });
  const cancel = el('fluent-button', { id: `${id}-cancel`, class: 'cancel', hidden: true }, 'Cancel') as Button;
  const root = el('div', { class: 'work' }, status, cancel);
  let busy = false;

  const say = (message: Message | null) => {
    if (!message) return clearMessage(status);
    renderMessage(status, message);
    bringIntoView(root);
  };

  async function track<T>(working: Message, work: (job: Job) => Promise<T>, options: TrackOptions = {}): Promise<T> {
    // Views disable their controls while they work; two jobs at once in one view would be a bug.
    if (busy) throw new Error(`The ${id} view is already working.`);
    busy = true;
    let ended = false;
    const controller = new AbortController();
    const bar = el('fluent-progress', { 'aria-label': working.title });
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
    bringIntoView(root);
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

  const clearStale = () => {
    if (!busy) clearMessage(status);
  };

  return { root, track, say, clearStale };
}
