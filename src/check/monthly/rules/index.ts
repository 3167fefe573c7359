/** Every rule of the monthly return, in the order findings are listed. */
import { MonthlyRule } from '../rule-helpers';
import { areasMatchInPost } from './areas-match-in-post';
import { baselineChanged } from './baseline-changed';
import { countsWhole } from './counts-whole';
import { dateAchieved } from './date-achieved';
import { dateAchievedLowerRating } from './date-achieved-lower-rating';
import { datesPlausible } from './dates-plausible';
import { datesValid } from './dates-valid';
import { fieldsLocated } from './fields-located';
import { formulaInInput } from './formula-in-input';
import { headerPresent } from './header-present';
import { lateReturn } from './late-return';
import { layoutChanged } from './layout-changed';
import { livedExperienceCount } from './lived-experience-count';
import { livedExperienceTargetMet } from './lived-experience-target';
import { livedExperienceUnrated } from './lived-experience-unrated';
import { noWorkersRated } from './no-workers-rated';
import { noWorkersZero } from './no-workers-zero';
import { otherAreaNamed } from './other-area-named';
import { overdueTwoMonths } from './overdue-two-months';
import { pdsaNumber } from './pdsa-number';
import { postsMatchInPost } from './posts-match-in-post';
import { ratingDropped } from './rating-dropped';
import { ratingOnScale } from './rating-on-scale';
import { storedAsText } from './stored-as-text';
import { totalInSite } from './total-in-site';

export const MONTHLY_RULES: MonthlyRule[] = [
  fieldsLocated,
  layoutChanged,
  headerPresent,
  countsWhole,
  storedAsText,
  totalInSite,
  postsMatchInPost,
  areasMatchInPost,
  otherAreaNamed,
  datesValid,
  datesPlausible,
  ratingOnScale,
  dateAchieved,
  dateAchievedLowerRating,
  pdsaNumber,
  noWorkersZero,
  noWorkersRated,
  livedExperienceTargetMet,
  livedExperienceUnrated,
  livedExperienceCount,
  overdueTwoMonths,
  ratingDropped,
  baselineChanged,
  lateReturn,
  formulaInInput,
];
