import { localFrameworkRows } from '../../src/roles/local-rows';
import { buildFrameworkWorkbook, FRAMEWORK_SHEETS } from '../../src/sheets/framework-sheets';

const frameworkValues = () => buildFrameworkWorkbook().sheets.find((s) => s.name === FRAMEWORK_SHEETS.framework)!.rows;

describe('rows added locally to the Competence Framework sheet (guidance 7.2)', () => {
  test('the national framework as inserted has none', () => {
    expect(localFrameworkRows(frameworkValues())).toEqual([]);
  });

  test('rows naming another code, or no code, are local; edited national rows are not', () => {
    const values = frameworkValues().map((r) => [...r]);
    const hsc35 = values.findIndex((r) => String(r[2] ?? '').startsWith('HSC35 '));
    values[hsc35][1] = '• A task the team added to HSC35';
    values.push(
      [
        'Local',
        '• Co-facilitate recovery college courses',
        'LOC1 Support people at the recovery college\n• Plan sessions',
        null,
        'G1/Level 1: Contribute to the learning of others',
        null,
      ],
      ['Local', '• Run the allotment group', null, null, 'HWB1 / Level 2', null],
      [
        'Local',
        null,
        'HSC24 Ensure your own actions support the care, protection and well-being of individuals',
        null,
        null,
        null,
      ],
    );
    expect(localFrameworkRows(values)).toEqual([
      {
        code: 'LOC1',
        title: 'Support people at the recovery college',
        coreTasks: ['Co-facilitate recovery college courses'],
        ksf: [{ dimension: 'G1', level: 1 }],
      },
      {
        code: '',
        title: 'Run the allotment group',
        coreTasks: ['Run the allotment group'],
        ksf: [{ dimension: 'HWB1', level: 2 }],
      },
      {
        code: 'HSC24',
        title: 'Ensure your own actions support the care, protection and well-being of individuals',
        coreTasks: [],
        ksf: [],
      },
    ]);
  });

  test('a sheet without the framework header has no local rows', () => {
    expect(
      localFrameworkRows([
        ['Name', 'Grade'],
        ['Sam', 'Senior'],
      ]),
    ).toEqual([]);
  });
});
