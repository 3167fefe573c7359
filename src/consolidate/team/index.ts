/** The team view: read workers' outlines and profiles into one team picture (see collect-team.ts). */
export * from './types';
export { collectTeam, nameKey, TeamCollector } from './collect-team';
export type { TeamInput, TeamOptions } from './collect-team';
export { readTeamWorkbook } from './read-team-workbook';
export { summariseTeam } from './summarise';
export { DUE_SOON_MONTHS } from './review-dates';
