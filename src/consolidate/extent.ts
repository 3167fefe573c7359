/**
 * How much a consolidation covers, in words. Its own module, with no value imports of the collector, so
 * the task pane can say it without loading the checker and framework data with its first script.
 */
import { monthName } from '../monthly/month';
import { counted } from '../words';
import type { Programme } from './programme';

/** “29 returns from 10 sites, March 2008 to May 2008”: the same words on the sheet, in the pane and on the command line. */
export function programmeExtent(programme: Programme): string {
  const { returns, months } = programme;
  const sites = new Set(programme.latest.map((r) => r.site)).size;
  const span =
    months.length === 0
      ? 'no months'
      : months.length === 1
        ? monthName(months[0])
        : `${monthName(months[0])} to ${monthName(months[months.length - 1])}`;
  return `${counted(returns.length, 'return')} from ${counted(sites, 'site')}, ${span}`;
}
