import { reviewSigned } from '../../../src/check/ksf/rules/review-signed';
import { ruleTable } from './expect-findings';
import { outlineFixture, signedReview } from './fixtures';
import { OutlineModel } from '../../../src/check/ksf/read-outline';

const review = (edit: (m: OutlineModel) => void) =>
  outlineFixture((m) => {
    signedReview(m);
    edit(m);
  });

ruleTable(reviewSigned, [
  ['no review yet', outlineFixture(), []],
  ['signed by both, dated in the past', review(() => undefined), []],
  ['dated today', review((m) => (m.signatures.date.value = '2008-06-15')), []],
  [
    'no signature date, but a review date',
    review((m) => {
      m.signatures.date = { value: null, cell: 'C126', raw: '' };
      m.reviewDate = { value: '2008-06-10', cell: 'C121', raw: '10/06/2008' };
    }),
    [],
  ],
  ['the employee has not signed', review((m) => (m.signatures.employee.value = '')), [['C124', "the employee's signature is blank"]]],
  ['the line manager has not signed', review((m) => (m.signatures.manager.value = '')), [['C125', "the line manager's signature is blank"]]],
  ['no date at all', review((m) => (m.signatures.date = { value: null, cell: 'C126', raw: '' })), [['C126', 'has no date']]],
  ['a date in the future', review((m) => (m.signatures.date.value = '2008-07-01')), [['C126', 'The review is dated 01/07/2008, after today (15/06/2008)']]],
  ['a date that is not a date', review((m) => (m.signatures.date = { value: null, cell: 'C126', raw: 'next week' })), [['C126', 'The review date "next week" is not a date']]],
  [
    'a "not yet met" outcome is a completed review too',
    review((m) => {
      m.outcome.value = 'Foundation gateway not yet met';
      m.signatures.manager.value = '';
    }),
    [['C125', '("Foundation gateway not yet met") but the line manager']],
  ],
]);
