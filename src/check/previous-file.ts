/**
 * `check --previous FILE` says what it compared: each return checked with the month before it that the
 * rules compared it with, and, for a previous file nothing was compared with, why not (another site's
 * return, no month before the ones checked, or no filled-in return at all). Sites match whatever their
 * case or spacing.
 */
import { WorkbookGrid } from '../grid/grid';
import { Month, addMonths, compareMonths, monthName } from '../monthly/month';
import { siteKey } from '../monthly/site';
import { Finding } from '../rules/types';
import { filledReturnsIn } from './monthly/checker';

export const PREVIOUS_NOT_COMPARED_RULE = 'check.previous-not-compared';

/** A return checked: its site and month. */
export interface CheckedReturn {
  site: string;
  month: Month;
}

const listed = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const distinct = (items: string[]) => [...new Map(items.map((i) => [siteKey(i), i])).values()];

/** Why nothing was compared with this previous file, in plain words. */
function whyNotCompared(grid: WorkbookGrid, checked: CheckedReturn[]): string {
  const held = filledReturnsIn(grid).map((m) => ({ site: m.site.text, month: m.month.month! }));
  if (held.length === 0) return 'it holds no filled-in monthly return';
  const checkedSites = distinct(checked.map((c) => c.site));
  const sameSite = held.filter((h) => checked.some((c) => siteKey(c.site) === siteKey(h.site)));
  if (sameSite.length === 0)
    return `it is for ${listed(distinct(held.map((h) => h.site)))}, not for ${listed(checkedSites) || 'the site checked'}`;
  const wanted = checked.map((c) => addMonths(c.month, -1));
  if (sameSite.some((h) => wanted.some((w) => compareMonths(w, h.month) === 0)))
    return 'the month before each return checked is in the workbook checked itself';
  const months = [...new Set(sameSite.map((h) => monthName(h.month)))];
  const before = [...new Set(wanted.map(monthName))];
  return `it holds ${listed(months)}, not the month before the return checked (${listed(before)})`;
}

/** A warning for a `--previous` file nothing was compared with, named by its file. */
export function previousNotComparedFinding(grid: WorkbookGrid, checked: CheckedReturn[]): Finding {
  return {
    ruleId: PREVIOUS_NOT_COMPARED_RULE,
    severity: 'warning',
    sheet: '',
    cell: '',
    message:
      checked.length === 0
        ? 'Nothing was compared with this previous file: no filled-in monthly return was checked.'
        : `Nothing was compared with this previous file: ${whyNotCompared(grid, checked)}.`,
    fix: "Give last month's return of the same site with --previous.",
  };
}
