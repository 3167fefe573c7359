/**
 * The programme's numbers from the collected returns: totals per month, each site's latest return, service
 * area shares, how many sites are at each rating of each objective, and trends. Pure arithmetic; the sheets
 * show the same totals as formulas, and the tests hold the two to the same expected numbers.
 */
import { MonthlyReportDefinition, Objective } from '../monthly/definition';
import { objectiveKey } from '../monthly/fields';
import { Month, compareMonths } from '../monthly/month';
import { Collected, NotIncluded, SiteMonthReturn, siteKey } from './collect';
import { Replacement } from './resubmission';

export interface ObjectiveInfo {
  /** "EO1". */
  key: string;
  sectionId: string;
  sectionTitle: string;
  statement: string;
  /** The top of its scale: the rating that means achieved. */
  achieved: number;
}

export interface MonthTotals {
  month: Month;
  /** Sites with a return this month. */
  sites: number;
  /** In post, in recruitment, identified. */
  numbers: number[];
  total: number;
  /** Converted, new. */
  posts: number[];
  livedExperience: number;
  /** Lived experience over workers in post; null with nobody in post. */
  livedExperienceShare: number | null;
  errors: number;
  warnings: number;
}

export interface AreaShare {
  id: string;
  label: string;
  workers: number;
  /** Of all workers in every area; null when no area has anyone. */
  share: number | null;
}

export interface ObjectiveSummary extends ObjectiveInfo {
  /** Sites at each rating of `ratings` (Programme.ratings). */
  counts: number[];
  unrated: number;
  /** Sites at `achieved` over all sites; null with no sites. */
  shareAchieved: number | null;
}

export interface TrendPoint {
  month: Month;
  sites: number;
  inPost: number;
  /** Average self rating per section (definition order); null when nobody rated that section. */
  sectionAverages: (number | null)[];
}

export interface Programme {
  definition: MonthlyReportDefinition;
  returns: SiteMonthReturn[];
  /** Each site's latest return, by site: what "this month" means for areas and objectives. */
  latest: SiteMonthReturn[];
  months: Month[];
  /** Every rating any objective's scale has, lowest first (0, 1, 2, 3). */
  ratings: number[];
  objectives: ObjectiveInfo[];
  monthTotals: MonthTotals[];
  areas: AreaShare[];
  objectiveSummaries: ObjectiveSummary[];
  trends: TrendPoint[];
  notIncluded: NotIncluded[];
  /** Site-months given in more than one version, and which version counted. */
  replaced: Replacement[];
  /** Copies identical to a return counted, so counted once. */
  identicalCopies: number;
  /** Month sheets not filled in yet, so not counted. */
  notFilled: number;
}

const sum = (values: (number | null)[]) => values.reduce((a: number, v) => a + (v ?? 0), 0);

/** Index of "In post" among the definition's numbers. */
export function inPostIndex(definition: MonthlyReportDefinition): number {
  const index = definition.numbers.rows.findIndex((r) => r.id === 'InPost');
  return index < 0 ? 0 : index;
}

export function objectivesOf(definition: MonthlyReportDefinition): ObjectiveInfo[] {
  return definition.sections.flatMap((section) =>
    section.objectives.map((objective: Objective, i) => ({
      key: objectiveKey(section, i),
      sectionId: section.id,
      sectionTitle: section.title,
      statement: objective.statement,
      achieved: Math.max(...objective.scale.map((l) => l.value)),
    })),
  );
}

export function summariseProgramme(collected: Collected): Programme {
  const { definition, returns } = collected;
  const inPost = inPostIndex(definition);
  const objectives = objectivesOf(definition);
  const ratings = [
    ...new Set(definition.sections.flatMap((s) => s.objectives.flatMap((o) => o.scale.map((l) => l.value)))),
  ].sort((a, b) => a - b);
  const months = uniqueMonths(returns);
  const inMonth = (m: Month) => returns.filter((r) => compareMonths(r.month, m) === 0);

  const monthTotals = months.map((month): MonthTotals => {
    const rows = inMonth(month);
    const numbers = definition.numbers.rows.map((_, i) => sum(rows.map((r) => r.numbers[i])));
    const livedExperience = sum(rows.map((r) => r.livedExperience));
    return {
      month,
      sites: rows.length,
      numbers,
      total: sum(numbers),
      posts: definition.posts.rows.map((_, i) => sum(rows.map((r) => r.posts[i]))),
      livedExperience,
      livedExperienceShare: numbers[inPost] > 0 ? livedExperience / numbers[inPost] : null,
      errors: sum(rows.map((r) => r.errors)),
      warnings: sum(rows.map((r) => r.warnings)),
    };
  });

  const latest = latestPerSite(returns);
  const areaFields = [...definition.serviceAreas.teams, definition.serviceAreas.other];
  const areaWorkers = areaFields.map((_, i) => sum(latest.map((r) => r.areas[i])));
  const allAreas = sum(areaWorkers);
  const areas = areaFields.map((field, i) => ({
    id: field.id,
    label: field.label,
    workers: areaWorkers[i],
    share: allAreas > 0 ? areaWorkers[i] / allAreas : null,
  }));

  const objectiveSummaries = objectives.map((info, i): ObjectiveSummary => {
    const given = latest.map((r) => r.ratings[i]);
    return {
      ...info,
      counts: ratings.map((value) => given.filter((g) => g === value).length),
      unrated: given.filter((g) => g === null).length,
      shareAchieved: latest.length > 0 ? given.filter((g) => g === info.achieved).length / latest.length : null,
    };
  });

  const trends = months.map((month, m): TrendPoint => {
    const rows = inMonth(month);
    return {
      month,
      sites: rows.length,
      inPost: monthTotals[m].numbers[inPost],
      sectionAverages: definition.sections.map((section) => {
        const given = rows.flatMap((r) =>
          objectives.flatMap((o, i) => (o.sectionId === section.id && r.ratings[i] !== null ? [r.ratings[i]!] : [])),
        );
        return given.length > 0 ? sum(given) / given.length : null;
      }),
    };
  });

  return {
    definition,
    returns,
    latest,
    months,
    ratings,
    objectives,
    monthTotals,
    areas,
    objectiveSummaries,
    trends,
    notIncluded: collected.notIncluded,
    replaced: collected.replaced,
    identicalCopies: collected.identicalCopies,
    notFilled: collected.notFilled,
  };
}

function uniqueMonths(returns: SiteMonthReturn[]): Month[] {
  const months: Month[] = [];
  for (const r of returns) if (!months.some((m) => compareMonths(m, r.month) === 0)) months.push(r.month);
  return months.sort(compareMonths);
}

/** Returns are sorted by site, then month, so the last of each site is its latest. */
function latestPerSite(returns: SiteMonthReturn[]): SiteMonthReturn[] {
  const bySite = new Map<string, SiteMonthReturn>();
  for (const r of returns) {
    const known = bySite.get(siteKey(r.site));
    if (!known || compareMonths(r.month, known.month) > 0) bySite.set(siteKey(r.site), r);
  }
  return [...bySite.values()];
}
