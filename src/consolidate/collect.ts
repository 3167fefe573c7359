/**
 * Collects many sites' monthly returns into one record per site and month. Every workbook goes through the
 * checker's own reader (so a return counts exactly as the checker reads it) and its rules (for the error and
 * warning counts). A month not filled in yet is not a return. Sites send the same workbook every month, so a
 * site and month often comes more than once: identical copies count once, and of two different versions the
 * newer counts (resubmission.ts). Nothing is dropped silently: a file that cannot be read, a sheet that is
 * not a monthly return, and a version replaced by a newer one are all kept, with the reason in plain words.
 * Pure: hosts read the workbooks, this only reads their grids.
 */
import { CHECKERS } from '../check/checkers';
import { checkWorkbook } from '../check/check-workbook';
import { findDocuments } from '../check/documents';
import { monthlyChecker } from '../check/monthly/checker';
import { MonthlyReturn, NumberRead, inputFields, validCount } from '../check/monthly/read-return';
import { RESULTS_SHEET } from '../check/results-sheet';
import { WorkbookGrid } from '../grid/grid';
import { MonthlyReportDefinition, NATIONAL_DEFINITION } from '../monthly/definition';
import { CalendarDate, Month, compareMonths, formatMonth } from '../monthly/month';
import { NOT_FILLED_RULE, countBySeverity } from '../rules/types';
import { notMadeHere } from './not-made-here';
import { Replacement, compareText, pickNewest } from './resubmission';
import { MONTHLY_DOCUMENT } from '../sheets/document-kinds';
import { siteKey } from '../monthly/site';

/** One site's return for one month, as numbers. Lists follow the definition's order. */
export interface SiteMonthReturn {
  site: string;
  month: Month;
  /** The file (or "this workbook") and sheet it came from. */
  source: string;
  sheet: string;
  /** In post, in recruitment, identified (definition.numbers.rows); null when not a whole number ≥ 0. */
  numbers: (number | null)[];
  /** Converted and new posts (definition.posts.rows). */
  posts: (number | null)[];
  /** Each service area (definition.serviceAreas.teams), then "Other". */
  areas: (number | null)[];
  otherAreaName: string;
  livedExperience: number | null;
  /** Each objective's self rating this month, in the order of definition.sections; null when none or off its scale. */
  ratings: (number | null)[];
  errors: number;
  warnings: number;
  /** The "Date submitted" typed on the form, when it reads as a date: the newer version of a return counts. */
  submitted: CalendarDate | null;
  /** When the file was last saved (ms since 1970), when the host knows it. */
  modified?: number;
  /** The sheet's place among the workbook's sheets (a later copy of a month within one workbook wins). */
  position: number;
  /** Everything typed on the form, as one string: two returns with the same content are copies. */
  content: string;
}

export type NotIncludedKind = 'unreadable' | 'not-a-return' | 'incomplete' | 'replaced';

export interface NotIncluded {
  source: string;
  /** "" when it is about the whole file. */
  sheet: string;
  kind: NotIncludedKind;
  reason: string;
}

export interface Collected {
  definition: MonthlyReportDefinition;
  /** Sorted by site, then month; one per site and month (the newest version). */
  returns: SiteMonthReturn[];
  notIncluded: NotIncluded[];
  /** Site-months given in more than one version: the one counted and those it replaced. */
  replaced: Replacement[];
  /** Copies of a return identical to the one counted (a site's workbook sent again with that month unchanged). */
  identicalCopies: number;
  /** Month sheets not filled in yet: not returns, so not counted anywhere. */
  notFilled: number;
}

export interface CollectOptions {
  /** For the checker's date rules (late returns). */
  today: Date;
}

/** A workbook read by a host, or the plain-words reason it could not be read. */
export type ReturnInput =
  { source: string; grid: WorkbookGrid; modified?: number } | { source: string; unreadable: string };

/** Feeds workbooks one at a time, keeping only their numbers, so a large batch needs little memory. */
export class ReturnCollector {
  private readonly found: SiteMonthReturn[] = [];
  private readonly notIncluded: NotIncluded[] = [];
  private notFilled = 0;
  private readonly definition = NATIONAL_DEFINITION;

  constructor(private readonly options: CollectOptions) {}

  addUnreadable(source: string, message: string): void {
    this.notIncluded.push({ source, sheet: '', kind: 'unreadable', reason: message });
  }

