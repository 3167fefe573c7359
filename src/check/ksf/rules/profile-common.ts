import { ProfileModel, ProfileRow } from '../read-profile';

/** "Applies" or "Optional": the NOS is part of the profile. Blank counts as applying (the default). */
export function inProfile(status: string): boolean {
  return !/^not applicable$/i.test(status.trim());
}

/** Rows of the framework's own NOS (not rows added locally, which may reuse a code). */
export function nationalRows(model: ProfileModel): ProfileRow[] {
  return model.rows.filter((r) => !/^local$/i.test(r.section));
}
