/**
 * Checkers for a worker's pair of generated sheets: the KSF outline (with its review and development plan)
 * and the role profile. Each reads its sheet, and the paired sheet where a rule needs it (the profile's
 * management NOS for the outline; the outline's development plan for the profile), then runs its rules.
 */
import { GridSheet } from '../../grid/grid';
import { MANAGEMENT_NOS } from '../../roles/role-profile';
import { Finding, Rule } from '../../rules/types';
import { DOCUMENTS, INDEX_SHEET } from '../../sheets/worker-workbook';
import { OUTLINE_PREFIX, PROFILE_PREFIX } from '../../sheets/worker-sheet-names';
import { CheckContext, DocumentChecker } from '../check-workbook';
import { StampedSheet } from '../documents';
import { isoDay, pairedSheet } from './grid-reader';
import { OutlineModel, readOutlineSheet } from './read-outline';
import { ProfileModel, readProfileSheet } from './read-profile';
import { coreDimensions } from './rules/core-dimensions';
import { gatewayIndicators } from './rules/gateway-indicators';
import { gatewayOrder } from './rules/gateway-order';
import { gatewayPassed } from './rules/gateway-passed';
import { levelDemonstrated } from './rules/level-demonstrated';
import { levelRange } from './rules/level-range';
import { managementG6 } from './rules/management-g6';
import { notYetMetPdp } from './rules/not-yet-met-pdp';
import { inProfile, nationalRows } from './rules/profile-common';
import { profileManagementNos } from './rules/profile-management-nos';
import { profileNeedsSupportPdp } from './rules/profile-needs-support-pdp';
import { profileOlderPeople } from './rules/profile-older-people';
import { profilePdpOverdue } from './rules/profile-pdp-overdue';
import { profileSelfAssessment } from './rules/profile-self-assessment';
import { reviewSigned } from './rules/review-signed';
import { reviewValue } from './rules/review-value';

export const KSF_OUTLINE_RULES: Rule<OutlineModel>[] = [
  coreDimensions,
  levelRange,
  gatewayOrder,
  gatewayIndicators,
  managementG6,
  levelDemonstrated,
  gatewayPassed,
  reviewSigned,
  reviewValue,
  notYetMetPdp,
];

export const ROLE_PROFILE_RULES: Rule<ProfileModel>[] = [
  profileManagementNos,
  profileOlderPeople,
  profileSelfAssessment,
  profileNeedsSupportPdp,
  profilePdpOverdue,
];

function unreadable(ruleId: string, sheet: string, what: string, problem: string): Finding {
  return {
    ruleId,
    severity: 'error',
    sheet,
    cell: '',
    message: `Sheet "${sheet}" could not be read as a ${what}: ${problem}.`,
    fix: `Generate a fresh ${what} with the STR Toolkit and copy the entries across.`,
  };
}

export const ksfOutlineChecker: DocumentChecker<OutlineModel> = {
  document: DOCUMENTS.outline.document,
  templates: { [DOCUMENTS.outline.template]: DOCUMENTS.outline.templateVersion },
  rules: KSF_OUTLINE_RULES,
  read(stamped: StampedSheet, context: CheckContext) {
    const read = readOutlineSheet(stamped.sheet);
    if (!read.ok) return { findings: [unreadable('ksf.unreadable', stamped.sheet.name, 'KSF outline', read.problem)] };
    const paired = pairedProfile(context, stamped.sheet.name, read.model.profileSheet);
    const profile = paired ? readProfileSheet(paired) : null;
    const profileManagementNos =
      profile && profile.ok
        ? nationalRows({ ...profile.model, pdp: null, today: '' })
            .filter((r) => MANAGEMENT_NOS.includes(r.code) && inProfile(r.status))
            .map((r) => ({ code: r.code, status: r.status || 'blank', sheet: profile.model.sheet, cell: r.statusCell }))
        : null;
    return { model: { ...read.model, profileManagementNos, today: isoDay(context.today) } };
  },
};

export const roleProfileChecker: DocumentChecker<ProfileModel> = {
  document: DOCUMENTS.profile.document,
  templates: { [DOCUMENTS.profile.template]: DOCUMENTS.profile.templateVersion },
  rules: ROLE_PROFILE_RULES,
  read(stamped: StampedSheet, context: CheckContext) {
    const read = readProfileSheet(stamped.sheet);
    if (!read.ok)
      return { findings: [unreadable('profile.unreadable', stamped.sheet.name, 'role profile', read.problem)] };
    const paired = pairedSheet(
      context.grid,
      stamped.sheet.name,
      read.model.outlineSheet,
      { own: PROFILE_PREFIX, other: OUTLINE_PREFIX },
      INDEX_SHEET,
    );
    const outline = paired ? readOutlineSheet(paired) : null;
    const pdp = outline && outline.ok ? { sheet: outline.model.sheet, rows: outline.model.pdp } : null;
    return { model: { ...read.model, pdp, today: isoDay(context.today) } };
  },
};

function pairedProfile(context: CheckContext, sheet: string, recorded: string): GridSheet | null {
  return pairedSheet(context.grid, sheet, recorded, { own: OUTLINE_PREFIX, other: PROFILE_PREFIX }, INDEX_SHEET);
}
