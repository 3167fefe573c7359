import { notYetMetPdp } from '../../../src/check/ksf/rules/not-yet-met-pdp';
import { OutlineModel, PdpRow } from '../../../src/check/ksf/read-outline';
import { ruleTable } from './expect-findings';
import { allMet, outlineFixture } from './fixtures';

const first = outlineFixture().outline![0].indicators[0];

const planRow = (indicator: string, action = 'Shadow a senior worker'): PdpRow => ({
  row: 150,
  nos: '',
  nosCell: 'A151',
  action,
  support: '',
  actionCell: 'B151',
  indicator,
  target: { value: null, cell: 'D151', raw: '' },
  progress: '',
  achieved: { value: null, cell: 'G151', raw: '' },
});

/** The outline with its first indicator "Not yet met" and the plan's rows listing `listed`. */
const notYetMet = (...listed: string[]) =>
  outlineFixture((m: OutlineModel) => {
    allMet(m);
    m.outline![0].indicators[0].review = 'Not yet met';
    m.pdp = listed.map((ref) => planRow(ref));
  });

ruleTable(notYetMetPdp, [
  ['every indicator met', outlineFixture(allMet), []],
  ['"Not yet met" listed in the plan', notYetMet(first.ref), []],
  ['listed with other spacing and case', notYetMet(` ${first.ref.toUpperCase().replace(/ /g, '  ')} `), []],
  [
    '"Not yet met" with no plan row',
    notYetMet(),
    [[first.reviewCell, `${first.ref} is reviewed "Not yet met" but has no row in the personal development plan.`]],
  ],
  ['a plan row for another indicator only', notYetMet('Core 6 L1 a'), [[first.reviewCell, first.ref]]],
]);
