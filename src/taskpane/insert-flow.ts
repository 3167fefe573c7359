/**
 * The "Insert framework" conversation, free of the DOM and of Office so it can be unit-tested:
 * plan the insert, ask the user only when the workbook already holds sheets the toolkit made,
 * then apply their choice. Everything happens inside one `run` (Excel.run in the add-in), so
 * the plan the user answers about is the one that gets applied.
 */

/** What to do with sheets the toolkit made earlier: keep them and number the new ones, or replace them. */
export type InsertChoice = 'keep-both' | 'replace';

/** The user's answer to the clash question. */
export type Answer = InsertChoice | 'cancel';

/** Result of applying an insert (shape of applyFrameworkInsert in src/excel/insert-framework.ts). */
export interface InsertResult {
  sheets: string[];
  renamed: { from: string; to: string }[];
  replaced: string[];
}

export type InsertOutcome =
  { kind: 'inserted'; choice: InsertChoice; result: InsertResult } | { kind: 'cancelled'; clashes: string[] };

export interface InsertFlowSteps<Context, Plan extends { clashes: string[] }> {
  /** Runs the whole conversation in one batch context (Excel.run in the add-in). */
  run<T>(work: (context: Context) => Promise<T>): Promise<T>;
  plan(context: Context): Promise<Plan>;
  apply(context: Context, plan: Plan, choice: InsertChoice): Promise<InsertResult>;
  /** Asks what to do about these earlier toolkit sheets; resolves when the user answers. */
  ask(clashes: string[]): Promise<Answer>;
}

export function runInsertFlow<Context, Plan extends { clashes: string[] }>(
  steps: InsertFlowSteps<Context, Plan>,
): Promise<InsertOutcome> {
  return steps.run(async (context) => {
    const plan = await steps.plan(context);
    // Nothing to clash with: "keep-both" is the choice that never deletes anything.
    let choice: InsertChoice = 'keep-both';
    if (plan.clashes.length > 0) {
      const answer = await steps.ask([...plan.clashes]);
      if (answer === 'cancel') return { kind: 'cancelled', clashes: [...plan.clashes] };
      choice = answer;
    }
    const result = await steps.apply(context, plan, choice);
    return { kind: 'inserted', choice, result };
  });
}
