/**
 * The monthly site report as data: its wording, fields, objectives and rating scales. The national form is
 * templates/monthly-report.json (checked against the handbook's text by the tests); a locally adapted copy
 * is loaded and checked by validate-definition.ts.
 */
import national from '../../templates/monthly-report.json';

export interface Field {
  /** Letters and digits; part of the cell's defined name, e.g. "InPost" in Numbers_InPost. */
  id: string;
  label: string;
}

export interface ExplainedField extends Field {
  /** The form's bracketed explanation, e.g. "(Number actually employed and doing the job)". */
  explanation: string;
}

/** One rating. `text` is exactly as the form prints it, number included: "0 – Not achieved", "3 - Achieved", "0 –". */
export interface ScaleLevel {
  value: number;
  text: string;
}

export interface ObjectiveLabels {
  baseline: string;
  selfRating: string;
  pdsa: string;
  dateAchieved: string;
}

export interface Objective {
  statement: string;
  /** Lowest rating first. Not every scale has every number: some have no 2. */
  scale: ScaleLevel[];
  /** Where the form's words differ for this objective (the national form once prints "Date Achieved"). */
  labels?: Partial<ObjectiveLabels>;
}

export interface ReportSection {
  /** Two to four capital letters; objective fields are named after it: EO1_SelfRating. */
  id: string;
  title: string;
  objectives: Objective[];
}

export interface MonthlyReportDefinition {
  id: string;
  version: string;
  source: string;
  title: string[];
  dueIn: string;
  returnTo: string;
  instruction: string;
  header: { site: string; lead: string; month: string };
  numbers: { heading: string; rows: ExplainedField[]; total: ExplainedField };
  posts: { heading: string; rows: Field[] };
  serviceAreas: { question: string; teamHeading: string; numberHeading: string; teams: Field[]; other: Field };
  ratingScaleLabel: string;
  objectiveLabels: ObjectiveLabels;
  sections: ReportSection[];
  leadsReport: { heading: string; fields: Field[] };
}

/** The national form, as the handbook prints it. */
export const NATIONAL_DEFINITION: MonthlyReportDefinition = national;

/** An objective's labels, with its own wording where it has some. */
export function labelsFor(definition: MonthlyReportDefinition, objective: Objective): ObjectiveLabels {
  return { ...definition.objectiveLabels, ...objective.labels };
}

/** A rating's words without its number: "0 – Not achieved" → "Not achieved"; "0 –" → "". */
export function levelLabel(level: ScaleLevel): string {
  return level.text.replace(/^\d+\s*[–-]?\s*/, '');
}
