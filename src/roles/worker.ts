/**
 * The worker a role profile and KSF outline are made for: name, grade and service setting, in the
 * handbook's words, with the spellings staff lists and the command line use mapped onto them.
 */

/** The handbook's three grades of STR worker ("Are there different grades of STR worker?"). */
export type Grade = 'foundation' | 'intermediate' | 'senior';

export type Setting =
  | 'community-mental-health-team'
  | 'crisis'
  | 'assertive-outreach'
  | 'in-patient'
  | 'early-intervention'
  | 'older-people'
  | 'child-and-adolescent';

export interface WorkerInput {
  name: string;
  grade: Grade;
  setting: Setting;
  team?: string;
}

export const GRADES: Grade[] = ['foundation', 'intermediate', 'senior'];

export const GRADE_LABELS: Record<Grade, string> = {
  foundation: 'Foundation',
  intermediate: 'Intermediate',
  senior: 'Senior',
};

export const SETTINGS: Setting[] = [
  'community-mental-health-team',
  'crisis',
  'assertive-outreach',
  'in-patient',
  'early-intervention',
  'older-people',
  'child-and-adolescent',
];

export const SETTING_LABELS: Record<Setting, string> = {
  'community-mental-health-team': 'Community mental health team',
  crisis: 'Crisis',
  'assertive-outreach': 'Assertive outreach',
  'in-patient': 'In-patient',
  'early-intervention': 'Early intervention',
  'older-people': "Older people's",
  'child-and-adolescent': 'Child and adolescent',
};

/** Other ways services write the settings; compared after `key()`. */
const SETTING_ALIASES: Record<string, Setting> = {
  cmht: 'community-mental-health-team',
  community: 'community-mental-health-team',
  'community mental health': 'community-mental-health-team',
  'crisis resolution': 'crisis',
  'crisis resolution and home treatment': 'crisis',
  'crisis team': 'crisis',
  'home treatment': 'crisis',
  crht: 'crisis',
  aot: 'assertive-outreach',
  'assertive outreach team': 'assertive-outreach',
  inpatient: 'in-patient',
  ward: 'in-patient',
  eip: 'early-intervention',
  'early intervention in psychosis': 'early-intervention',
  'older people': 'older-people',
  'older peoples': 'older-people',
  'older adults': 'older-people',
  'older peoples mental health': 'older-people',
  camhs: 'child-and-adolescent',
  'child and adolescent mental health': 'child-and-adolescent',
};

/** Lower case, punctuation and hyphens as spaces, apostrophes dropped: "Older People's" → "older peoples". */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function parseGrade(text: string): Grade | null {
  const k = key(text);
  return GRADES.find((g) => g === k || `${g} str worker` === k) ?? null;
}

export function parseSetting(text: string): Setting | null {
  const k = key(text);
  return SETTINGS.find((s) => key(s) === k || key(SETTING_LABELS[s]) === k) ?? SETTING_ALIASES[k] ?? null;
}

/** "Foundation, Intermediate or Senior", for messages. */
export function gradeChoices(): string {
  return orList(GRADES.map((g) => GRADE_LABELS[g]));
}

export function settingChoices(): string {
  return orList(SETTINGS.map((s) => SETTING_LABELS[s]));
}

function orList(items: string[]): string {
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
