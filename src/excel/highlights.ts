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
 */
import { Severity } from '../rules/types';
import { REQUEST_BUDGET } from './chunk-placement';

/** The rule of every toolkit shade. ISTEXT of a text is always TRUE; the text says who added it. */
export const HIGHLIGHT_MARK = '=ISTEXT("STR Toolkit check")';
/** Light red for errors and light amber for warnings, as the results sheet colours them. */
export const HIGHLIGHT_FILL: Record<Severity, string> = { error: '#F8D7DA', warning: '#FFF3CD' };

/** What one sheet holds that shading depends on, read before any change. */
export interface SheetShadeState {
  name: string;
  visible: boolean;
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
  /** True or false where the host can tell; undefined where it cannot (Excel before ExcelApiOnline 1.1). */
  password: boolean | undefined;
  /** Session ids of the toolkit's shades now on the sheet (ones the user deleted are simply absent). */
  shades: string[];
}

/**
 * Queues the reads for one sheet's state; call the returned function after the sync. `passwordInfo`:
 * the host has ExcelApiOnline 1.1 (Office.context.requirements.isSetSupported('ExcelApiOnline', '1.1')).
 */
export function queueShadeState(sheet: Excel.Worksheet, passwordInfo = false): () => SheetShadeState {
  sheet.load('name,visibility');
  const protection = sheet.protection.load(
    passwordInfo ? 'protected,options,isPasswordProtected' : 'protected,options',
  );
  const formats = sheet.getRange().conditionalFormats.load('items/id,items/type,items/customOrNullObject/rule/formula');
  return () => ({
    name: sheet.name,
    visible: sheet.visibility === 'Visible',
    protected: protection.protected,
    options: protection.options,
    password: !protection.protected ? false : passwordInfo ? protection.isPasswordProtected : undefined,
    shades: formats.items
      .filter((f) => f.type === 'Custom' && !f.customOrNullObject.isNullObject)
      .filter((f) => f.customOrNullObject.rule.formula === HIGHLIGHT_MARK)
      .map((f) => f.id),
  });
}

/** A cell to shade, with the worst severity found there. */
export interface Shade {
  cell: string;
  severity: Severity;
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

/** Works out what to change on each sheet: remove every old shade, then add `add` (by sheet name). */
export function planShades(states: SheetShadeState[], add: Map<string, Shade[]>): ShadePlan {
  const plan: ShadePlan = { sure: [], unsure: [], skipped: [] };
  for (const state of states) {
    const shades = add.get(state.name) ?? [];
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
