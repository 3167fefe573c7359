import { inPostOf, validCount } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** Converted posts plus new posts should account for every STR worker in post. */
export const postsMatchInPost = monthlyRule({
  id: 'monthly.posts-match-in-post',
  title: 'Posts add up to workers in post',
  description: 'Converted plus new posts equals the number in post',
  severity: 'warning',
  check(model, report) {
    const inPost = inPostOf(model);
    const workers = inPost ? validCount(inPost) : null;
    if (!inPost || workers === null || model.posts.length === 0) return;
    if (model.posts.every((p) => p.empty)) return;
    if (model.posts.some((p) => !p.empty && validCount(p) === null)) return;
    const sum = model.posts.reduce((a, p) => a + (validCount(p) ?? 0), 0);
    if (sum === workers) return;
    const first = model.posts.find((p) => p.found) ?? inPost;
    report(
      first,
      `Converted plus new posts make ${sum}, but ${workers} STR worker${workers === 1 ? ' is' : 's are'} in post.`,
      'Check the post details add up to the number in post.',
    );
  },
});
