/**
 * What the Programme and Team views both say: after making their sheets, what was left out and what
 * happened to the charts; and after "Add charts". Free of the DOM and of Office so they are unit-tested with each view's words.
 */
import type { ChartsResult } from '../excel/charts';
import { counted } from '../words';
import type { Message } from './messages';

/** Where a workbook or sheet left out came from: “march.xlsx › 2008-03”. */
const whereFrom = (n: { source: string; sheet: string }) => (n.sheet ? `${n.source} › ${n.sheet}` : n.source);

/** The first five left out, with why; the rest counted. Nothing when nothing was left out. */
export function notIncludedLines(left: { source: string; sheet: string; reason: string }[]): string[] {
  if (left.length === 0) return [];
  const lines = [`${left.length} not included (listed on the “Not included” sheet):`];
  for (const n of left.slice(0, 5)) lines.push(`${whereFrom(n)}: ${n.reason}`);
  if (left.length > 5) lines.push(`…and ${left.length - 5} more.`);
  return lines;
}

export function chartLines(charts: ChartsResult): string[] {
  const lines: string[] = [];
  if (charts.added.length > 0) lines.push(`Added ${counted(charts.added.length, 'chart')}.`);
  lines.push(...charts.skipped);
  return lines;
}

export const ADDING_CHARTS: Message = {
  tone: 'info',
  title: 'Adding charts…',
  lines: ['Please keep this workbook open.'],
};

/** After "Add charts". */
export function chartsMessage(result: ChartsResult): Message {
  if (result.added.length === 0) return { tone: 'error', title: 'No charts were added', lines: result.skipped };
  return { tone: result.skipped.length ? 'warning' : 'success', title: 'Charts added', lines: chartLines(result) };
}
