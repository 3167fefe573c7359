/**
 * Reads the workers of one workbook for the team view: every KSF outline the toolkit made (one worker a
 * workbook, or a staff list's many), with its paired role profile. The outline and profile are read by the
 * checker's own readers and checked by its own rules, so a worker's errors and warnings are exactly what
 * `check` says. What cannot be used is said, never dropped: a workbook with no outline, an outline that
 * cannot be read. Pure: hosts read the workbooks, this only reads their grids.
 */
import { checkWorkbook } from '../../check/check-workbook';
import { findDocuments } from '../../check/documents';
import { ksfOutlineChecker, roleProfileChecker } from '../../check/ksf/checker';
import { cellDate, pairedSheet, SheetReader } from '../../check/ksf/grid-reader';
import { OutlineModel, PdpRow, readOutlineSheet } from '../../check/ksf/read-outline';
import { ProfileModel, readProfileSheet } from '../../check/ksf/read-profile';
import { RESULTS_SHEET } from '../../check/results-sheet';
import { GridSheet, WorkbookGrid } from '../../grid/grid';
import { DERIVED_LABEL } from '../../roles/outline-plan';
import { GRADE_LABELS, SETTING_LABELS } from '../../roles/worker';
import { countBySeverity, Finding } from '../../rules/types';
import { NEXT_REVIEW_LABEL } from '../../sheets/ksf-outline-sheet';
import { SELF_ASSESSMENT } from '../../sheets/role-profile-sheet';
import { DOCUMENTS, INDEX_SHEET } from '../../sheets/worker-workbook';
import { OUTLINE_PREFIX, PROFILE_PREFIX } from '../../sheets/worker-sheet-names';
import { notMadeHere } from '../not-made-here';
import { localDay, nextReviewDue, reviewState } from './review-dates';
import type { GatewayResult, PdpAction, SelfAssessment, TeamMember, TeamNotIncluded } from './types';

/** A worker as read, with what tells two versions of the same worker apart. */
export interface WorkerRead {
  member: TeamMember;
  /** When the file was last saved (ms since 1970), when the host knows it. */
  modified?: number;
  /** The outline's place among the workbook's sheets. */
  position: number;
}

export interface WorkbookWorkers {
  workers: WorkerRead[];
  notIncluded: TeamNotIncluded[];
}

const CHECKERS = [ksfOutlineChecker, roleProfileChecker] as Parameters<typeof checkWorkbook>[1];
const TEMPLATES = { ...ksfOutlineChecker.templates, ...roleProfileChecker.templates };

/** Reads every worker of one workbook as of `asOf` (ISO), the day due and overdue are counted from. */
export function readTeamWorkbook(
  source: string,
  fullGrid: WorkbookGrid,
  asOf: string,
  modified?: number,
): WorkbookWorkers {
  // The checker's results sheet is not a worker's.
  const grid = { ...fullGrid, sheets: fullGrid.sheets.filter((s) => s.name !== RESULTS_SHEET) };
  const outlines = findDocuments(grid, TEMPLATES).stamped.filter(
    (s) => s.stamp.document === DOCUMENTS.outline.document,
  );
  if (outlines.length === 0) {
    return { workers: [], notIncluded: [{ source, sheet: '', kind: 'no-outline', reason: noOutlineReason(fullGrid) }] };
  }
  const findings = checkWorkbook(grid, CHECKERS, { previous: [], today: localDay(asOf) });
  const out: WorkbookWorkers = { workers: [], notIncluded: [] };
  for (const stamped of outlines) {
    const sheet = stamped.sheet;
    const read = readOutlineSheet(sheet);
    if (!read.ok) {
      out.notIncluded.push({
        source,
        sheet: sheet.name,
        kind: 'unreadable',
        reason: `Sheet "${sheet.name}" could not be read as a KSF outline: ${read.problem}. Make a fresh outline with the toolkit and copy the entries across.`,
      });
      continue;
    }
    const pairedGrid = pairedSheet(
      grid,
      sheet.name,
      read.model.profileSheet,
      { own: OUTLINE_PREFIX, other: PROFILE_PREFIX },
      INDEX_SHEET,
    );
    const profileRead = pairedGrid ? readProfileSheet(pairedGrid) : null;
    const profile = profileRead && profileRead.ok ? profileRead.model : null;
    const member = toMember(source, sheet, read.model, profile, asOf, findings);
    out.workers.push({ member, modified, position: grid.sheets.indexOf(sheet) });
  }
  return out;
}