  /** `modified`: when the file was last saved, for telling the newer of two versions of a return. */
  addWorkbook(source: string, fullGrid: WorkbookGrid, modified?: number): void {
    // The checker's own results sheet and an earlier programme view are not returns.
    const grid = { ...fullGrid, sheets: fullGrid.sheets.filter((s) => s.name !== RESULTS_SHEET) };
    const templates = monthlyChecker.templates;
    const documents = findDocuments(grid, templates);
    const monthly = documents.stamped.filter((s) => s.stamp.document === MONTHLY_DOCUMENT);
    if (monthly.length === 0) {
      this.notIncluded.push({ source, sheet: '', kind: 'not-a-return', reason: noReturnReason(fullGrid) });
      return;
    }
    const findings = checkWorkbook(grid, CHECKERS, { previous: [], today: this.options.today });
    for (const problem of documents.findings) {
      const sheet = grid.sheets.find((s) => s.name === problem.sheet);
      // An empty sheet holds nothing that could have been a return.
      if (sheet && Object.keys(sheet.cells).length === 0) continue;
      this.notIncluded.push({ source, sheet: problem.sheet, kind: 'not-a-return', reason: problem.message });
    }
    for (const stamped of monthly) {
      const sheet = stamped.sheet.name;
      const read = monthlyChecker.read(stamped, { grid, previous: [], today: this.options.today });
      if ('findings' in read) {
        if (read.findings[0]?.ruleId === NOT_FILLED_RULE) this.notFilled++;
        else this.notIncluded.push({ source, sheet, kind: 'unreadable', reason: read.findings[0]?.message ?? '' });
        continue;
      }
      const own = countBySeverity(findings.filter((f) => f.sheet === sheet));
      const place = { source, modified, position: grid.sheets.indexOf(stamped.sheet) };
      const record = toRecord(read.model, place, own);
      if (typeof record === 'string') this.notIncluded.push({ source, sheet, kind: 'incomplete', reason: record });
      else this.found.push(record);
    }
  }

  result(): Collected {
    const groups = new Map<string, SiteMonthReturn[]>();
    for (const r of this.found) {
      const key = `${siteKey(r.site)}|${formatMonth(r.month)}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const returns: SiteMonthReturn[] = [];
    const replaced: Replacement[] = [];
    const notIncluded = [...this.notIncluded];
    let identicalCopies = 0;
    for (const group of groups.values()) {
      const picked = pickNewest(group);
      returns.push(picked.counted);
      identicalCopies += picked.copies;
      if (picked.replacement) {
        replaced.push(picked.replacement);
        notIncluded.push(...picked.notIncluded);
      }
    }
    returns.sort((a, b) => compareSites(a.site, b.site) || compareMonths(a.month, b.month));
    // Files are read in parallel: order what is reported by where it came from, not by which read finished first.
    notIncluded.sort((a, b) => compareText(a.source, b.source) || compareText(a.sheet, b.sheet));
    replaced.sort((a, b) => compareSites(a.site, b.site) || compareMonths(a.month, b.month));
    return {
      definition: this.definition,
      returns,
      notIncluded,
      replaced,
      identicalCopies,
      notFilled: this.notFilled,
    };
  }
}

/** All at once, for inputs already in memory (Office.js, tests). */
export function collectReturns(inputs: ReturnInput[], options: CollectOptions): Collected {
  const collector = new ReturnCollector(options);
  for (const input of inputs) {
    if ('grid' in input) collector.addWorkbook(input.source, input.grid, input.modified);
    else collector.addUnreadable(input.source, input.unreadable);
  }
  return collector.result();
}

export { siteKey };

function compareSites(a: string, b: string): number {
  return compareText(siteKey(a), siteKey(b));
}

function noReturnReason(grid: WorkbookGrid): string {
  return notMadeHere(grid, 'monthly report', "Make returns with the toolkit's monthly report, then consolidate again.");
}

/** The return as numbers, or why it cannot be placed (no site or month). */
function toRecord(
  model: MonthlyReturn,
  place: { source: string; modified?: number; position: number },
  counts: { errors: number; warnings: number },
): SiteMonthReturn | string {
  if (model.site.empty)
    return `Sheet "${model.sheet}" has no site name, so it cannot be placed. Type the site's name and consolidate again.`;
  const month = model.month.month;
  if (!month) return `Sheet "${model.sheet}" has no month that can be read, so it cannot be placed.`;
  const count = (f: NumberRead) => validCount(f);
  return {
    site: model.site.text.replace(/\s+/g, ' '),
    month,
    source: place.source,
    sheet: model.sheet,
    numbers: model.numbers.map(count),
    posts: model.posts.map(count),
    areas: [...model.areas, model.otherArea].map(count),
    otherAreaName: model.otherAreaName.text,
    livedExperience: count(model.livedExperience),
    ratings: model.objectives.map((o) => {
      const n = o.selfRating.number;
      return n !== null && o.objective.scale.some((level) => level.value === n) ? n : null;
    }),
    errors: counts.errors,
    warnings: counts.warnings,
    submitted: model.dateSubmitted.date,
    ...(place.modified !== undefined && { modified: place.modified }),
    position: place.position,
    content: JSON.stringify(inputFields(model).map((f) => f.shown)),
  };
}
