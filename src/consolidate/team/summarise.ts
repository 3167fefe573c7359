/**
 * The team-wide counts from the workers' records: totals for the summary, levels per dimension, self-
 * assessments per NOS, reviews due per month, every PDP action, and the training needs most needed first
 * with the NVQ units and core tasks behind them. Pure arithmetic on the records; nothing is read here.
 */
import { framework, nosTitle } from '../../framework';
import { coreTasksServed, nvqUnitsCovering } from '../../framework/nvq';
import { ksfDimension } from '../../framework';
import { ksfModelOutline } from '../../ksf';
import { nextTwelveMonths } from './review-dates';
import type {
  DimensionSummary,
  NosSummary,
  PdpAction,
  ReviewsDueMonth,
  Team,
  TeamMember,
  TeamTotals,
  TrainingNeed,
} from './types';

/** The team view from its members (sorted as they should be listed) and what was read around them. */
export function summariseTeam(
  members: TeamMember[],
  read: Pick<Team, 'asOf' | 'team' | 'otherTeams' | 'teams' | 'notIncluded'>,
): Team {
  const nos = nosSummaries(members);
  return {
    ...read,
    members,
    totals: teamTotals(members),
    dimensions: dimensionSummaries(members),
    nos,
    reviewsDue: reviewsDuePerMonth(members, read.asOf),
    pdp: allActions(members),
    trainingNeeds: trainingNeeds(members, nos),
  };
}

const key = (code: string) => code.replace(/\s+/g, '').toUpperCase();
const ranks = new Map(framework.mostImportantNos.map((m) => [key(m.code), m.rank]));

export function teamTotals(members: TeamMember[]): TeamTotals {
  const count = (test: (m: TeamMember) => boolean) => members.filter(test).length;
  const actions = members.flatMap((m) => m.pdp);
  return {
    workers: members.length,
    reviewsOverdue: count((m) => m.review === 'overdue'),
    reviewsDueSoon: count((m) => m.review === 'due soon'),
    noReview: count((m) => m.review === 'no review'),
    foundationMet: count((m) => m.foundationGateway === 'met'),
    secondMet: count((m) => m.secondGateway === 'met'),
    signed: count((m) => m.signed),
    unsigned: count((m) => m.lastReview !== null && !m.signed),
    errors: members.reduce((s, m) => s + m.errors, 0),
    warnings: members.reduce((s, m) => s + m.warnings, 0),
    pdpActions: actions.length,
    pdpOverdue: actions.filter((a) => a.overdue).length,
  };
}

/** The dimensions any worker's outline holds, in the model outline's order, then any others. */
export function dimensionSummaries(members: TeamMember[]): DimensionSummary[] {
  const order = ksfModelOutline.dimensions.map((d) => d.code);
  const codes = [...new Set(members.flatMap((m) => m.dimensions.map((d) => d.code)))].sort(
    (a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b),
  );
  return codes.map((code) => {
    const levels = members.flatMap((m) => m.dimensions.filter((d) => d.code === code));
    const recorded = levels.filter((d) => d.demonstrated !== null);
    const byLevel = [0, 1, 2, 3, 4].map((l) => recorded.filter((d) => d.demonstrated === l).length);
    const at = recorded.filter((d) => d.outline !== null && d.demonstrated! >= d.outline).length;
    return {
      code,
      title: ksfDimension(code)?.title ?? ksfModelOutline.dimensions.find((d) => d.code === code)?.title ?? code,
      workers: levels.length,
      atOutlineLevel: at,
      belowOutlineLevel: recorded.length - at,
      notRecorded: levels.length - recorded.length,
      byLevel,
    };
  });
}

/** Every NOS of the framework, then any added locally, with the team's self-assessments. */
export function nosSummaries(members: TeamMember[]): NosSummary[] {
  const codes = framework.nos.map((n) => n.code);
  const known = new Set(codes.map(key));
  for (const m of members)
    for (const n of m.nos)
      if (!known.has(key(n.code))) {
        known.add(key(n.code));
        codes.push(n.code);
      }
  return codes.map((code) => {
    const rows = members.flatMap((m) => m.nos.filter((n) => key(n.code) === key(code)));
    const count = (value: string) => rows.filter((r) => r.selfAssessment === value).length;
    return {
      code,
      title: nosTitle(code) ?? '',
      rank: ranks.get(key(code)) ?? null,
      competent: count('Competent'),
      developing: count('Developing'),
      needsSupport: count('Needs support'),
      notApplicable: count('Not applicable'),
      blank: rows.filter((r) => r.selfAssessment === '' && !/^not applicable$/i.test(r.status)).length,
    };
  });
}

/** Reviews falling due in each of the 12 months from the as-of month; overdue ones are counted apart. */
export function reviewsDuePerMonth(members: TeamMember[], asOf: string): ReviewsDueMonth[] {
  return nextTwelveMonths(asOf).map((month) => ({
    month,
    due: members.filter((m) => m.review !== 'overdue' && m.nextReviewDue?.slice(0, 7) === month).length,
  }));
}

/** Every action, by worker (in the members' order), then target date (none last). */
export function allActions(members: TeamMember[]): PdpAction[] {
  return members.flatMap((m) => [...m.pdp].sort((a, b) => (a.target ?? '9999').localeCompare(b.target ?? '9999')));
}

/**
 * NOS where anyone needs support or is developing: most workers needing support first, then most workers in
 * all, then the more important NOS (Appendix E rank), then the framework's order.
 */
export function trainingNeeds(members: TeamMember[], nos: NosSummary[]): TrainingNeed[] {
  const needs = nos
    .map((n, order) => {
      const who = (value: string) =>
        members
          .filter((m) => m.nos.some((x) => key(x.code) === key(n.code) && x.selfAssessment === value))
          .map((m) => m.name);
      const needsSupport = who('Needs support');
      const developing = who('Developing');
      return {
        order,
        need: {
          code: n.code,
          title: n.title,
          rank: n.rank,
          needsSupport,
          developing,
          workers: needsSupport.length + developing.length,
          nvqUnits: nvqUnitsCovering(n.code).map((u) => ({ code: u.code, title: u.title, group: u.group })),
          coreTasks: coreTasksServed(n.code),
        },
      };
    })
    .filter((x) => x.need.workers > 0);
  needs.sort(
    (a, b) =>
      b.need.needsSupport.length - a.need.needsSupport.length ||
      b.need.workers - a.need.workers ||
      (a.need.rank ?? 99) - (b.need.rank ?? 99) ||
      a.order - b.order,
  );
  return needs.map((x) => x.need);
}

function rank(order: string[], code: string): number {
  const i = order.indexOf(code);
  return i < 0 ? order.length : i;
}
