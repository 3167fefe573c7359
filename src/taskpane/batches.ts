/**
 * Long work in batches, for adapters that write many sheets or people: run one batch at a time,
 * report progress after each, and stop between batches when the user cancels. A batch that has
 * started always finishes, because Excel cannot undo half a batch. No DOM, no Office.
 */

/** What a view's job hands to an adapter that loops over batches (see Job in views/view.ts). */
export interface BatchControl {
  /** Aborted when the user presses Cancel. */
  readonly signal?: AbortSignal;
  /** Called with 0 before the first batch, then after each batch finishes. */
  progress?(done: number, total: number): void;
}

export interface BatchOutcome<R> {
  /** Results of the batches that finished, in order. */
  results: R[];
  /** True when the user cancelled before every batch had run. */
  cancelled: boolean;
}

export async function runBatches<R>(
  batches: readonly (() => Promise<R>)[],
  control: BatchControl = {},
): Promise<BatchOutcome<R>> {
  const results: R[] = [];
  control.progress?.(0, batches.length);
  for (const batch of batches) {
    if (control.signal?.aborted) return { results, cancelled: true };
    results.push(await batch());
    control.progress?.(results.length, batches.length);
  }
  return { results, cancelled: false };
}
