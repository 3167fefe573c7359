import { inPostOf, validCount } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** The service-area numbers should account for every STR worker in post. */
export const areasMatchInPost = monthlyRule({
  id: 'monthly.areas-match-in-post',
  title: 'Service areas match posts filled',
  description: 'Service-area numbers add up to the number in post',
  severity: 'warning',
  check(model, report) {
    const inPost = inPostOf(model);
    const workers = inPost ? validCount(inPost) : null;
    const areas = [...model.areas, model.otherArea];
    if (!inPost || workers === null || areas.every((a) => a.empty)) return;
    if (areas.some((a) => !a.empty && validCount(a) === null)) return;
    const sum = areas.reduce((a, f) => a + (validCount(f) ?? 0), 0);
    if (sum === workers) return;
    const first = areas.find((a) => a.found) ?? inPost;
    report(
      first,
      `The service areas add up to ${sum}, but ${workers} STR worker${workers === 1 ? ' is' : 's are'} in post.`,
      'Check each worker in post is counted in one service area.',
    );
  },
});
