import { inPostOf, validCount } from '../read-return';
import { monthlyRule } from '../rule-helpers';

/** Workers declaring lived experience are among those in post, so cannot outnumber them. */
export const livedExperienceCount = monthlyRule({
  id: 'monthly.lived-experience-count',
  title: 'Lived experience within posts filled',
  description: 'The lived-experience count is no more than the number in post',
  severity: 'error',
  check(model, report) {
    const inPost = inPostOf(model);
    const workers = inPost ? validCount(inPost) : null;
    const lived = validCount(model.livedExperience);
    if (workers === null || lived === null || lived <= workers) return;
    report(
      model.livedExperience,
      `${lived} STR workers declare lived experience, more than the ${workers} in post.`,
      'Count only workers in post who declare lived experience.',
    );
  },
});
