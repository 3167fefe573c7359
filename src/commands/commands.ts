/**
 * Ribbon commands (the manifest's FunctionFile). "Insert framework" runs without the task pane,
 * so it never asks a question: it keeps any earlier toolkit sheets and numbers the new ones.
 * "Check this workbook" checks the open workbook and always says what it found.
 *
 * Excel has no notification bar for add-ins, so when there is something to say (a failure, or a
 * sheet name that was already taken) a small Office dialog (notice.html) says it. A plain success
 * needs no dialog: the new sheets appear in the workbook.
 */
import { insertFramework } from '../excel/insert-framework';
import { createExcelRunner } from '../taskpane/excel-runner';
import { Message, checkNotice, commandNotice, noticeQuery } from '../taskpane/messages';
import { ribbonCommand } from './ribbon-command';

// A hung sync (Excel on the web) ends in a notice, not in a button that never comes back.
const runExcel = createExcelRunner((batch) => Excel.run(batch));

/**
 * Shows the message in a dialog, which this page keeps open until the user closes it. The button's event
 * is already complete by then (ribbon-command.ts), so the button is free while the notice is up.
 */
function showNotice(message: Message): void {
  const url = new URL(`notice.html${noticeQuery(message)}`, window.location.href).href;
  try {
    // displayInIframe keeps Excel on the web from opening a pop-up window a blocker could stop.
    Office.context.ui.displayDialogAsync(url, { height: 40, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return;
      const dialog = opened.value;
      // The Close button sends a message; the dialog's own X closes it already.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
    });
  } catch {
    // No dialog support here: nothing more we can show.
  }
}

const insertFrameworkCommand = ribbonCommand(
  async () => commandNotice(await runExcel((context) => insertFramework(context, 'keep-both'))),
  'The framework was not inserted',
  showNotice,
);

/** "Check this workbook": the checks run with the rules loaded on demand; the notice gives the counts. */
const checkWorkbookCommand = ribbonCommand(
  async () => {
    const { checkThisWorkbook } = await import(/* webpackChunkName: "check" */ '../excel/check-workbook');
    return checkNotice(await runExcel((context) => checkThisWorkbook(context, { today: new Date() })));
  },
  'The workbook was not checked',
  showNotice,
);

Office.onReady(() => {
  // Nothing to prepare: the command is registered below, as Office requires, when the script loads.
});

Office.actions.associate('insertFramework', insertFrameworkCommand);
Office.actions.associate('checkWorkbook', checkWorkbookCommand);