function toMember(
  source: string,
  sheet: GridSheet,
  outline: Omit<OutlineModel, 'profileManagementNos' | 'today'>,
  profile: Omit<ProfileModel, 'pdp' | 'today'> | null,
  asOf: string,
  findings: Finding[],
): TeamMember {
  const header = headerFields(sheet);
  const name = clean(outline.worker) || clean(profile?.worker ?? '') || sheet.name.replace(OUTLINE_PREFIX, '');
  const lastReview = outline.reviewDate.value ?? outline.signatures.date.value;
  const next = nextReviewDue(lastReview, header.nextReview);
  const gateways = gatewayResults(outline.outcome.value);
  const { employee, manager, date } = outline.signatures;
  const own = countBySeverity(findings.filter((f) => f.sheet === sheet.name || (profile && f.sheet === profile.sheet)));
  return {
    name,
    grade: clean(outline.grade) || (profile?.grade.value ? GRADE_LABELS[profile.grade.value] : ''),
    setting: header.setting || (profile?.setting.value ? SETTING_LABELS[profile.setting.value] : ''),
    team: header.team,
    source,
    outlineSheet: sheet.name,
    profileSheet: profile?.sheet ?? '',
    outline: header.derived ? 'derived' : 'model',
    lastReview,
    nextReviewDue: next,
    review: reviewState(next, asOf),
    foundationGateway: gateways.foundation,
    secondGateway: gateways.second,
    signed: !!employee.value && !!manager.value && (date.value !== null || outline.reviewDate.value !== null),
    errors: own.errors,
    warnings: own.warnings,
    dimensions: (outline.glance ?? []).map((g) => ({
      code: g.code,
      outline: typeof g.second.level === 'number' ? g.second.level : null,
      demonstrated: demonstratedLevel(outline.outline?.find((d) => d.code === g.code)?.demonstrated ?? ''),
    })),
    nos: (profile?.rows ?? []).map((r) => ({
      code: r.code,
      status: r.status,
      selfAssessment: selfAssessment(r.selfAssessment),
    })),
    pdp: outline.pdp.map((p) => pdpAction(name, p, asOf)),
  };
}

/** The outline's own header: setting and team, whether it is derived, and the next review's date if it gives one. */
function headerFields(sheet: GridSheet): {
  setting: string;
  team: string;
  derived: boolean;
  nextReview: string | null;
} {
  const r = new SheetReader(sheet);
  const field = (label: string) => {
    const row = r.findRow(0, label);
    return row < 0 ? '' : clean(r.text(row, 1));
  };
  const next = r.findRow(1, NEXT_REVIEW_LABEL);
  return {
    setting: field('Service setting'),
    team: field('Team'),
    derived: r.findRow(0, DERIVED_LABEL) >= 0,
    nextReview: next < 0 ? null : cellDate(r.cell(next, 2)),
  };
}

/**
 * The outcome chosen on the outline. A second-gateway outcome means the foundation gateway was passed
 * before it (the checker's gateway rules hold the order).
 */
export function gatewayResults(outcome: string): { foundation: GatewayResult; second: GatewayResult } {
  const o = outcome.trim().toLowerCase();
  if (o === 'foundation gateway met') return { foundation: 'met', second: 'not reviewed' };
  if (o === 'foundation gateway not yet met') return { foundation: 'not yet met', second: 'not reviewed' };
  if (o === 'second gateway met') return { foundation: 'met', second: 'met' };
  if (o === 'second gateway not yet met') return { foundation: 'met', second: 'not yet met' };
  return { foundation: 'not reviewed', second: 'not reviewed' };
}

/** "Level 2" → 2, "Not yet at Level 1" → 0; null for blank or anything else. */
export function demonstratedLevel(text: string): number | null {
  if (/^not yet at level 1$/i.test(text.trim())) return 0;
  const m = /^level\s*([1-4])$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}

function selfAssessment(text: string): SelfAssessment {
  return (SELF_ASSESSMENT.find((s) => s.toLowerCase() === text.trim().toLowerCase()) ?? '') as SelfAssessment;
}

function pdpAction(worker: string, p: PdpRow, asOf: string): PdpAction {
  const achieved = /^achieved$/i.test(p.progress) || p.achieved.value !== null;
  return {
    worker,
    nos: p.nos,
    indicator: p.indicator,
    action: p.action,
    support: p.support,
    target: p.target.value,
    progress: p.progress,
    achieved: p.achieved.value,
    // As the checker's profile.pdp-overdue rule reads it.
    overdue: !achieved && p.target.value !== null && p.target.value < asOf,
  };
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function noOutlineReason(grid: WorkbookGrid): string {
  return notMadeHere(
    grid,
    'KSF outline',
    'Make outlines with the toolkit (KSF outlines in the task pane, or str-toolkit ksf-outline), then run the team view again.',
  );
}
