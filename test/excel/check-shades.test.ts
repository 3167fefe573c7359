/** Which cells get shaded, and what each sheet's protection allows: pure planning, no host. */
import { shadesBySheet } from '../../src/excel/check-workbook';
import { HIDDEN_REASON, limitShades, PASSWORD_REASON, planShades, SheetShadeState } from '../../src/excel/highlights';
import { Finding } from '../../src/rules/types';

const finding = (sheet: string, cell: string, severity: Finding['severity'], explanation?: string) => ({
  ruleId: 'r',
  sheet,
  cell,
  severity,
  message: 'm',
  ...(explanation && { explanation }),
});

const state = (name: string, more: Partial<SheetShadeState> = {}): SheetShadeState => ({
  name,
  visible: true,
  protected: false,
  options: {},
  password: false,
  shades: [],
  ...more,
});

test('one shade per cell with an open finding, the worst severity winning', () => {
  const shades = shadesBySheet([
    finding('A', 'B2', 'warning'),
    finding('A', 'B2', 'error'),
    finding('A', 'B3', 'warning', 'explained'),
    finding('A', '', 'error'),
    finding('B', 'C4', 'warning'),
    finding('B', 'C5', 'error', 'errors stay open'),
  ]);
  expect([...shades]).toEqual([
    ['A', [{ cell: 'B2', severity: 'error' }]],
    [
      'B',
      [
        { cell: 'C4', severity: 'warning' },
        { cell: 'C5', severity: 'error' },
      ],
    ],
  ]);
});

test('a plan: old shades always go; passwords and hidden sheets are left and said; unknown passwords last', () => {
  const add = new Map([
    ['Open', [{ cell: 'A1', severity: 'error' as const }]],
    ['Locked', [{ cell: 'A1', severity: 'error' as const }]],
    ['Unknown', [{ cell: 'A1', severity: 'warning' as const }]],
    ['Hidden', [{ cell: 'A1', severity: 'warning' as const }]],
  ]);
  const plan = planShades(
    [
      state('Unknown', { protected: true, password: undefined }),
      state('Open', { shades: ['{1}'] }),
      state('Locked', { protected: true, password: true, shades: ['{2}'] }),
      state('Hidden', { visible: false, shades: ['{3}'] }),
      state('Untouched'),
    ],
    add,
  );
  expect(plan.sure.map((c) => [c.state.name, c.remove, c.add.length])).toEqual([
    ['Open', ['{1}'], 1],
    ['Hidden', ['{3}'], 0],
  ]);
  expect(plan.unsure.map((c) => c.state.name)).toEqual(['Unknown']);
  expect(plan.skipped).toEqual([
    { sheet: 'Locked', reason: PASSWORD_REASON, shades: 1 },
    { sheet: 'Hidden', reason: HIDDEN_REASON, shades: 1 },
  ]);
});

test('shades beyond one request are left out, and the sheets that lost some are named', () => {
  const plan = planShades(
    [state('A'), state('B'), state('C')],
    new Map(
      ['A', 'B', 'C'].map((sheet) => [sheet, ['A1', 'A2', 'A3'].map((cell) => ({ cell, severity: 'error' as const }))]),
    ),
  );
  expect(limitShades(plan.sure, 4)).toEqual(['B', 'C']);
  expect(plan.sure.map((c) => c.add.length)).toEqual([3, 1, 0]);
});
