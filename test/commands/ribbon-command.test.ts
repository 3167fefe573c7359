/**
 * A ribbon button's event completes as soon as its work ends, never waiting for the user to close a
 * notice: Excel keeps the button busy until then and ends a function command after 5 minutes.
 */
import { ribbonCommand } from '../../src/commands/ribbon-command';
import { Message } from '../../src/taskpane/messages';

const notice: Message = { tone: 'success', title: 'Framework inserted', lines: ['Added 9 sheets.'] };

/** Records the order of events; the notice is "shown" and never closed, as if the user walked away. */
function host() {
  const order: string[] = [];
  const shown: Message[] = [];
  return {
    order,
    shown,
    event: { completed: () => order.push('completed') },
    showNotice: (message: Message) => {
      order.push('notice shown');
      shown.push(message);
    },
  };
}

test('a quiet success completes the event and shows nothing', async () => {
  const h = host();
  await ribbonCommand(async () => null, 'The framework was not inserted', h.showNotice)(h.event);
  expect(h.order).toEqual(['completed']);
});

test('with something to say, the event completes first, without waiting for the notice to be closed', async () => {
  const h = host();
  await ribbonCommand(async () => notice, 'The framework was not inserted', h.showNotice)(h.event);
  expect(h.order).toEqual(['completed', 'notice shown']);
  expect(h.shown).toEqual([notice]);
});

test('a failure completes the event once and shows what went wrong', async () => {
  const h = host();
  const failing = async (): Promise<Message | null> => {
    throw Object.assign(new Error('The workbook is read-only.'), { code: 'AccessDenied' });
  };
  await ribbonCommand(failing, 'The framework was not inserted', h.showNotice)(h.event);
  expect(h.order).toEqual(['completed', 'notice shown']);
  expect(h.shown[0]).toMatchObject({ tone: 'error', title: 'The framework was not inserted' });
  expect(h.shown[0].lines.join(' ')).toMatch(/Protect Workbook/);
});

test('the event completes while the work is still the only thing that waited (no timer, no dialog)', async () => {
  const h = host();
  let finish!: (m: Message | null) => void;
  const running = ribbonCommand(() => new Promise((resolve) => (finish = resolve)), 'x', h.showNotice)(h.event);
  await Promise.resolve();
  expect(h.order).toEqual([]);
  finish(notice);
  await running;
  expect(h.order).toEqual(['completed', 'notice shown']);
});
