/**
 * What a ribbon button does around its work: run it, then complete the button's event straight away, and
 * only then show what there is to say. Excel keeps the button busy until completed() is called and ends
 * a function command that runs for 5 minutes, so the event must never wait for the user to read a
 * notice. No Office globals here: commands.ts passes in how a notice is shown.
 */
import { Message, errorMessage } from '../taskpane/messages';

/** The part of Office.AddinCommands.Event a command uses. */
export interface CommandEvent {
  completed(): void;
}

/**
 * A ribbon command: `work` says what to show (null for a quiet success); a failure is shown as
 * `failedTitle`. completed() is called exactly once, as soon as the work has ended either way.
 */
export function ribbonCommand(
  work: () => Promise<Message | null>,
  failedTitle: string,
  showNotice: (message: Message) => void,
): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    let notice: Message | null;
    try {
      notice = await work();
    } catch (error) {
      notice = errorMessage(error, failedTitle);
    }
    event.completed();
    if (notice) showNotice(notice);
  };
}
