/**
 * Shades the cells a check found problems in, without touching the user's own formatting: each shade
 * is a conditional format (ExcelApi 1.6) whose rule is the toolkit's mark, a formula that is always
 * true and names the toolkit. A cell's own fill stays as it was underneath, and clearing deletes only
 * formats with that mark, so formats the user added are never removed. The mark is read back from the
 * workbook rather than remembered, because Excel's ids last only for the session.
 *
 * A protected sheet refuses format changes. One protected without a password is unprotected, changed and
 * protected again with the same options in one batch; one with a password is left alone and reported.
 * Only Excel on the web can say whether a sheet has a password (ExcelApiOnline 1.1); elsewhere such a
 * sheet is tried last, so a refusal cannot stop the other sheets' changes.
 *
 * Reading a rule back throws in Excel for some rules people make (two "Highlight Cells" rules on one
 * range, a duplicated rule: office-js issues #6827 and #6835), and a throw fails the whole request. So
 * the rules are read in a request of their own, each sheet's preceded by a trace naming it: when Excel
 * refuses, the error's trace says which sheet it stopped at, that sheet is left unshaded and reported,
 * and the others are read again.
 */
import { Severity } from '../rules/types';
import { REQUEST_BUDGET } from './chunk-placement';

/** The rule of every toolkit shade. ISTEXT of a text is always TRUE; the text says who added it. */
export const HIGHLIGHT_MARK = '=ISTEXT("STR Toolkit check")';
/** Light red for errors and light amber for warnings, as the results sheet colours them. */
/** Only problems are shaded: a note (a month not filled in yet) is about a whole sheet. */
export type ShadedSeverity = Exclude<Severity, 'note'>;

export const HIGHLIGHT_FILL: Record<ShadedSeverity, string> = { error: '#F8D7DA', warning: '#FFF3CD' };

/** What one sheet holds that shading depends on, read before any change. */
export interface SheetShadeState {
  name: string;
  visible: boolean;
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
  /** True or false where the host can tell; undefined where it cannot (Excel before ExcelApiOnline 1.1). */
  password: boolean | undefined;
  /**
   * Session ids of the toolkit's shades now on the sheet (ones the user deleted are simply absent); null
   * when Excel could not read the sheet's conditional formats, so the toolkit leaves its shading alone.
   */
  shades: string[] | null;
}

/** A sheet's state as the caller's sync read it; readShadeStates reads which custom formats are shades. */
export interface ShadeRead {
  state: Omit<SheetShadeState, 'shades'>;
  sheet: Excel.Worksheet;
  /** Ids of the sheet's custom conditional formats (the only kind a shade can be), rules not yet read. */
  custom: string[];
}

/**
 * Queues the reads for one sheet's state; call the returned function after the sync. `passwordInfo`:
 * the host has ExcelApiOnline 1.1 (see hostTellsPasswords). Only the formats' ids and types are read
 * here: those never throw, and the caller's other reads in this request are safe from a bad rule.
 */
export function queueShadeState(sheet: Excel.Worksheet, passwordInfo = false): () => ShadeRead {
  sheet.load('name,visibility');
  const protection = sheet.protection.load(
    passwordInfo ? 'protected,options,isPasswordProtected' : 'protected,options',
  );
  const formats = sheet.getRange().conditionalFormats.load('items/id,items/type');
  return () => ({
    state: {
      name: sheet.name,
      visible: sheet.visibility === 'Visible',
      protected: protection.protected,
      options: protection.options,
      password: !protection.protected ? false : passwordInfo ? protection.isPasswordProtected : undefined,
    },
    sheet,
    custom: formats.items.filter((f) => f.type === 'Custom').map((f) => f.id),
  });
}

/** Round trips readShadeStates may make: one, and one more for each of two sheets Excel refuses. */
export const MAX_RULE_READS = 3;
const TRACE = 'STR Toolkit shades: ';

/**
 * Reads which custom formats are the toolkit's shades: no round trip when no sheet has a custom format,
 * usually one. A sheet whose rules Excel will not read gets `shades: null`; after MAX_RULE_READS refusals,
 * so do the sheets not yet read. A failure that names no sheet (the connection, say) is thrown as is.
 */
export async function readShadeStates(context: Excel.RequestContext, reads: ShadeRead[]): Promise<SheetShadeState[]> {
  const found = new Map<string, string[] | null>();
  let pending = reads.filter((r) => r.custom.length > 0);
  for (let tries = 0; pending.length > 0; tries++) {
    if (tries === MAX_RULE_READS) {
      for (const r of pending) found.set(r.state.name, null);
      break;
    }
    const rules = pending.map((r) => {
      context.trace(TRACE + r.state.name);
      // Found again by id in this request: Excel does not let a range's formats from an earlier request be used.
      const formats = r.sheet.getRange().conditionalFormats;
      return r.custom.map((id) => ({ id, rule: formats.getItem(id).custom.rule.load('formula') }));
    });
    try {
      // A further round trip only after Excel refused one sheet's rules, and at most MAX_RULE_READS in all.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const refused = refusedSheet(error, pending);
      if (refused === undefined) throw error;
      found.set(refused, null);
      pending = pending.filter((r) => r.state.name !== refused);
      continue;
    }
    pending.forEach((r, i) =>
      found.set(
        r.state.name,
        rules[i].filter((f) => f.rule.formula === HIGHLIGHT_MARK).map((f) => f.id),
      ),
    );
    pending = [];
  }
  return reads.map((r) => ({ ...r.state, shades: found.has(r.state.name) ? found.get(r.state.name)! : [] }));
}

