import { Rule } from '../../../rules/types';
import { REVIEW_VALUES } from '../../../sheets/ksf-outline-sheet';
import { OutlineModel } from '../read-outline';
import { finding } from './common';

const ID = 'ksf.review-value';

/** Each indicator's review is blank or one of the dropdown's values (a pasted or typed value escapes it). */
export const reviewValue: Rule<OutlineModel> = {
  id: ID,
  title: 'Review values',
  description: 'Indicator reviews are Met, Not yet met or Not applicable',
  severity: 'error',
  appliesTo: 'ksf-outline',
  check(model) {
    const allowed = REVIEW_VALUES.map((v) => v.toLowerCase());
    return (model.outline ?? [])
      .flatMap((d) => d.indicators)
      .filter((i) => i.review.trim() !== '' && !allowed.includes(i.review.replace(/\s+/g, ' ').trim().toLowerCase()))
      .map((i) =>
        finding(
          ID,
          'error',
          model.sheet,
          i.reviewCell,
          `The review of ${i.ref} is "${i.review}"; expected one of ${REVIEW_VALUES.join(', ')}.`,
          'Choose the review from the dropdown.',
        ),
      );
  },
};
