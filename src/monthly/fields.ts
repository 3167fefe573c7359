/**
 * The defined names of the report's cells. Every month's sheet carries the same names (scoped to the sheet),
 * so a checker finds a field by name even after a user inserts rows, and a new month can copy from the last.
 */
import { MonthlyReportDefinition, ReportSection } from './definition';

export const HEADER_FIELDS = {
  site: 'Header_Site',
  lead: 'Header_Lead',
  month: 'Header_Month',
  dueDate: 'Header_DueDate',
} as const;

/** The toolkit's additions to the national form. */
export const ADDED_FIELDS = {
  steeringGroupMeeting: 'Added_SteeringGroupMeeting',
  livedExperience: 'Added_LivedExperience',
  livedExperienceShare: 'Added_LivedExperienceShare',
  dateSubmitted: 'Added_DateSubmitted',
} as const;

export const numberField = (id: string): string => `Numbers_${id}`;
export const postField = (id: string): string => `Posts_${id}`;
export const areaField = (id: string): string => `Area_${id}`;
/** The text cell beside "Other (please state)". */
export const areaNameField = (id: string): string => `Area_${id}Name`;
export const reportField = (id: string): string => `Report_${id}`;

/** "EO1" for the first objective of section EO. */
export function objectiveKey(section: ReportSection, index: number): string {
  return `${section.id}${index + 1}`;
}

export function objectiveFields(key: string): {
  baseline: string;
  selfRating: string;
  pdsa: string;
  dateAchieved: string;
} {
  return {
    baseline: `${key}_Baseline`,
    selfRating: `${key}_SelfRating`,
    pdsa: `${key}_PDSA`,
    dateAchieved: `${key}_DateAchieved`,
  };
}

/** Who the report is for: always copied into a new month. */
export const IDENTITY_FIELDS: string[] = [HEADER_FIELDS.site, HEADER_FIELDS.lead];

/**
 * What "carry forward" copies into a new month: each objective's baseline, last month's rating, PDSA number
 * and date achieved (they change only when something moves), and the steering group's first meeting date.
 * Counts, the leads' report and the submission date are the month's own and start empty.
 */
export function carriedFields(definition: MonthlyReportDefinition): string[] {
  const objectives = definition.sections.flatMap((section) =>
    section.objectives.map((_, i) => Object.values(objectiveFields(objectiveKey(section, i)))),
  );
  return [...objectives.flat(), ADDED_FIELDS.steeringGroupMeeting];
}
