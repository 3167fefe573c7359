/**
 * "Clear highlights": removes every shade a check added (highlights.ts) and nothing else. Four round
 * trips, however many sheets: list the sheets, read each one's protection and formats, read which
 * formats are shades (again for each of up to two sheets Excel refuses to read), then remove.
 */
import { CheckError, excelSaid } from './check-error';
import {
  hostTellsPasswords,
  PASSWORD_REASON,
  planShades,
  queueShadeChange,
  queueShadeState,
  readShadeStates,
} from './highlights';

export interface ClearOptions {
  /**
   * The host has ExcelApiOnline 1.1, so it can tell which sheets have a password. Default: asked of
   * Office.js, exactly as Check does, so both treat a password-protected sheet the same way.
   */
  passwordInfo?: boolean;
}

export interface ClearResult {
  /** How many shades were removed. */
  removed: number;
  /** Sheets still shaded, and why, in plain words. */
  notCleared: { sheet: string; reason: string }[];
}

export async function clearCheckHighlights(
  context: Excel.RequestContext,
  options: ClearOptions = {},
): Promise<ClearResult> {
  const passwordInfo = options.passwordInfo ?? hostTellsPasswords();
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const reads = worksheets.items.map((sheet) => queueShadeState(sheet, passwordInfo));
  await context.sync();
  const states = await readShadeStates(
    context,
    reads.map((read) => read()),
  );
  const plan = planShades(states, new Map());
  const notCleared = plan.skipped.map(({ sheet, reason }) => ({ sheet, reason }));
  const changes = [...plan.sure, ...plan.unsure];
  if (changes.length === 0) return { removed: 0, notCleared };
  // Sheets that may have a password go last: a refusal there cannot stop the other sheets.
  for (const change of changes) queueShadeChange(context, change);
  try {
    await context.sync();
  } catch (error) {
    const unsure = plan.unsure.map((c) => c.state.name);
    throw new CheckError(
      unsure.length > 0
        ? `Excel would not lift the protection of ${unsure.map((n) => `“${n}”`).join(', ')}, perhaps because of a password, so some ` +
            `shading may be left there. The other sheets were cleared. Unprotect those sheets (Review > Unprotect Sheet), ` +
            `then choose Clear highlights again. ${excelSaid(error)}`
        : `Excel stopped part-way through removing the shading, so some may be left. Choose Clear highlights again. ${excelSaid(error)}`,
      error,
    );
  }
  return { removed: changes.reduce((n, c) => n + c.remove.length, 0), notCleared };
}

/** For the task pane: how many shades were removed; an error when some could not be. */
export async function clearHighlights(context: Excel.RequestContext, options: ClearOptions = {}): Promise<number> {
  const { removed, notCleared } = await clearCheckHighlights(context, options);
  if (notCleared.length > 0) {
    const unprotect = notCleared.some((n) => n.reason === PASSWORD_REASON)
      ? ' Unprotect it (Review > Unprotect Sheet), then choose Clear highlights again.'
      : '';
    throw new CheckError(
      `Removed ${removed} ${removed === 1 ? 'shade' : 'shades'}, but not on ${notCleared
        .map((n) => `“${n.sheet}” (${n.reason})`)
        .join(', ')}.${unprotect}`,
      null,
    );
  }
  return removed;
}
