/**
 * Carries explanations from the previous "Check results" sheet into a new check, so an accepted
 * warning shows as accepted instead of coming back. Findings match on rule, sheet and cell.
 */
import { GridSheet } from '../grid/grid';
import { gridRows } from './documents';
import { CheckedFinding, RESULTS_HEADER } from './results-sheet';
import { Finding } from '../rules/types';

const key = (ruleId: string, sheet: string, cell: string) => `${ruleId}\u0000${sheet}\u0000${cell}`;

/** Explanations written on a previous results sheet, by finding. */
export function readExplanations(previous: GridSheet | undefined): Map<string, string> {
  const explanations = new Map<string, string>();
  if (!previous) return explanations;
  const rows = gridRows(previous);
  const header = rows.findIndex(
    (row) => String(row[0] ?? '') === RESULTS_HEADER[0] && String(row[1] ?? '') === RESULTS_HEADER[1],
  );
  if (header < 0) return explanations;
  // Columns by their headings: results sheets made before the "Rule id" column hold the id under "Rule".
  const headings = rows[header].map((h) => String(h ?? ''));
  const column = (heading: string) => headings.indexOf(heading);
  const id = column('Rule id') >= 0 ? column('Rule id') : column('Rule');
  const [sheet, cellColumn, explained] = [column('Sheet'), column('Cell'), column('Explanation (warnings only)')];
  for (const row of rows.slice(header + 1)) {
    const explanation = String(row[explained] ?? '').trim();
    const cell = String(row[cellColumn] ?? '');
    if (explanation)
      explanations.set(
        key(String(row[id] ?? ''), String(row[sheet] ?? ''), cell === '(sheet)' ? '' : cell),
        explanation,
      );
  }
  return explanations;
}

export function withExplanations(findings: Finding[], explanations: Map<string, string>): CheckedFinding[] {
  // Most checks have no earlier results sheet: nothing to look up.
  if (explanations.size === 0) return findings.map((f) => ({ ...f }));
  return findings.map((f) => {
    const explanation = explanations.get(key(f.ruleId, f.sheet, f.cell));
    return explanation ? { ...f, explanation } : { ...f };
  });
}
