/**
 * A worker's role profile (Appendix E of the competence framework): every NOS of the framework with a
 * default saying whether it applies to this grade and setting, and why. The defaults are Appendix E's own
 * examples (2.2); everything else applies until the worker and manager agree otherwise.
 */
import { framework, nosByCode, nosTitle } from '../framework';
import { Framework, RelatedNos } from '../framework/types';
import { KsfLevel } from '../ksf/types';
import { LocalNosRow } from './local-rows';
import { GRADE_LABELS, SETTING_LABELS, WorkerInput } from './worker';

export type ProfileStatus = 'applies' | 'optional' | 'not-applicable';

export const STATUS_LABELS: Record<ProfileStatus, string> = {
  applies: 'Applies',
  optional: 'Optional',
  'not-applicable': 'Not applicable',
};

export interface ProfileEntry {
  /** "HSC35", or for a local row its own code or "Local 1", "Local 2", … */
  code: string;
  title: string;
  /** Framework section id ("1.1", "4") or "Local". */
  section: string;
  /** Rank among the 18 most important NOS (Appendix E 3.1), or null. */
  rank: number | null;
  status: ProfileStatus;
  /** Why the default is what it is; empty for a plain "Applies". */
  reason: string;
  /** Column three: NOS the worker may choose instead. */
  alternatives: RelatedNos[];
  /** Indicative KSF links (column four). */
  ksf: { dimension: string; level: KsfLevel }[];
  local: boolean;
  /** A cell note for the NOS cell, e.g. the HSC456 misprint. */
  note?: string;
}

export interface RoleProfile {
  worker: WorkerInput;
  entries: ProfileEntry[];
  /** The defaults in plain words, as the sheet states them. */
  rules: string[];
  edition: string;
}

/** Appendix E 2.2: "about the management of the STR service … only … the more senior STR workers". */
export const MANAGEMENT_NOS = ['HSC43', 'HSC444', 'HSC451', 'HSC446', 'HSC439'];
/** Appendix E 2.2 prints "HSC456" among them; the framework's NOS is HSC446 (Appendix B and D). */
export const MANAGEMENT_MISPRINT = { printed: 'HSC456', code: 'HSC446' };
/** Appendix E 2.2: "will probably not be applicable … in older people's mental health services". */
export const OLDER_PEOPLE_NA = ['HSC347', 'HSC348'];
/** Appendix E 2.2: "about substance misuse which some STR workers may not come into contact with". */
export const SUBSTANCE_MISUSE = ['HSC362', 'HSC365'];

const MISPRINT_NOTE =
  `Appendix E (2.2) lists the management NOS as HSC43, HSC444, HSC451, ${MANAGEMENT_MISPRINT.printed} and HSC439. ` +
  `"${MANAGEMENT_MISPRINT.printed}" is a misprint: the framework's NOS (Appendix B and D) is ` +
  `${MANAGEMENT_MISPRINT.code} ${nosTitle(MANAGEMENT_MISPRINT.code)}.`;

export function buildRoleProfile(
  worker: WorkerInput,
  localRows: LocalNosRow[] = [],
  data: Framework = framework,
): RoleProfile {
  const ranks = new Map(data.mostImportantNos.map((m) => [m.code, m.rank]));
  const entries: ProfileEntry[] = [];
  for (const row of data.rows) {
    for (const code of row.nos) {
      const { status, reason } = nationalDefault(code, worker);
      const entry: ProfileEntry = {
        code,
        title: nosByCode(code)?.title ?? code,
        section: row.sectionId,
        rank: ranks.get(code) ?? null,
        status,
        reason,
        alternatives: row.otherRelatedNos,
        ksf: row.ksf.map((k) => ({ dimension: k.dimension, level: k.level })),
        local: false,
      };
      if (code === MANAGEMENT_MISPRINT.code) entry.note = MISPRINT_NOTE;
      entries.push(entry);
    }
  }
  localRows.forEach((row, i) => {
    const code = row.code && !entries.some((e) => e.code === row.code) ? row.code : `Local ${i + 1}`;
    entries.push({
      code,
      title: row.title,
      section: 'Local',
      rank: null,
      status: 'optional',
      reason: 'Added locally to the Competence Framework (guidance 7.2): choose Applies if it is part of this role.',
      alternatives: [],
      ksf: row.ksf,
      local: true,
    });
  });
  return { worker, entries, rules: rules(worker, localRows.length), edition: data.edition };
}

function nationalDefault(code: string, worker: WorkerInput): { status: ProfileStatus; reason: string } {
  if (MANAGEMENT_NOS.includes(code)) {
    const misprint = code === MANAGEMENT_MISPRINT.code ? `, printed there as "${MANAGEMENT_MISPRINT.printed}"` : '';
    return worker.grade === 'senior'
      ? { status: 'applies', reason: `Management NOS: for senior STR workers (Appendix E 2.2${misprint}).` }
      : { status: 'not-applicable', reason: `Management NOS: senior STR workers only (Appendix E 2.2${misprint}).` };
  }
  if (OLDER_PEOPLE_NA.includes(code)) {
    return worker.setting === 'older-people'
      ? { status: 'not-applicable', reason: "Usually not applicable in older people's services (Appendix E 2.2)." }
      : { status: 'applies', reason: "Applies here; usually not in older people's services (Appendix E 2.2)." };
  }
  if (SUBSTANCE_MISUSE.includes(code)) {
    return {
      status: 'optional',
      reason: 'Substance misuse: optional, as some STR workers do not meet it (Appendix E 2.2).',
    };
  }
  if (nosByCode(code)?.draft) return { status: 'applies', reason: 'A draft NOS in development (Appendix E 3.1).' };
  return { status: 'applies', reason: '' };
}

function rules(worker: WorkerInput, localCount: number): string[] {
  const grade = GRADE_LABELS[worker.grade];
  const setting = SETTING_LABELS[worker.setting];
  const older = worker.setting === 'older-people';
  return [
    `Every NOS of the framework is listed. It applies unless one of these defaults from Appendix E (2.2) says otherwise; change any of them to fit the role (column "In this profile").`,
    `HSC347 and HSC348 (employment; learning, training and development) will probably not be applicable in older people's mental health services: ${older ? 'Not applicable' : 'Applies'} here, as the setting is ${setting}.`,
    'HSC362 and HSC365 are about substance misuse, which some STR workers do not meet: Optional.',
    `HSC43, HSC444, HSC451, HSC446 and HSC439 are about managing the STR service and typically apply only to senior STR workers with management responsibilities: ${worker.grade === 'senior' ? 'Applies' : 'Not applicable'} for ${grade} STR workers. Appendix E prints "${MANAGEMENT_MISPRINT.printed}": a misprint of ${MANAGEMENT_MISPRINT.code}, the NOS in Appendices B and D.`,
    '"Most important (rank)" marks with ★ and their rank the 18 NOS that STR workers ranked most important (Appendix E 3.1).',
    '"Use instead": column three of the framework offers other related NOS; choose one where it describes the work better (section 6.2).',
    localCount > 0
      ? `${localCount} row${localCount > 1 ? 's' : ''} added locally to the Competence Framework sheet (guidance 7.2) ${localCount > 1 ? 'are' : 'is'} listed at the end as Optional.`
      : 'Rows added locally to the Competence Framework sheet (guidance 7.2) are listed at the end as Optional; this workbook had none.',
  ];
}
