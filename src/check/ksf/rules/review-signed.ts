import { Rule } from '../../../rules/types';
import { showDate } from '../grid-reader';
import { OutlineModel } from '../read-outline';
import { finding } from './common';

const ID = 'ksf.review-signed';

/**
 * A completed review (a gateway outcome chosen) is signed by the employee and the line manager and dated,
 * and the date is not in the future. The date is the one beside the signatures, else the review date.
 */
export const reviewSigned: Rule<OutlineModel> = {
  id: ID,
  title: 'Review signed and dated',
  description: 'A completed review has both signatures and a date not in the future',
  severity: 'error',
  appliesTo: 'ksf-outline',
  check(model) {
    const outcome = model.outcome.value;
    if (!outcome) return [];
    const out = [];
    const { employee, manager, date } = model.signatures;
    const fixSign =
      'Type the name of whoever signed beside the signature line (or sign the printed copy and type the name here).';
    for (const [who, sig] of [
      ['employee', employee],
      ['line manager', manager],
    ] as const) {
      if (sig.value) continue;
      out.push(
        finding(
          ID,
          'error',
          model.sheet,
          sig.cell || model.outcome.cell,
          `The review is completed ("${outcome}") but the ${who}'s signature is blank; expected the ${who} to sign.`,
          fixSign,
        ),
      );
    }
    const dated = date.value !== null || date.raw ? date : model.reviewDate;
    if (dated.value === null) {
      out.push(
        finding(
          ID,
          'error',
          model.sheet,
          (dated.raw ? dated.cell : date.cell || dated.cell) || model.outcome.cell,
          dated.raw
            ? `The review date "${dated.raw}" is not a date; expected a date such as 14/03/2008 (day first).`
            : `The review is completed ("${outcome}") but has no date; expected the date it was signed.`,
          'Type the date the review was signed, e.g. 14/03/2008.',
        ),
      );
    } else if (dated.value > model.today) {
      out.push(
        finding(
          ID,
          'error',
          model.sheet,
          dated.cell,
          `The review is dated ${showDate(dated.value)}, after today (${showDate(model.today)}); expected a date not in the future.`,
          'Type the date the review was actually signed.',
        ),
      );
    }
    return out;
  },
};
