/**
 * Sheet names for each worker's pair of sheets: "Role - <name>" and "KSF - <name>". Both sheets of a
 * pair share one label, so they sort together and read as a pair. Labels are cut to fit Excel's
 * 31 characters and numbered " (2)", " (3)" … in list order when two would clash (ignoring case, as
 * Excel does), so long similar names never collide and the same list always gives the same names.
 */
import { MAX_SHEET_NAME, validSheetName } from './sheet-names';

export const PROFILE_PREFIX = 'Role - ';
export const OUTLINE_PREFIX = 'KSF - ';
const LABEL_MAX = MAX_SHEET_NAME - Math.max(PROFILE_PREFIX.length, OUTLINE_PREFIX.length);

export interface PairNames {
  label: string;
  profile: string;
  outline: string;
}

/** One pair of names per worker, none of them in `taken` (existing sheets) nor used twice. */
export function planWorkerSheetNames(workerNames: string[], taken: Iterable<string> = []): PairNames[] {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  return workerNames.map((name) => {
    const base = fit(validSheetName(name, 'Worker'), LABEL_MAX);
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const label = fit(base, LABEL_MAX - suffix.length) + suffix;
      const pair = { label, profile: PROFILE_PREFIX + label, outline: OUTLINE_PREFIX + label };
      if (used.has(pair.profile.toLowerCase()) || used.has(pair.outline.toLowerCase())) continue;
      used.add(pair.profile.toLowerCase());
      used.add(pair.outline.toLowerCase());
      return pair;
    }
  });
}

/** At most `max` UTF-16 units, never half an emoji, no apostrophe or space at the end. */
function fit(text: string, max: number): string {
  let cut = text.length <= max ? text : text.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/['\s]+$/, '') || 'Worker';
}
