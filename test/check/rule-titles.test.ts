import { OTHER_TITLES, allRules, ruleTitle } from '../../src/check/rule-titles';

test('every rule has a short plain-English title of its own', () => {
  const rules = allRules();
  expect(rules.length).toBeGreaterThan(35);
  for (const rule of rules) {
    expect(rule.title).toMatch(/^[A-Z"]/);
    expect(rule.title.length).toBeLessThanOrEqual(40);
    expect(rule.title).not.toContain(rule.id);
    expect(rule.title).not.toMatch(/[.()]$/);
  }
  const titles = rules.map((r) => r.title);
  expect(new Set(titles).size).toBe(titles.length);
  expect(titles).not.toEqual(expect.arrayContaining(Object.values(OTHER_TITLES)));
});

test('findings no rule makes have titles too; an unknown id is shown as it is', () => {
  expect(ruleTitle('monthly.rating-on-scale')).toBe('Ratings on the scale');
  expect(ruleTitle('monthly.not-filled-in')).toBe('Month not filled in yet');
  expect(ruleTitle('file.not-found')).toBe('File could not be read');
  expect(ruleTitle('document.labels-edited')).toBe('Form wording changed');
  expect(ruleTitle('monthly.from-a-newer-toolkit')).toBe('monthly.from-a-newer-toolkit');
});
