import { SheetSpec, WorkbookSpec } from '../../src/sheets/model';
import { EMPTY_WORKBOOK, placeWorkbook, renameInReference } from '../../src/sheets/placement';

const stamp = {
  document: 'monthly-report',
  template: 't',
  templateVersion: '1',
  toolkitVersion: '0.1.0',
  frameworkEdition: 'e',
  generated: '2026-01-01T00:00:00.000Z',
};

function sheet(name: string, extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    rows: [['a']],
    columns: [],
    styles: [],
    merges: [],
    validations: [],
    print: { orientation: 'portrait', fitToWidth: true },
    ...extra,
  };
}

const spec: WorkbookSpec = {
  sheets: [
    sheet('2008-03', {
      validations: [
        { range: 'B2', values: [], source: "'Lists'!$A$1:$A$4" },
        { range: 'B3', values: ['0', '1'] },
        { kind: 'whole', range: 'B4', min: 0 },
      ],
      links: [{ cell: 'A1', sheet: 'Lists', target: 'A1' }],
    }),
    sheet('Lists'),
  ],
  names: [
    { name: 'EO1_SelfRating', sheet: '2008-03', range: 'B2', scope: 'sheet' },
    { name: 'Levels', sheet: 'Lists', range: 'A1:A4' },
  ],
};

test('sheet-scoped names keep their name and follow their sheet when it is renamed', () => {
  const state = {
    sheetNames: ['2008-03', 'Lists'],
    tableNames: [],
    names: ['EO1_SelfRating', 'Levels'],
    registry: null,
  };
  const p = placeWorkbook(spec, state, stamp, [], 'keep-both');
  expect(p.sheets.map((s) => s.name)).toEqual(['2008-03 (2)', 'Lists (2)']);
  // A workbook-level "EO1_SelfRating" does not stop a sheet's own: the sheet is new, so nothing clashes.
  expect(p.names).toEqual([
    { name: 'EO1_SelfRating', sheet: '2008-03 (2)', range: 'B2', scope: 'sheet' },
    { name: 'Levels_2', sheet: 'Lists (2)', range: 'A1:A4' },
  ]);
});

test('links and list sources point at the renamed sheet; other checks are untouched', () => {
  const state = { sheetNames: ['Lists'], tableNames: [], names: [], registry: null };
  const p = placeWorkbook(spec, state, stamp, [], 'keep-both');
  const month = p.sheets[0];
  expect(month.links).toEqual([{ cell: 'A1', sheet: 'Lists (2)', target: 'A1' }]);
  expect(month.validations).toEqual([
    { range: 'B2', values: [], source: "'Lists (2)'!$A$1:$A$4" },
    { range: 'B3', values: ['0', '1'] },
    { kind: 'whole', range: 'B4', min: 0 },
  ]);
  expect(placeWorkbook(spec, EMPTY_WORKBOOK, stamp, [], 'keep-both').sheets[0]).toEqual(spec.sheets[0]);
});

test('renameInReference handles quoted, unquoted and sheetless references', () => {
  const moved = (n: string) => (n === "Bob's list" ? 'Lists' : n === 'Lists' ? "Bob's list" : n);
  expect(renameInReference("'Bob''s list'!$A$1:$A$3", moved)).toBe('Lists!$A$1:$A$3');
  expect(renameInReference('Lists!$A$1', moved)).toBe("'Bob''s list'!$A$1");
  expect(renameInReference('$A$1:$A$3', moved)).toBe('$A$1:$A$3');
});
