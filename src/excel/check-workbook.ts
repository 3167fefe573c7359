/**
 * "Check this workbook" in Excel: the same checks as the command line (src/check/), over the open
 * workbook. Reading takes two round trips and one per part of about 4 MB of cells (read-grid.ts; one
 * part for most workbooks), and one more finds which of the custom formats are earlier shading
 * (highlights.ts; only when there are any, again for each of up to two sheets Excel refuses to read);
 * at most two write: the "Check results" sheet, then the shading
 * of the cells with findings. Re-checking replaces the earlier results sheet, keeps the explanations
 * written on it, and replaces old shading.
 */
import { readExplanations, withExplanations } from '../check/accepted';
import { checkWorkbook } from '../check/check-workbook';
import { CHECKERS } from '../check/checkers';
import { buildResultsSheet, CheckedFinding, RESULTS_SHEET } from '../check/results-sheet';
import { GridSheet } from '../grid/grid';
import { placeWorkbook } from '../sheets/placement';
import { parseRegistry, REGISTRY_SHEET, StampEntry } from '../sheets/stamp';
import { TOOLKIT_VERSION } from '../version';
import { CheckError, excelSaid } from './check-error';
import {
  hostTellsPasswords,
  limitShades,
  planShades,
  queueShadeChange,
  queueShadeState,
  readShadeStates,
  Shade,
  ShadeRead,
  ShadedSeverity,
  TOO_MANY_REASON,
} from './highlights';
import { readWorkbook } from './read-grid';
import { InsertError, writeInParts } from './insert-framework';
import { queueWorkbookState } from './workbook-state';
import { RESULTS_DOCUMENT } from '../sheets/document-kinds';

export { goToCell } from './go-to-cell';
export { clearHighlights, clearCheckHighlights } from './clear-highlights';

/** The registry's "Document" value of a results sheet, as the command line stamps it. */

export interface CheckOptions {
  /** The day the checks count from (late returns, overdue objectives). */
  today: Date;
  /** When the check ran, shown on the results sheet; default now. */
  now?: Date;
  /** The host has ExcelApiOnline 1.1, so it can tell which sheets have a password. Default: asked of Office.js. */
  passwordInfo?: boolean;
}

export interface ExcelCheckResult {
  findings: CheckedFinding[];
  /** The name of the results sheet written. */
  resultsSheet: string;
  /** How many cells were shaded. */
  highlighted: number;
  /** Sheets with findings whose cells were not shaded, and why, in plain words. */
  notHighlighted: { sheet: string; reason: string }[];
}

export const UNSURE_REASON =
  'it is protected, and Excel would not lift the protection of this or an earlier protected sheet (perhaps one has a password), so its cells may not be shaded';

