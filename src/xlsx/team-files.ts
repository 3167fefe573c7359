/**
 * The team view from disk: each workbook is read safely in isolation (read-pool.ts) and only its workers'
 * records are kept, so a large organisation's outlines fit in little memory. A file that cannot be read is
 * listed as not included, with the reader's plain-words reason.
 */
import { TeamCollector, TeamOptions } from '../consolidate/team/collect-team';
import type { Team } from '../consolidate/team/types';
import { buildTeamWorkbook, teamStamp } from '../sheets/team-sheets';
import { modifiedTime } from './consolidate-files';
import { forEachWorkbook, ReadPoolOptions } from './read-pool';
import { writeWorkbookFile } from './write-workbook';

export interface TeamFilesOptions extends ReadPoolOptions, TeamOptions {
  onEach?: (file: string) => void;
}

export async function teamFromFiles(files: string[], options: TeamFilesOptions): Promise<Team> {
  const collector = new TeamCollector(options);
  await forEachWorkbook(files, options, (outcome) => {
    options.onEach?.(outcome.file);
    if (outcome.ok) collector.addWorkbook(outcome.file, outcome.grid, modifiedTime(outcome.file));
    else collector.addUnreadable(outcome.file, outcome.message);
  });
  return collector.result();
}

/** The team workbook, saying that charts come from the add-in; returns the backup's path when a file was replaced. */
export async function writeTeamFile(file: string, team: Team, now: Date, force: boolean): Promise<string | undefined> {
  return writeWorkbookFile(file, buildTeamWorkbook(team, { chartsNote: true, generated: now }), teamStamp(now), force);
}
