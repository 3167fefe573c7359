import { Answer, InsertChoice, InsertFlowSteps, InsertResult, runInsertFlow } from '../../src/taskpane/insert-flow';

interface FakePlan {
  clashes: string[];
  id: string;
}

const RESULT: InsertResult = { sheets: ['STR Framework'], renamed: [], replaced: [] };

/** Steps that record what happened, in order, inside a fake run. */
function fakeSteps(clashes: string[], answer?: Answer | (() => Promise<Answer>)) {
  const calls: string[] = [];
  const context = { name: 'context' };
  const plan: FakePlan = { clashes, id: 'plan-1' };
  let inRun = false;
  const steps: InsertFlowSteps<typeof context, FakePlan> = {
    async run(work) {
      calls.push('run:start');
      inRun = true;
      try {
        return await work(context);
      } finally {
        inRun = false;
        calls.push('run:end');
      }
    },
    async plan(ctx) {
      expect(ctx).toBe(context);
      expect(inRun).toBe(true);
      calls.push('plan');
      return plan;
    },
    async apply(ctx, applied, choice: InsertChoice) {
      expect(ctx).toBe(context);
      expect(applied).toBe(plan);
      expect(inRun).toBe(true);
      calls.push(`apply:${choice}`);
      return RESULT;
    },
    async ask(asked) {
      expect(inRun).toBe(true);
      calls.push(`ask:${asked.join('|')}`);
      if (typeof answer === 'function') return answer();
      if (!answer) throw new Error('ask should not have been called');
      return answer;
    },
  };
  return { steps, calls };
}

describe('runInsertFlow', () => {
  test('with nothing to clash with, inserts straight away without asking', async () => {
    const { steps, calls } = fakeSteps([]);
    await expect(runInsertFlow(steps)).resolves.toEqual({ kind: 'inserted', choice: 'keep-both', result: RESULT });
    expect(calls).toEqual(['run:start', 'plan', 'apply:keep-both', 'run:end']);
  });

  test.each<InsertChoice>(['replace', 'keep-both'])('asks about earlier sheets and applies "%s"', async (choice) => {
    const { steps, calls } = fakeSteps(['STR Framework', 'STR Framework Guide'], choice);
    await expect(runInsertFlow(steps)).resolves.toEqual({ kind: 'inserted', choice, result: RESULT });
    expect(calls).toEqual(['run:start', 'plan', 'ask:STR Framework|STR Framework Guide', `apply:${choice}`, 'run:end']);
  });

  test('cancel changes nothing', async () => {
    const { steps, calls } = fakeSteps(['STR Framework'], 'cancel');
    await expect(runInsertFlow(steps)).resolves.toEqual({ kind: 'cancelled', clashes: ['STR Framework'] });
    expect(calls).toEqual(['run:start', 'plan', 'ask:STR Framework', 'run:end']);
  });

  test('waits inside the same run for the user to answer', async () => {
    let answer!: (value: Answer) => void;
    const { steps, calls } = fakeSteps(['STR Framework'], () => new Promise<Answer>((resolve) => (answer = resolve)));
    const flow = runInsertFlow(steps);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual(['run:start', 'plan', 'ask:STR Framework']);
    answer('replace');
    await expect(flow).resolves.toMatchObject({ kind: 'inserted', choice: 'replace' });
    expect(calls[calls.length - 1]).toBe('run:end');
  });

  test('the question gets a copy of the clash list, so the plan cannot be changed through it', async () => {
    const { steps } = fakeSteps(['STR Framework'], 'cancel');
    const ask = steps.ask;
    steps.ask = async (clashes) => {
      clashes.push('tampered');
      return ask(clashes);
    };
    const outcome = await runInsertFlow(steps);
    expect(outcome).toEqual({ kind: 'cancelled', clashes: ['STR Framework'] });
  });

  test('errors from planning or applying reach the caller', async () => {
    const failing = fakeSteps([]);
    failing.steps.apply = async () => {
      throw new Error('Excel said no');
    };
    await expect(runInsertFlow(failing.steps)).rejects.toThrow('Excel said no');

    const planFails = fakeSteps([]);
    planFails.steps.plan = async () => {
      throw new Error('cannot read');
    };
    await expect(runInsertFlow(planFails.steps)).rejects.toThrow('cannot read');
  });
});
