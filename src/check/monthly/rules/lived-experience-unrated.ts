import { monthlyRule, objectiveName, ratingOf, topRating } from '../rule-helpers';
import { livedExperienceTarget, livedShare, percent } from './lived-experience';

/** Reaching the lived-experience target while rating the objective lower. */
export const livedExperienceUnrated = monthlyRule({
  id: 'monthly.lived-experience-unrated',
  title: 'Lived experience target reached',
  description: 'Reaching the lived-experience target is rated as achieved',
  severity: 'warning',
  check(model, report) {
    const target = livedExperienceTarget(model);
    const share = livedShare(model);
    if (!target || !share || share.share < target.share - 1e-9) return;
    const o = target.objective;
    const rating = ratingOf(o, 'selfRating');
    if (rating === null || rating === topRating(o)) return;
    report(
      o.selfRating,
      `${share.lived} of ${share.inPost} STR workers in post (${percent(share.share)}) declare lived experience, which meets the ${percent(target.share)} target, but ${objectiveName(o)} is rated ${rating}, not ${topRating(o)}.`,
      `Rate it ${topRating(o)} with the date achieved, or check the numbers.`,
    );
  },
});
