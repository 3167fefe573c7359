import { monthlyRule, objectiveName, ratingOf, topRating } from '../rule-helpers';
import { livedExperienceTarget, livedShare, percent } from './lived-experience';

/** The top rating on the lived-experience objective needs the target share of workers in post. */
export const livedExperienceTargetMet = monthlyRule({
  id: 'monthly.lived-experience-target',
  title: 'Lived experience rated achieved too soon',
  description: 'The lived-experience objective is rated achieved only when the share reaches its target',
  severity: 'error',
  check(model, report) {
    const target = livedExperienceTarget(model);
    if (!target) return;
    const o = target.objective;
    if (ratingOf(o, 'selfRating') !== topRating(o)) return;
    const share = livedShare(model);
    const found = share
      ? `${share.lived} of ${share.inPost} in post (${percent(share.share)})`
      : 'no valid count of workers declaring lived experience and workers in post';
    if (share && share.share >= target.share - 1e-9) return;
    report(
      o.selfRating,
      `${objectiveName(o)} is rated ${topRating(o)} (target achieved), but the toolkit's numbers show ${found}; the target is ${percent(target.share)}.`,
      'Fill in the number in post who declare lived experience, or lower the rating.',
    );
  },
});