export async function checkThisWorkbook(
  context: Excel.RequestContext,
  options: CheckOptions,
): Promise<ExcelCheckResult> {
  const readState = queueWorkbookState(context);
  const passwordInfo = options.passwordInfo ?? hostTellsPasswords();
  const shadeReads: (() => ShadeRead)[] = [];
  // Cells are read only where the checker looks: the toolkit's sheets, its registry and earlier results.
  // Other sheets are reported by name alone ("not made by the STR Toolkit"), whatever they hold.
  let toolkitSheets: Set<string> | undefined;
  const { grid } = await readWorkbook(context, {
    alongside: (sheet) => shadeReads.push(queueShadeState(sheet, passwordInfo)),
    cellsOf: (name) => {
      toolkitSheets ??= new Set(
        [REGISTRY_SHEET, RESULTS_SHEET, ...parseRegistry(readState().registry ?? []).map((e) => e.sheet)].map((n) =>
          n.toLowerCase(),
        ),
      );
      return toolkitSheets.has(name.toLowerCase());
    },
  });
  const state = readState();
  const registered = parseRegistry(state.registry ?? []);

  const results = resultsSheets(grid.sheets, registered);
  const made = madeResults(results, registered);
  // An unregistered "Check results" may be a results sheet whose registry row was lost: its explanations count.
  const previous = grid.sheets.find((s) => s.name === (made ?? (results.has(RESULTS_SHEET) ? RESULTS_SHEET : '')));
  const checked = { ...grid, sheets: grid.sheets.filter((s) => !results.has(s.name)) };
  const findings = withExplanations(
    checkWorkbook(checked, CHECKERS, { previous: [], today: options.today }),
    readExplanations(previous),
  );

  // Which custom formats are earlier shading: read before any change, so a refusal changes nothing.
  const shadeStates = await readShadeStates(
    context,
    shadeReads.map((read) => read()).filter((r) => !results.has(r.state.name)),
  );

  // Write 1: the results sheet, replacing the toolkit's earlier one (never a sheet the user made).
  const now = options.now ?? new Date();
  const stamp: Omit<StampEntry, 'sheet'> = {
    document: RESULTS_DOCUMENT,
    template: 'str-check-results',
    templateVersion: '1',
    toolkitVersion: TOOLKIT_VERSION,
    frameworkEdition: '',
    generated: now.toISOString(),
  };
  // Named as the toolkit's earlier results sheet, so placement replaces that one and no other.
  // Written like every other placement: one request per 4 MB, in bands of rows when there are thousands.
  const spec = buildResultsSheet(findings, now, made ?? RESULTS_SHEET);
  const placement = placeWorkbook({ sheets: [spec], names: [] }, state, stamp, registered, 'replace');
  const resultsSheet = placement.sheets[0].name;
  try {
    await writeInParts(context, placement, state);
  } catch (error) {
    const cause = error instanceof InsertError ? error.cause : error;
    throw new CheckError(
      `Excel stopped part-way through writing the “${resultsSheet}” sheet, and Excel does not undo a half-finished change. ` +
        (placement.deleteSheets.length > 0
          ? `The earlier results may still be there, renamed “${resultsSheet} (old)”. `
          : '') +
        `Delete any results sheet that looks incomplete, then check again. No cells were shaded. ${excelSaid(cause)}`,
      cause,
    );
  }

  // Write 2: shading. Old shades go everywhere; new ones on the sheets with open findings.
  const plan = planShades(shadeStates, shadesBySheet(findings));
  const notHighlighted = plan.skipped.filter((s) => s.shades > 0).map(({ sheet, reason }) => ({ sheet, reason }));
  const changes = [...plan.sure, ...plan.unsure];
  notHighlighted.push(...limitShades(changes).map((sheet) => ({ sheet, reason: TOO_MANY_REASON })));
  let highlighted = changes.reduce((n, c) => n + c.add.length, 0);
  if (changes.length > 0) {
    // Sheets that may have a password go last: a refusal there cannot stop the other sheets.
    for (const change of changes) queueShadeChange(context, change);
    try {
      await context.sync();
    } catch (error) {
      const unsure = plan.unsure.filter((c) => c.add.length > 0 || c.remove.length > 0);
      if (unsure.length === 0) {
        throw new CheckError(
          `The findings are on the “${resultsSheet}” sheet, but Excel stopped part-way through shading their cells, ` +
            `so some may be shaded and some not. Choose Clear highlights, then check again. ${excelSaid(error)}`,
          error,
        );
      }
      const unshaded = unsure.filter((c) => c.add.length > 0);
      highlighted -= unshaded.reduce((n, c) => n + c.add.length, 0);
      notHighlighted.push(...unshaded.map((c) => ({ sheet: c.state.name, reason: UNSURE_REASON })));
    }
  }
  return { findings, resultsSheet, highlighted, notHighlighted };
}

/** One results sheet is written in one request: refuse, before changing anything, one over the budget. */
function resultsSheets(sheets: GridSheet[], registered: StampEntry[]): Set<string> {
  const made = new Set(registered.filter((e) => e.document === RESULTS_DOCUMENT).map((e) => e.sheet.toLowerCase()));
  return new Set(sheets.filter((s) => s.name === RESULTS_SHEET || made.has(s.name.toLowerCase())).map((s) => s.name));
}

/** The results sheet the toolkit's last check wrote (the latest registered that is still there). */
function madeResults(results: Set<string>, registered: StampEntry[]): string | undefined {
  const present = new Map([...results].map((n) => [n.toLowerCase(), n]));
  const latest = [...registered]
    .reverse()
    .find((e) => e.document === RESULTS_DOCUMENT && present.has(e.sheet.toLowerCase()));
  return latest ? present.get(latest.sheet.toLowerCase()) : undefined;
}

const RANK: Record<ShadedSeverity, number> = { warning: 1, error: 2 };

/** One shade per cell with an open finding (errors, and warnings nobody has explained), the worst severity winning. */
export function shadesBySheet(findings: CheckedFinding[]): Map<string, Shade[]> {
  const bySheet = new Map<string, Map<string, ShadedSeverity>>();
  for (const f of findings) {
    if (!f.cell || f.severity === 'note' || (f.severity === 'warning' && f.explanation)) continue;
    const cells = bySheet.get(f.sheet) ?? new Map<string, ShadedSeverity>();
    bySheet.set(f.sheet, cells);
    const was = cells.get(f.cell);
    if (!was || RANK[f.severity] > RANK[was]) cells.set(f.cell, f.severity);
  }
  return new Map(
    [...bySheet].map(([sheet, cells]) => [sheet, [...cells].map(([cell, severity]) => ({ cell, severity }))]),
  );
}
