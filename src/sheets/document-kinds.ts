/**
 * The kinds of workbook the toolkit makes, as its stamp records them (stamp.ts). A module of their own, with
 * no imports, so the checker can name the worked-out kinds without loading the builders that make them
 * (which would import the checker back).
 */
export const MONTHLY_DOCUMENT = 'monthly-report';
export const PROGRAMME_DOCUMENT = 'programme-view';
export const TEAM_DOCUMENT = 'team-view';
export const RESULTS_DOCUMENT = 'check-results';
