import { WorkbookSpec } from '../../src/sheets/model';
import { EMPTY_WORKBOOK, placeWorkbook, toolkitMadeClashes } from '../../src/sheets/placement';
import { parseRegistry, REGISTRY_HEADER, REGISTRY_SHEET, stampRow } from '../../src/sheets/stamp';

const stamp = {
  document: 'framework',
  template: 't',
  templateVersion: '1',
  toolkitVersion: '0.1.0',
  frameworkEdition: 'e',
  generated: '2026-01-01T00:00:00.000Z',
};

function spec(...names: string[]): WorkbookSpec {
  return {
    sheets: names.map((name) => ({
      name,
      rows: [['a']],
      columns: [],
      styles: [],
      merges: [],
      validations: [],
      table: { name: name.replace(/\W/g, ''), range: 'A1:A2', style: 'TableStyleLight9' },
      print: { orientation: 'portrait', fitToWidth: true },
    })),
    names: [{ name: 'Here', sheet: names[0], range: 'A1' }],
  };
}

test('an empty workbook keeps every name and creates the registry', () => {
  const p = placeWorkbook(spec('NOS', 'Ten ESC'), EMPTY_WORKBOOK, stamp, [], 'keep-both');
  expect(p.sheets.map((s) => s.name)).toEqual(['NOS', 'Ten ESC']);
  expect(p.renamed).toEqual([]);
  expect(p.registry.create).toBe(true);
  expect(p.registry.rows[0]).toEqual([...REGISTRY_HEADER]);
  expect(parseRegistry(p.registry.rows).map((e) => e.sheet)).toEqual(['NOS', 'Ten ESC']);
});

test("a user's sheet of the same name is never replaced, even when asked to replace", () => {
  const state = { sheetNames: ['NOS'], tableNames: ['NOS'], names: ['Here'], registry: null };
  const p = placeWorkbook(spec('NOS'), state, stamp, [], 'replace');
  expect(p.deleteSheets).toEqual([]);
  expect(p.sheets[0].name).toBe('NOS (2)');
  expect(p.sheets[0].table?.name).toBe('NOS_2');
  expect(p.names[0]).toEqual({ name: 'Here_2', sheet: 'NOS (2)', range: 'A1' });
  expect(p.renamed).toEqual([{ from: 'NOS', to: 'NOS (2)' }]);
});

test('a sheet the toolkit made earlier is replaced only by choice', () => {
  const registry = [[...REGISTRY_HEADER], stampRow({ ...stamp, sheet: 'NOS' })];
  const state = { sheetNames: ['NOS', REGISTRY_SHEET], tableNames: ['NOS'], names: [], registry };
  const registered = parseRegistry(registry);
  expect(toolkitMadeClashes(spec('NOS'), state, registered)).toEqual(['NOS']);

  const keep = placeWorkbook(spec('NOS'), state, stamp, registered, 'keep-both');
  expect(keep.deleteSheets).toEqual([]);
  expect(keep.sheets[0].name).toBe('NOS (2)');

  const replace = placeWorkbook(spec('NOS'), state, stamp, registered, 'replace');
  expect(replace.deleteSheets).toEqual(['NOS']);
  expect(replace.sheets[0].name).toBe('NOS');
  expect(replace.registry.create).toBe(false);
  expect(replace.registry.startRow).toBe(2);
});
