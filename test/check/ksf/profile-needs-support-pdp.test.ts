import { profileNeedsSupportPdp } from '../../../src/check/ksf/rules/profile-needs-support-pdp';
import { ruleTable } from './expect-findings';
import { profileFixture } from './fixtures';

const rows: [string, string, string][] = [
  ['HSC35', 'Applies', 'Needs support'],
  ['HSC233', 'Applies', 'Developing'],
];

ruleTable(profileNeedsSupportPdp, [
  ['no one needs support', profileFixture({ rows: [['HSC35', 'Applies', 'Competent']] }), []],
  [
    'an action agreed in the plan for each',
    profileFixture({
      rows,
      pdp: [
        { nos: 'HSC35', action: 'Shadow a senior worker' },
        { nos: 'HSC233', action: 'Reading' },
      ],
    }),
    [],
  ],
  [
    'a code typed with its title',
    profileFixture({ rows: rows.slice(0, 1), pdp: [{ nos: 'HSC35 Promote choice', action: 'Training' }] }),
    [],
  ],
  [
    'needs support and developing with an empty plan',
    profileFixture({ rows, pdp: [] }),
    [
      ['J31', 'HSC35 is self-assessed "Needs support" but has no row in the development plan on "KSF - Sam"'],
      ['J32', 'HSC233 is self-assessed "Developing" but has no row in the development plan on "KSF - Sam"'],
    ],
  ],
  [
    'developing, as the profile tells the reviewer, also goes in the plan',
    profileFixture({ rows, pdp: [{ nos: 'HSC35', action: 'Shadow a senior worker' }] }),
    [['J32', 'HSC233 is self-assessed "Developing" but has no row']],
  ],
  [
    'listed in the plan without an action',
    profileFixture({ rows, pdp: [{ nos: 'HSC35' }, { nos: 'HSC233', action: 'Reading' }] }),
    [['J31', 'its row in the development plan on "KSF - Sam" has no action']],
  ],
  [
    'no KSF outline found',
    profileFixture({ rows, pdp: null }),
    [
      ['J31', 'no KSF outline was found'],
      ['J32', 'no KSF outline was found'],
    ],
  ],
]);
