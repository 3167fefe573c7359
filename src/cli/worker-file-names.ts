/**
 * File names for --split: one workbook per worker, named after the worker, safe on Windows, macOS and
 * Linux, and unique ignoring case (two "Sam Lee" rows give "Sam Lee.xlsx" and "Sam Lee (2).xlsx").
 */
const MAX_BASE = 100;
// Characters Windows forbids in file names, and control characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

export function workerFileNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = safeBase(name);
    for (let n = 1; ; n++) {
      const file = `${n === 1 ? base : `${base} (${n})`}.xlsx`;
      if (used.has(file.toLowerCase())) continue;
      used.add(file.toLowerCase());
      return file;
    }
  });
}

function safeBase(name: string): string {
  let base = name.replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim();
  // No leading dot (hidden) or dash (read as an option); no trailing dot or space (Windows drops them).
  base = base
    .replace(/^[.\-\s]+/, '')
    .slice(0, MAX_BASE)
    .replace(/[.\s]+$/, '');
  if (/[\ud800-\udbff]$/.test(base)) base = base.slice(0, -1);
  if (RESERVED.test(base)) base = `${base}_`;
  return base || 'Worker';
}
