/**
 * The team view's model: one record per worker, read from the role profile and KSF outline sheets the
 * toolkit made, and the team-wide counts the Team workbook and the task pane show. Dates are ISO
 * "YYYY-MM-DD" strings, months "YYYY-MM". Plain data only, so the pane can hold it without the readers.
 */

/** How a gateway stands at the last review, from the outline's "Gateway outcome". */
export type GatewayResult = 'met' | 'not yet met' | 'not reviewed';

/** Where a worker's review stands as of the chosen day. */
export type ReviewState = 'overdue' | 'due soon' | 'not due' | 'no review';

/** A role profile's self-assessment choices (SELF_ASSESSMENT), or "" when none is recorded. */
export type SelfAssessment = 'Competent' | 'Developing' | 'Needs support' | 'Not applicable' | '';

export interface DimensionLevel {
  /** "Core 1" … "Core 6", "HWB4", "G6". */
  code: string;
  /** The level the outline asks for at its second gateway; null when it cannot be read. */
  outline: number | null;
  /** The level demonstrated at the last review: 0 for "Not yet at Level 1"; null when not recorded. */
  demonstrated: number | null;
}

export interface NosAssessment {
  code: string;
  /** "Applies", "Optional", "Not applicable" as the role profile says. */
  status: string;
  selfAssessment: SelfAssessment;
}

export interface PdpAction {
  worker: string;
  nos: string;
  indicator: string;
  action: string;
  support: string;
  /** ISO date; null when none could be read. */
  target: string | null;
  /** "Not started", "In progress", "Achieved", or as typed. */
  progress: string;
  achieved: string | null;
  /** Not achieved and its target date is before the as-of day. */
  overdue: boolean;
}

export interface TeamMember {
  name: string;
  grade: string;
  setting: string;
  team: string;
  /** The file (or "this workbook") and the worker's sheets. */
  source: string;
  outlineSheet: string;
  /** "" when no paired role profile was found. */
  profileSheet: string;
  /** The handbook's model outline, or one derived from it for Foundation and Senior workers. */
  outline: 'model' | 'derived';
  lastReview: string | null;
  /** A year after the last review, unless the outline gives a "Next review" date. */
  nextReviewDue: string | null;
  review: ReviewState;
  foundationGateway: GatewayResult;
  secondGateway: GatewayResult;
  /** Both signatures and the date are recorded. */
  signed: boolean;
  /** The checker's findings on this worker's two sheets. */
  errors: number;
  warnings: number;
  dimensions: DimensionLevel[];
  /** Every NOS row of the role profile; empty when no profile was found. */
  nos: NosAssessment[];
  pdp: PdpAction[];
}

export type TeamNotIncludedKind = 'unreadable' | 'no-outline' | 'replaced';

export interface TeamNotIncluded {
  source: string;
  /** "" when it is about the whole file. */
  sheet: string;
  kind: TeamNotIncludedKind;
  reason: string;
}

/** One dimension across the team. */
export interface DimensionSummary {
  code: string;
  title: string;
  /** Workers whose outline holds this dimension. */
  workers: number;
  /** Demonstrated at or above the outline's level. */
  atOutlineLevel: number;
  belowOutlineLevel: number;
  notRecorded: number;
  /** Workers demonstrating each level: index 0 is "Not yet at Level 1", then Levels 1 to 4. */
  byLevel: number[];
}

/** One NOS across the team: how many workers assessed themselves each way. */
export interface NosSummary {
  code: string;
  title: string;
  /** Rank among the 18 most important NOS (Appendix E), or null. */
  rank: number | null;
  competent: number;
  developing: number;
  needsSupport: number;
  notApplicable: number;
  /** Workers whose profile lists the NOS with no self-assessment yet. */
  blank: number;
}

export interface NvqUnitRef {
  code: string;
  title: string;
  group: 'core' | 'optional' | 'additional';
}

/** A NOS where workers need support or are developing, with what covers it. */
export interface TrainingNeed {
  code: string;
  title: string;
  rank: number | null;
  needsSupport: string[];
  developing: string[];
  /** needsSupport + developing. */
  workers: number;
  /** The handbook's NVQ Level 3 units that cover this NOS; empty when none does. */
  nvqUnits: NvqUnitRef[];
  /** The core tasks (Appendix B) the NOS serves. */
  coreTasks: string[];
}

export interface ReviewsDueMonth {
  /** "YYYY-MM". */
  month: string;
  due: number;
}

export interface TeamTotals {
  workers: number;
  reviewsOverdue: number;
  reviewsDueSoon: number;
  noReview: number;
  foundationMet: number;
  secondMet: number;
  signed: number;
  unsigned: number;
  errors: number;
  warnings: number;
  pdpActions: number;
  pdpOverdue: number;
}

export interface Team {
  /** "Today" for due and overdue, ISO. */
  asOf: string;
  /** The team kept by --team, or null for everyone. */
  team: string | null;
  /** Sorted by team, then name. */
  members: TeamMember[];
  /** Workers left out because they belong to another team than the one asked for. */
  otherTeams: number;
  /** Every team named on the outlines read, before `team` kept one ("" for outlines naming none). */
  teams: string[];
  totals: TeamTotals;
  dimensions: DimensionSummary[];
  nos: NosSummary[];
  /** Reviews due in each of the 12 months from the as-of month (overdue ones not included). */
  reviewsDue: ReviewsDueMonth[];
  /** Every PDP action of every worker, by worker then target date. */
  pdp: PdpAction[];
  /** Most needed first. */
  trainingNeeds: TrainingNeed[];
  notIncluded: TeamNotIncluded[];
}
