/**
 * `npm ci` on the Node the tests run on (Node 20 here and in CI, the lowest the README names) prints no
 * EBADENGINE warning: no package in the lockfile declares engines that leave this Node out. npm records
 * each package's declared engines in package-lock.json, and warns from them as it installs.
 */
import fs from 'fs';
import path from 'path';
import semver from 'semver';

const ROOT = path.join(__dirname, '..', '..');

interface Locked {
  engines?: { node?: string } | string[];
}

/** "name@range" for each locked package whose declared Node range leaves out `node`. */
export function enginesLeavingOut(lock: { packages?: Record<string, Locked> }, node: string): string[] {
  return Object.entries(lock.packages ?? {}).flatMap(([key, entry]) => {
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (key === '' || !range || semver.satisfies(node, range)) return [];
    return [`${key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${range}`];
  });
}

test('the check finds a package that asks for a newer Node (so the test below can fail)', () => {
  const lock = {
    packages: {
      '': { engines: { node: '>=20' } },
      'node_modules/@fluentui/web-components': { engines: { node: '^22.0.0 || ^24.0.0' } },
      'node_modules/a/node_modules/b': { engines: { node: '>=18' } },
      'node_modules/c': {},
    },
  };
  expect(enginesLeavingOut(lock, 'v20.20.2')).toEqual(['@fluentui/web-components@^22.0.0 || ^24.0.0']);
  expect(enginesLeavingOut(lock, 'v22.1.0')).toEqual([]);
});

test('every package in package-lock.json allows the Node running this test', () => {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
  expect(enginesLeavingOut(lock, process.version)).toEqual([]);
});

test("the project's own engines name the Node the README and CI use", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(semver.satisfies('20.0.0', pkg.engines.node)).toBe(true);
  expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
});