/** The sheet whose rules a failed request stopped at: the last trace Excel ran before the failure. */
function refusedSheet(error: unknown, pending: ShadeRead[]): string | undefined {
  const traces = (error as { traceMessages?: unknown } | null)?.traceMessages;
  const last = Array.isArray(traces) ? traces[traces.length - 1] : undefined;
  if (typeof last !== 'string' || !last.startsWith(TRACE)) return undefined;
  const name = last.slice(TRACE.length);
  return pending.some((r) => r.state.name === name) ? name : undefined;
}

/**
 * Whether this Excel can tell which sheets have a password (ExcelApiOnline 1.1, Excel on the web), so
 * Check and Clear treat password-protected sheets the same way. False where Office.js is not loaded.
 */
export function hostTellsPasswords(): boolean {
  return (
    typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApiOnline', '1.1') === true
  );
}

/** A cell to shade, with the worst severity found there. */
export interface Shade {
  cell: string;
  severity: ShadedSeverity;
}

/** The changes for one sheet: shades to remove (by id) and cells to shade. */
export interface SheetShadeChange {
  state: SheetShadeState;
  remove: string[];
  add: Shade[];
}

export interface ShadePlan {
  /** Sheets that can be changed safely, in the first part of the batch. */
  sure: SheetShadeChange[];
  /** Protected sheets whose password Excel cannot tell: tried last. */
  unsure: SheetShadeChange[];
  /** Sheets that cannot be changed, and why, in plain words. */
  skipped: { sheet: string; reason: string; shades: number }[];
}

export const PASSWORD_REASON = 'it is protected with a password, which the toolkit never removes';
export const HIDDEN_REASON = 'it is hidden';
export const UNREADABLE_REASON =
  'Excel could not read the conditional formatting on this sheet (this happens with some rules, such as a copied rule ' +
  'or two “Highlight Cells” rules on the same cells), so the toolkit left its shading there as it was. ' +
  'The findings are still listed. To fix it, delete the duplicated rule (Home > Conditional Formatting > Manage Rules), then try again';

/** Works out what to change on each sheet: remove every old shade, then add `add` (by sheet name). */
export function planShades(states: SheetShadeState[], add: Map<string, Shade[]>): ShadePlan {
  const plan: ShadePlan = { sure: [], unsure: [], skipped: [] };
  for (const state of states) {
    const shades = add.get(state.name) ?? [];
    if (state.shades === null) {
      plan.skipped.push({ sheet: state.name, reason: UNREADABLE_REASON, shades: shades.length });
      continue;
    }
    if (state.shades.length === 0 && shades.length === 0) continue;
    if (state.password === true) {
      plan.skipped.push({ sheet: state.name, reason: PASSWORD_REASON, shades: shades.length });
      continue;
    }
    const visibleShades = state.visible ? shades : [];
    if (!state.visible && shades.length > 0)
      plan.skipped.push({ sheet: state.name, reason: HIDDEN_REASON, shades: shades.length });
    const change = { state, remove: state.shades, add: visibleShades };
    if (change.remove.length === 0 && change.add.length === 0) continue;
    if (state.protected && state.password === undefined) plan.unsure.push(change);
    else plan.sure.push(change);
  }
  return plan;
}

/** Queues one sheet's changes: never a sync. A protected sheet is protected again as it was. */
export function queueShadeChange(context: Excel.RequestContext, change: SheetShadeChange): void {
  const sheet = context.workbook.worksheets.getItem(change.state.name);
  if (change.state.protected) sheet.protection.unprotect();
  // A navigation property, not a value: nothing to load before queuing on it.
  // eslint-disable-next-line office-addins/load-object-before-read
  const whole = sheet.getRange().conditionalFormats;
  for (const id of change.remove) whole.getItem(id).delete();
  for (const { cell, severity } of change.add) {
    const format = sheet.getRange(cell).conditionalFormats.add('Custom');
    format.custom.rule.formula = HIGHLIGHT_MARK;
    format.custom.format.fill.color = HIGHLIGHT_FILL[severity];
  }
  if (change.state.protected) sheet.protection.protect(change.state.options);
}

/**
 * Bytes one shade adds to a request body, rounded up: measured with Microsoft's library at about 1,390
 * (a range, its conditional formats, the new format, its rule and fill, with 6- and 7-digit ids).
 */
export const SHADE_BYTES = 1500;
/** Shades that fit one request within the same 4 MB budget as every other write (chunk-placement.ts). */
export const MAX_SHADES = Math.floor(REQUEST_BUDGET / SHADE_BYTES);

export const TOO_MANY_REASON = 'it has more findings than can be shaded at once, so only some of its cells are shaded';

/** Keeps the first `max` shades across the changes, in order; returns the sheets that lost some. */
export function limitShades(changes: SheetShadeChange[], max = MAX_SHADES): string[] {
  let left = max;
  const cut: string[] = [];
  for (const change of changes) {
    if (change.add.length > left) {
      change.add = change.add.slice(0, left);
      cut.push(change.state.name);
    }
    left -= change.add.length;
  }
  return cut;
}
