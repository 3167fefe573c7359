import { FakeExcel } from '../fakes/fake-excel';
import { ExcelBatch, ExcelRunner, ExcelTimeoutError, createExcelRunner } from '../../src/taskpane/excel-runner';
import { officeJsContext } from '../fakes/office-js-host';

const TIMEOUT = 40;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A batch that adds one sheet in one sync, as the adapters do. */
const addSheet =
  (name: string): ExcelBatch<string> =>
  async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
    return name;
  };

function runnerFor(fake: FakeExcel, timeout = TIMEOUT): ExcelRunner {
  // One context per fake, so a later run reuses the context of a timed-out one.
  return createExcelRunner((batch) => batch(officeJsContext(fake)), timeout);
}

describe('createExcelRunner', () => {
  test('passes results and Office errors through unchanged', async () => {
    const fake = new FakeExcel();
    const run = runnerFor(fake);
    await expect(run(addSheet('A'))).resolves.toBe('A');
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'A']);

    const failing = new FakeExcel({ failOnSync: 1 });
    await expect(runnerFor(failing)(addSheet('B'))).rejects.toMatchObject({ code: 'GeneralException' });
  });

  test('a sync that never answers times out with ExcelTimeoutError', async () => {
    const fake = new FakeExcel({ failOnSync: 1, failMode: 'hang' });
    const started = Date.now();
    const outcome = runnerFor(fake)(addSheet('A'));
    await expect(outcome).rejects.toBeInstanceOf(ExcelTimeoutError);
    await expect(outcome).rejects.toMatchObject({ name: 'ExcelTimeoutError', seconds: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT - 5);
    expect(fake.syncCount).toBe(1);
  });

  test('the timeout is given in whole seconds for the message', async () => {
    const fake = new FakeExcel({ failOnSync: 1, failMode: 'hang' });
    jest.useFakeTimers();
    try {
      const outcome = runnerFor(fake, 60_000)(addSheet('A'));
      outcome.catch(() => undefined);
      await jest.advanceTimersByTimeAsync(59_999);
      await jest.advanceTimersByTimeAsync(1);
      await expect(outcome).rejects.toMatchObject({ seconds: 60, message: 'Excel did not respond within 60 seconds.' });
    } finally {
      jest.useRealTimers();
    }
  });

  test('time spent waiting for the user between syncs does not count', async () => {
    const fake = new FakeExcel();
    const result = await runnerFor(fake)(async (context) => {
      context.workbook.worksheets.add('A');
      await context.sync();
      await wait(TIMEOUT * 3); // the clash question is open
      context.workbook.worksheets.add('B');
      await context.sync();
      return 'done';
    });
    expect(result).toBe('done');
    expect(fake.syncCount).toBe(2);
  });

  test('each sync gets the full time, however many there are', async () => {
    const fake = new FakeExcel();
    const slowSync = fake.sync.bind(fake);
    fake.sync = async (bytes) => {
      await wait(TIMEOUT / 2);
      return slowSync(bytes);
    };
    const result = await runnerFor(fake)(async (context) => {
      // Several syncs in a row are the point here: 4 × half the timeout in all.
      // Office.js sends nothing for an empty batch: each sync adds a sheet.
      for (let i = 0; i < 4; i++) {
        context.workbook.worksheets.add(`S${i}`);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      return fake.syncCount;
    });
    expect(result).toBe(4);
  });

  test('after a timeout the batch cannot send anything more, even if Excel answers late', async () => {
    const fake = new FakeExcel();
    const realSync = fake.sync.bind(fake);
    fake.sync = async (bytes) => {
      await wait(TIMEOUT * 2); // Excel answers, but too late
      return realSync(bytes);
    };
    let later: Promise<unknown> = Promise.resolve();
    const outcome = runnerFor(fake)(async (context) => {
      context.workbook.worksheets.add('A');
      await context.sync();
      context.workbook.worksheets.add('B');
      later = context.sync();
      await later;
    });
    await expect(outcome).rejects.toBeInstanceOf(ExcelTimeoutError);
    await wait(TIMEOUT * 3);
    await expect(later).rejects.toBeInstanceOf(ExcelTimeoutError);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'A']);
  });

  test('times out when Excel never starts the batch, or never finishes the run', async () => {
    const neverStarts: ExcelRunner = () => new Promise(() => undefined);
    await expect(createExcelRunner(neverStarts, TIMEOUT)(addSheet('A'))).rejects.toBeInstanceOf(ExcelTimeoutError);

    const fake = new FakeExcel();
    const neverFinishes: ExcelRunner = (batch) =>
      batch(officeJsContext(fake)).then(() => new Promise<never>(() => undefined));
    await expect(createExcelRunner(neverFinishes, TIMEOUT)(addSheet('A'))).rejects.toBeInstanceOf(ExcelTimeoutError);
  });

  test('a run after a timed-out run on the same context works normally', async () => {
    const fake = new FakeExcel({ failOnSync: 1, failMode: 'hang' });
    const run = runnerFor(fake);
    await expect(run(addSheet('A'))).rejects.toBeInstanceOf(ExcelTimeoutError);
    await expect(run(addSheet('B'))).resolves.toBe('B');
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'B']);
  });

  test('a finished run leaves no timer behind', async () => {
    jest.useFakeTimers();
    try {
      await runnerFor(new FakeExcel(), 60_000)(addSheet('A'));
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
