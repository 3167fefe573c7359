import { runBatches } from '../../src/taskpane/batches';

/** Batches that record when they start and end; each waits for `release(i)` when `gated`. */
function recorder(count: number, gated = false) {
  const log: string[] = [];
  const gates: (() => void)[] = [];
  const batches = Array.from({ length: count }, (_, i) => async () => {
    log.push(`start ${i + 1}`);
    if (gated) await new Promise<void>((resolve) => (gates[i] = resolve));
    log.push(`end ${i + 1}`);
    return i + 1;
  });
  const release = async (i: number) => {
    while (!gates[i]) await new Promise((resolve) => setImmediate(resolve));
    gates[i]();
  };
  return { log, batches, release };
}

describe('runBatches', () => {
  test('runs every batch in order and reports progress after each', async () => {
    const { log, batches } = recorder(3);
    const progress: string[] = [];
    const outcome = await runBatches(batches, { progress: (done, total) => progress.push(`${done}/${total}`) });
    expect(outcome).toEqual({ results: [1, 2, 3], cancelled: false });
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
  });

  test('Cancel during a batch lets that batch finish, then stops', async () => {
    const { log, batches, release } = recorder(4, true);
    const controller = new AbortController();
    const running = runBatches(batches, { signal: controller.signal });
    await release(0);
    while (!log.includes('start 2')) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await release(1);
    await expect(running).resolves.toEqual({ results: [1, 2], cancelled: true });
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  test('an already cancelled job runs nothing', async () => {
    const { log, batches } = recorder(2);
    const controller = new AbortController();
    controller.abort();
    await expect(runBatches(batches, { signal: controller.signal })).resolves.toEqual({ results: [], cancelled: true });
    expect(log).toEqual([]);
  });

  test('Cancel after the last batch has started is too late to stop anything: not cancelled', async () => {
    const { batches, release } = recorder(2, true);
    const controller = new AbortController();
    const running = runBatches(batches, { signal: controller.signal });
    await release(0);
    await release(1);
    controller.abort();
    await expect(running).resolves.toEqual({ results: [1, 2], cancelled: false });
  });

  test('a failing batch stops the run and its error reaches the caller', async () => {
    const ran: number[] = [];
    const progress: number[] = [];
    const batches = [1, 2, 3].map((n) => async () => {
      ran.push(n);
      if (n === 2) throw new Error('Excel said no');
      return n;
    });
    await expect(runBatches(batches, { progress: (done) => progress.push(done) })).rejects.toThrow('Excel said no');
    expect(ran).toEqual([1, 2]);
    expect(progress).toEqual([0, 1]);
  });

  test('no batches: nothing to do, not cancelled', async () => {
    await expect(runBatches([])).resolves.toEqual({ results: [], cancelled: false });
  });
});
