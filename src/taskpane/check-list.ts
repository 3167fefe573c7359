/**
 * The Check view's findings list and wording, free of the DOM and of Office so they are unit-tested:
 * findings grouped by sheet in the order the workbook shows them, and plain words for each outcome.
 */
import type { CheckedFinding } from '../check/results-sheet';
import { Severity, countBySeverity } from '../rules/types';
import { notFilledSentence } from '../words';
import { Message, errorMessage, listNames } from './messages';

export interface FindingItem {
  sheet: string;
  /** A1 address to go to; "" for a finding about the whole sheet. */
  cell: string;
  severity: Severity;
  /** What the list shows: “B12 · Error: Self rating 2 is not on this objective's scale (0, 1, 3)”. */
  text: string;
  /** For a warning the user accepted on the results sheet: their explanation. */
  accepted?: string;
}

export interface SheetGroup {
  sheet: string;
  errors: number;
  warnings: number;
  /** Notes: the sheet is a month not filled in yet. */
  notes: number;
  items: FindingItem[];
}

/** Sheets in the order of `sheetOrder` (the workbook's tab order); then any others as found. */
export function groupFindings(findings: CheckedFinding[], sheetOrder: string[] = []): SheetGroup[] {
  const groups = new Map<string, SheetGroup>();
  for (const f of findings) {
    let group = groups.get(f.sheet);
    if (!group) {
      group = { sheet: f.sheet, errors: 0, warnings: 0, notes: 0, items: [] };
      groups.set(f.sheet, group);
    }
    if (f.severity === 'error') group.errors++;
    else if (f.severity === 'note') group.notes++;
    else group.warnings++;
    group.items.push(findingItem(f));
  }
  const position = (sheet: string) => {
    const i = sheetOrder.indexOf(sheet);
    return i < 0 ? sheetOrder.length : i;
  };
  // Errors first within a sheet, so what must be fixed is at the top; the sort is stable otherwise.
  for (const group of groups.values()) group.items.sort((a, b) => rank(a) - rank(b));
  return [...groups.values()].sort((a, b) => position(a.sheet) - position(b.sheet));
}

function rank(item: FindingItem): number {
  if (item.severity === 'error') return 0;
  if (item.severity === 'note') return 3;
  return item.accepted ? 2 : 1;
}

function findingItem(f: CheckedFinding): FindingItem {
  const kind =
    f.severity === 'error' ? 'Error' : f.severity === 'note' ? 'Note' : f.explanation ? 'Accepted warning' : 'Warning';
  const where = f.cell || 'Whole sheet';
  return {
    sheet: f.sheet,
    cell: f.cell,
    severity: f.severity,
    text: `${where} · ${kind}: ${f.message}`,
    ...(f.severity === 'warning' && f.explanation ? { accepted: f.explanation } : {}),
  };
}

/** “2 errors and 1 warning” (open findings only; accepted warnings are counted apart), or “not filled in yet”. */
export function groupSummary(group: SheetGroup): string {
  const parts = [plural(group.errors, 'error'), plural(group.warnings, 'warning')].filter(Boolean);
  if (parts.length === 0 && group.notes > 0) return 'not filled in yet';
  return parts.join(' and ');
}

function plural(count: number, word: string): string {
  if (count === 0) return '';
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export const CHECKING: Message = {
  tone: 'info',
  title: 'Checking this workbook…',
  lines: ['The toolkit is reading the sheets it made and checking every rating. Please keep this workbook open.'],
};

export const CLEARING: Message = {
  tone: 'info',
  title: 'Clearing highlights…',
  lines: ['Please keep this workbook open.'],
};

/** What the adapter reports after a check (src/excel/check-workbook.ts). */
export interface CheckSummary {
  findings: CheckedFinding[];
  resultsSheet: string;
  highlighted: number;
  notHighlighted: { sheet: string; reason: string }[];
}

export function checkedMessage(result: CheckSummary): Message {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const open = result.findings.filter((f) => f.severity === 'warning' && !f.explanation).length;
  const accepted = result.findings.filter((f) => f.severity === 'warning' && f.explanation).length;
  const { notFilled } = countBySeverity(result.findings);
  const problems = result.findings.filter((f) => f.severity !== 'note');
  const sheets = new Set(problems.map((f) => f.sheet)).size;
  const lines: string[] = [];
  const unhighlighted = result.notHighlighted.map((n) => `“${n.sheet}”: ${n.reason}`);
  // Months not filled in yet are not problems: they are said once, and checked when something is typed in.
  const notFilledLine = notFilled > 0 ? [notFilledSentence(notFilled)] : [];
  if (problems.length === 0) {
    return {
      tone: 'success',
      title: 'No problems found',
      lines: [
        `Every check passed. The “${result.resultsSheet}” sheet records when this workbook was checked.`,
        ...notFilledLine,
      ],
    };
  }
  const counted = [plural(errors, 'error'), plural(open, 'warning'), accepted ? `${accepted} accepted` : '']
    .filter(Boolean)
    .join(', ');
  lines.push(
    `${counted} on ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}. They are listed above and on the “${result.resultsSheet}” sheet.`,
  );
  lines.push(...notFilledLine);
  if (result.highlighted > 0) lines.push('Cells with a finding are shaded until you choose Clear highlights.');
  if (unhighlighted.length > 0) lines.push(`Not shaded: ${unhighlighted.join('; ')}.`);
  if (errors > 0) lines.push('Choose a finding to go to its cell. Correct the errors, then check again.');
  else lines.push('To accept a warning, write why in the Explanation column of the results sheet, then check again.');
  return {
    tone: errors > 0 ? 'error' : 'warning',
    title: errors > 0 ? 'Problems found' : 'Warnings to look at',
    lines,
  };
}

export function clearedMessage(removed: number): Message {
  if (removed === 0)
    return { tone: 'info', title: 'Nothing to clear', lines: ['No cells were shaded by the toolkit’s check.'] };
  return {
    tone: 'success',
    title: 'Highlights cleared',
    lines: [
      `Removed the toolkit’s shading from ${removed} ${removed === 1 ? 'place' : 'places'}. Your own formatting was not changed.`,
    ],
  };
}

/** Going to a finding failed: usually its sheet was renamed or deleted since the check. */
export function goToFailedMessage(sheet: string, error: unknown): Message {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ItemNotFound')
    return {
      tone: 'error',
      title: 'That cell could not be shown',
      lines: [`The sheet ${listNames([sheet])} is not in the workbook any more. Check the workbook again.`],
    };
  return errorMessage(error, 'That cell could not be shown');
}
