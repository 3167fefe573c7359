/** A 200-row staff list with the names that break naive sheet naming: long, alike, repeated, hostile. */
import { GRADES, SETTINGS, WorkerInput } from '../../src/roles/worker';

const AWKWARD = [
  'Alexandra Catherine Montgomery-Smithson', // 39 characters
  'Alexandra Catherine Montgomery-Smythers', // alike in the first 24
  'Alexandra Catherine Montgomery-Smithson', // a duplicate
  'alexandra catherine montgomery-smithson', // a duplicate ignoring case
  "Siobhán O'Neill-Ní Bhriain Mac Giolla Ph", // 40, apostrophes and accents
  "'Quoted at both ends'",
  "O'Brien'",
  '=HYPERLINK("http://example.com","click")',
  '=1+1',
  '+1',
  '-5',
  '@SUM(A1)',
  'Name/with\\slashes?*[and]:colons',
  'Jo 😀 Emoji 😀😀😀😀😀😀😀😀😀😀😀😀',
  'History',
  '   spaced   out   ',
  '1.10',
  'TRUE',
];

/** 200 workers: the awkward names first, then numbered long names that share their first 30 characters. */
export function awkwardStaff(): WorkerInput[] {
  const names = [...AWKWARD];
  for (let i = names.length; i < 200; i++) names.push(`Christopher Bartholomew Featherstonehaugh ${i}`);
  return names.map((name, i) => ({
    name,
    grade: GRADES[i % GRADES.length],
    setting: SETTINGS[i % SETTINGS.length],
    ...(i % 3 === 0 && { team: `Team ${i % 7}` }),
  }));
}

/** The same list as CSV text, as a spreadsheet program would save it. */
export function awkwardStaffCsv(): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = awkwardStaff().map((w) => [w.name, w.grade, w.setting, w.team ?? ''].map(quote).join(','));
  return ['Name,Grade,Setting,Team', ...rows].join('\r\n') + '\r\n';
}
