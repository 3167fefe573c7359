import { inPostOf, MonthlyReturn, ObjectiveRead, validCount } from '../read-return';

/** The objective that sets a share of workers declaring lived experience, and that share, from its statement. */
export function livedExperienceTarget(model: MonthlyReturn): { objective: ObjectiveRead; share: number } | null {
  for (const o of model.objectives) {
    const match = /(\d+(?:\.\d+)?)\s*%/.exec(o.objective.statement);
    if (match && /lived experience/i.test(o.objective.statement))
      return { objective: o, share: Number(match[1]) / 100 };
  }
  return null;
}

/** Declared lived experience ÷ in post, when both are valid counts and some are in post. */
export function livedShare(model: MonthlyReturn): { lived: number; inPost: number; share: number } | null {
  const inPostField = inPostOf(model);
  const inPost = inPostField ? validCount(inPostField) : null;
  const lived = validCount(model.livedExperience);
  if (!inPost || lived === null || lived > inPost) return null;
  return { lived, inPost, share: lived / inPost };
}

export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
