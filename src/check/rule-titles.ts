/**
 * A short plain-English title for every finding's rule, for the Rule column of the results sheet: users
 * read "Ratings on the scale", not "monthly.rating-on-scale". Each rule carries its own title; the ids
 * below are findings the checker makes without a rule (a file or sheet it could not read, a document
 * it does not know).
 */
import { Rule, NOT_FILLED_RULE } from '../rules/types';
import { KSF_OUTLINE_RULES, ROLE_PROFILE_RULES } from './ksf/checker';
import { UNREADABLE_RULE } from './monthly/checker';
import { MONTHLY_RULES } from './monthly/rules';
import { PREVIOUS_NOT_COMPARED_RULE } from './previous-file';

/** Titles of the findings no rule makes. `file.<problem>` ids share one title. */
export const OTHER_TITLES: Record<string, string> = {
  [NOT_FILLED_RULE]: 'Month not filled in yet',
  [UNREADABLE_RULE]: 'Monthly report unreadable',
  'ksf.unreadable': 'KSF outline unreadable',
  'profile.unreadable': 'Role profile unreadable',
  [PREVIOUS_NOT_COMPARED_RULE]: 'Not compared with last month',
  'document.unstamped': 'Not made by the toolkit',
  'document.newer-template': 'Made by a newer toolkit',
  'document.renamed': 'Sheet renamed',
  'document.labels-edited': 'Form wording changed',
  'document.changed-since-made': 'Changed since it was made',
  file: 'File could not be read',
};

/** Every rule the checkers run. */
export function allRules(): Rule<never>[] {
  return [...MONTHLY_RULES, ...KSF_OUTLINE_RULES, ...ROLE_PROFILE_RULES] as Rule<never>[];
}

let titles: Map<string, string> | undefined;

/** The title for a rule id; an id the toolkit does not know (from a newer version) is shown as it is. */
export function ruleTitle(ruleId: string): string {
  titles ??= new Map(allRules().map((rule) => [rule.id, rule.title]));
  return titles.get(ruleId) ?? OTHER_TITLES[ruleId] ?? OTHER_TITLES[ruleId.split('.')[0]] ?? ruleId;
}
