/**
 * Collects a team's workers from many workbooks into the team view. Each workbook is read by
 * read-team-workbook.ts as it comes (so a large batch needs little memory); the same worker found twice
 * (an outline saved again after a later review, or kept in two files) counts once: the later review counts,
 * and the other is listed under "Not included", naming both. `team` keeps one team's workers.
 */
import { compareText } from '../resubmission';
import { readTeamWorkbook, WorkerRead } from './read-team-workbook';
import { summariseTeam } from './summarise';
import type { Team, TeamNotIncluded } from './types';
import { WorkbookGrid } from '../../grid/grid';
import { formatDate, parseIsoDate } from '../../grid/dates';
import { fileName } from '../../words';

export interface TeamOptions {
  /** "Today" for due and overdue, ISO "YYYY-MM-DD". */
  asOf: string;
  /** Keep only this team's workers (compared ignoring case and spaces); all when omitted. */
  team?: string;
}

/** A workbook read by a host, or the plain-words reason it could not be read. */
export type TeamInput =
  { source: string; grid: WorkbookGrid; modified?: number } | { source: string; unreadable: string };

export class TeamCollector {
  private readonly workers: WorkerRead[] = [];
  private readonly notIncluded: TeamNotIncluded[] = [];

  constructor(private readonly options: TeamOptions) {}

  addUnreadable(source: string, message: string): void {
    this.notIncluded.push({ source, sheet: '', kind: 'unreadable', reason: message });
  }

  /** `modified`: when the file was last saved, to tell two versions of a worker apart when the reviews do not. */
  addWorkbook(source: string, grid: WorkbookGrid, modified?: number): void {
    const read = readTeamWorkbook(source, grid, this.options.asOf, modified);
    this.workers.push(...read.workers);
    this.notIncluded.push(...read.notIncluded);
  }

  result(): Team {
    const { asOf } = this.options;
    const groups = new Map<string, WorkerRead[]>();
    for (const w of this.workers) {
      const k = nameKey(w.member.name);
      groups.set(k, [...(groups.get(k) ?? []), w]);
    }
    const notIncluded = [...this.notIncluded];
    const kept: WorkerRead[] = [];
    for (const group of groups.values()) {
      const counted = group.reduce((best, w) => (compareVersions(w, best) > 0 ? w : best));
      kept.push(counted);
      for (const older of group.filter((w) => w !== counted)) notIncluded.push(replacedEntry(counted, older));
    }
    const wanted = this.options.team === undefined ? null : nameKey(this.options.team);
    const members = kept
      .map((w) => w.member)
      .filter((m) => wanted === null || nameKey(m.team) === wanted)
      .sort((a, b) => compareText(nameKey(a.team), nameKey(b.team)) || compareText(nameKey(a.name), nameKey(b.name)));
    // Files are read in parallel: order what is reported by where it came from, not by which read finished first.
    notIncluded.sort((a, b) => compareText(a.source, b.source) || compareText(a.sheet, b.sheet));
    return summariseTeam(members, {
      asOf,
      team: this.options.team ?? null,
      otherTeams: kept.length - members.length,
      teams: [...new Map(kept.map((w) => [nameKey(w.member.team), w.member.team])).values()].sort(compareText),
      notIncluded,
    });
  }
}

/** All at once, for inputs already in memory (Office.js, tests). */
export function collectTeam(inputs: TeamInput[], options: TeamOptions): Team {
  const collector = new TeamCollector(options);
  for (const input of inputs) {
    if ('grid' in input) collector.addWorkbook(input.source, input.grid, input.modified);
    else collector.addUnreadable(input.source, input.unreadable);
  }
  return collector.result();
}

/** Names compare ignoring case and runs of spaces: "Sam  Jones" and "sam jones" are one worker. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Positive when `a` is the later version: the later review, then the file saved later, then the later name. */
function compareVersions(a: WorkerRead, b: WorkerRead): number {
  const ra = a.member.lastReview ?? '';
  const rb = b.member.lastReview ?? '';
  if (ra !== rb) return compareText(ra, rb);
  if (a.modified !== undefined && b.modified !== undefined && a.modified !== b.modified) return a.modified - b.modified;
  return compareText(a.member.source, b.member.source) || a.position - b.position;
}

function replacedEntry(counted: WorkerRead, older: WorkerRead): TeamNotIncluded {
  const c = counted.member;
  const o = older.member;
  const because =
    (c.lastReview ?? '') !== (o.lastReview ?? '')
      ? `its review, on ${show(c.lastReview)}, is later than this one's, on ${show(o.lastReview)}`
      : counted.modified !== undefined && older.modified !== undefined && counted.modified !== older.modified
        ? 'its file was saved later'
        : c.source !== o.source
          ? 'neither date tells them apart, and its file name comes later'
          : 'it comes later in the workbook';
  return {
    source: o.source,
    sheet: o.outlineSheet,
    kind: 'replaced',
    reason: `The same worker again: ${c.name} is counted from ${fileName(c.source)}, sheet "${c.outlineSheet}" (${because}), not from this one.`,
  };
}

function show(iso: string | null): string {
  const d = iso ? parseIsoDate(iso) : null;
  return d ? formatDate(d) : 'none recorded';
}
