/**
 * The SheetJS `xlsx` package is not used (its npm releases carry unfixed advisories): not in
 * package.json, not anywhere in package-lock.json (not even as a dependency of a dependency), and not
 * imported by any source. The manifest's permission and AppDomains are checked in test/manifest.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** Package names in a lockfile v2/v3 "packages" map: "node_modules/a/node_modules/b" → "b". */
export function lockedPackages(lock: { packages?: Record<string, unknown> }): string[] {
  return Object.keys(lock.packages ?? {})
    .filter((key) => key !== '')
    .map((key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

test('the lockfile reader finds nested packages (so the check below can fail)', () => {
  expect(
    lockedPackages({
      packages: { '': {}, 'node_modules/a': {}, 'node_modules/a/node_modules/xlsx': {}, 'node_modules/@s/x': {} },
    }),
  ).toEqual(['a', 'xlsx', '@s/x']);
});

test('package.json does not depend on xlsx', () => {
  const pkg = read('package.json');
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    expect({ field, names: Object.keys(pkg[field] ?? {}) }).not.toEqual({
      field,
      names: expect.arrayContaining(['xlsx']),
    });
  }
});

test('package-lock.json holds no xlsx package anywhere in the tree', () => {
  const lock = read('package-lock.json');
  const names = lockedPackages(lock);
  expect(names.length).toBeGreaterThan(100);
  expect(names).not.toContain('xlsx');
  expect(names).toContain('exceljs');
});

test('no source imports xlsx', () => {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (
        /\.(ts|js)$/.test(entry.name) &&
        /(from\s+|require\(\s*|import\(\s*)['"]xlsx['"]/.test(fs.readFileSync(path.join(ROOT, rel), 'utf8'))
      )
        hits.push(rel);
    }
  };
  for (const dir of ['src', 'scripts', 'bench', 'bin']) if (fs.existsSync(path.join(ROOT, dir))) walk(dir);
  expect(hits).toEqual([]);
});
