/**
 * The fixture cache on a project of its own (a folder with one source file) and a cache folder of its own:
 * built once and reused, built again when a source or parameter changes, never taken from a half-written
 * folder, never left half-written by a failed build, safe when two builds race, and each copy its own.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { FixtureSpec, cachedFixture, copyOfFixture, sourceHash } from './fixture-cache';

let root: string;
let cacheRoot: string;
let builds: number;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'str-fixture-cache-'));
  cacheRoot = path.join(root, 'cache');
  fs.mkdirSync(path.join(root, 'src'));
  fs.writeFileSync(path.join(root, 'src', 'maker.ts'), 'export const made = 1;');
  builds = 0;
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** A fixture of one file holding its source's text; the build returns its file names. */
function spec(overrides: Partial<FixtureSpec<string[]>> = {}): FixtureSpec<string[]> {
  return {
    name: 'sample',
    inputs: ['src'],
    root,
    cacheRoot,
    build: async (dir) => {
      builds++;
      fs.writeFileSync(path.join(dir, 'out.txt'), fs.readFileSync(path.join(root, 'src', 'maker.ts')));
      return ['out.txt'];
    },
    ...overrides,
  };
}

const entries = () => fs.readdirSync(cacheRoot).sort();

test('a finished entry is reused: built once, found again with what the build returned', async () => {
  const first = await cachedFixture(spec());
  const again = await cachedFixture(spec());
  expect(builds).toBe(1);
  expect(again).toEqual(first);
  expect(again.made).toEqual(['out.txt']);
  expect(fs.readFileSync(path.join(again.dir, 'out.txt'), 'utf8')).toBe('export const made = 1;');
  expect(entries()).toEqual([path.basename(first.dir)]);
});

test('a changed source makes a new build, and the older entry is removed', async () => {
  const first = await cachedFixture(spec());
  fs.writeFileSync(path.join(root, 'src', 'maker.ts'), 'export const made = 2;');
  const second = await cachedFixture(spec());
  expect(builds).toBe(2);
  expect(second.dir).not.toBe(first.dir);
  expect(fs.readFileSync(path.join(second.dir, 'out.txt'), 'utf8')).toBe('export const made = 2;');
  expect(entries()).toEqual([path.basename(second.dir)]);
});

test('other parameters make another entry; another name is left alone', async () => {
  const one = await cachedFixture(spec({ parameters: { count: 1 } }));
  const two = await cachedFixture(spec({ parameters: { count: 2 } }));
  const other = await cachedFixture(spec({ name: 'sample-other' }));
  expect(builds).toBe(3);
  expect(new Set([one.dir, two.dir, other.dir]).size).toBe(3);
  expect(entries()).toEqual([path.basename(two.dir), path.basename(other.dir)].sort());
});

test('a half-written entry (no completion marker) is never used: it is built again and replaced', async () => {
  const dir = path.join(cacheRoot, `sample-${sourceHash(['src'], null, root)}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'out.txt'), 'half');
  const fixture = await cachedFixture(spec());
  expect(builds).toBe(1);
  expect(fixture.dir).toBe(dir);
  expect(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('export const made = 1;');
});

test("an interrupted build's folder is removed once its process has ended, never while it runs", async () => {
  const ended = spawnSync(process.execPath, ['-e', '0']).pid;
  fs.mkdirSync(cacheRoot);
  fs.mkdirSync(path.join(cacheRoot, `.building-${ended}-abc`));
  fs.mkdirSync(path.join(cacheRoot, `.building-${process.pid}-def`));
  const fixture = await cachedFixture(spec());
  expect(entries()).toEqual([`.building-${process.pid}-def`, path.basename(fixture.dir)]);
});

test('a failed build leaves nothing behind and says why', async () => {
  const failing = spec({
    build: async (dir) => {
      fs.writeFileSync(path.join(dir, 'out.txt'), 'partial');
      throw new Error('the writer broke');
    },
  });
  await expect(cachedFixture(failing)).rejects.toThrow('the writer broke');
  expect(entries()).toEqual([]);
  await cachedFixture(spec());
  expect(builds).toBe(1);
});

test('two builds racing: both finish, both are given the one complete entry, the first to finish', async () => {
  const slow = spec({
    build: async (dir) => {
      const build = `build ${++builds}`;
      await new Promise((resolve) => setTimeout(resolve, 50));
      fs.writeFileSync(path.join(dir, 'out.txt'), build);
      return [build];
    },
  });
  const [a, b] = await Promise.all([cachedFixture(slow), cachedFixture(slow)]);
  expect(builds).toBe(2);
  expect(b).toEqual(a);
  expect(entries()).toEqual([path.basename(a.dir)]);
  expect([fs.readFileSync(path.join(a.dir, 'out.txt'), 'utf8')]).toEqual(a.made);
});

test('each copy is its own: changing or deleting files in one leaves the others and the cache as built', async () => {
  const one = path.join(root, 'one');
  const two = path.join(root, 'two');
  expect(await copyOfFixture(spec(), one)).toEqual(['out.txt']);
  expect(await copyOfFixture(spec(), two)).toEqual(['out.txt']);
  expect(builds).toBe(1);
  fs.writeFileSync(path.join(one, 'out.txt'), 'changed');
  fs.rmSync(path.join(two, 'out.txt'));
  const three = path.join(root, 'three');
  await copyOfFixture(spec(), three);
  expect(fs.readdirSync(three)).toEqual(['out.txt']);
  expect(fs.readFileSync(path.join(three, 'out.txt'), 'utf8')).toBe('export const made = 1;');
  expect(fs.readFileSync(path.join((await cachedFixture(spec())).dir, 'out.txt'), 'utf8')).toBe(
    'export const made = 1;',
  );
});

test('a copy keeps the time each file was written', async () => {
  const timed = spec({
    build: async (dir) => {
      fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
      fs.utimesSync(path.join(dir, 'a.txt'), new Date('2008-03-01'), new Date('2008-03-01'));
      return ['a.txt'];
    },
  });
  const into = path.join(root, 'copy');
  await copyOfFixture(timed, into);
  expect(fs.statSync(path.join(into, 'a.txt')).mtime.toISOString()).toBe('2008-03-01T00:00:00.000Z');
});
