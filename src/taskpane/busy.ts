/**
 * A view's controls while it works: everything disabled, so nobody starts a second job or edits the
 * form half-way, and focus back on the button that started the work afterwards (without scrolling away
 * from the result).
 */
import { setDisabled } from './dom';

export type Busy = (button: HTMLElement, action: () => Promise<void>) => Promise<void>;

/** `onStart` runs first (a view clears its status there). A click on a disabled button does nothing. */
export function createBusy(controls: HTMLElement[], onStart: () => void): Busy {
  return async (button, action) => {
    if (button.hasAttribute('disabled')) return;
    for (const control of controls) setDisabled(control, true);
    onStart();
    try {
      await action();
    } finally {
      for (const control of controls) setDisabled(control, false);
      // Without scrolling: the view has just brought its result into view, and that must stay in sight.
      button.focus({ preventScroll: true });
    }
  };
}
