/**
 * `team --json`: every number on the team workbook's sheets, as the sheets count them (the model itself,
 * with each action's status in the sheet's words), dates as "YYYY-MM-DD" and months as "YYYY-MM".
 */
import type { Team } from '../consolidate/team/types';
import { pdpStatus } from '../sheets/team-sheets';

export function teamJson(team: Team) {
  return {
    asOf: team.asOf,
    team: team.team,
    teams: team.teams,
    otherTeams: team.otherTeams,
    totals: team.totals,
    members: team.members,
    dimensions: team.dimensions,
    nos: team.nos,
    reviewsDue: team.reviewsDue,
    pdp: team.pdp.map((a) => ({ ...a, status: pdpStatus(a) })),
    trainingNeeds: team.trainingNeeds,
    notIncluded: team.notIncluded,
  };
}
