/**
 * Files that take seconds to make (a team's filled-in outlines, a programme's returns, the end-to-end build),
 * made once per version of what makes them and kept on disk for every test file: jest gives each test file its
 * own module registry, in one of two worker processes, so a cache in memory would be made again by each.
 *
 * An entry lives in node_modules/.cache/str-fixtures/<name>-<hash>, where the hash covers the bytes of every
 * input (the sources, the fixture's own files, package-lock.json) and the fixture's parameters; a change to any
 * of them makes a new entry, and older entries of that name are removed. An entry is built in a folder of its
 * own and renamed into place with its completion marker already inside, so an interrupted build is never
 * taken for a finished one. Two workers may build the same entry at once: the first rename wins and the
 * other's build is discarded.
 */
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'str-fixtures');
/** Written last inside a finished entry; holds what the build returned. */
const MARKER = '.fixture-done.json';
const BUILDING = '.building-';

/** Every file at or below `entry` (relative to `root`), sorted; test files are left out (no build reads them). */
export function filesUnder(entry: string, root = ROOT): string[] {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .filter((name) => !name.endsWith('.test.ts'))
    .flatMap((name) => filesUnder(path.join(entry, name), root));
}

/** A hash of every input file's path and bytes, and of `parameters`. */
export function sourceHash(inputs: string[], parameters: unknown = null, root = ROOT): string {
  const hash = crypto.createHash('sha256');
  hash.update(`${JSON.stringify(parameters)}\0`);
  for (const file of inputs.flatMap((entry) => filesUnder(entry, root))) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** What the toolkit's own code depends on: every fixture made with it lists these among its inputs. */
export const SOURCES = ['src', 'package-lock.json', 'test/helpers/fixture-cache.ts'];

export interface FixtureSpec<T> {
  /** Names the entry: letters, digits and dashes. */
  name: string;
  /** Files and folders (relative to the project) whose bytes the build depends on. */
  inputs: string[];
  /** Anything else the build depends on, as JSON. */
  parameters?: unknown;
  /** Writes the fixture's files into `dir` (empty); what it returns (JSON) is kept with them. */
  build: (dir: string) => Promise<T>;
  /** Where the cache lives; tests of this helper give their own. */
  cacheRoot?: string;
  /** The folder the inputs are relative to; tests of this helper give their own. */
  root?: string;
}

export interface Fixture<T> {
  /** The shared entry: read it, never change it (copyOfFixture gives a copy to change). */
  dir: string;
  /** What the build returned. */
  made: T;
}

const pidOf = (building: string) => Number(building.slice(BUILDING.length).split('-')[0]);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Older entries of this name, and folders left by builds whose process has ended. */
function removeStale(cacheRoot: string, name: string, current: string): void {
  for (const entry of fs.readdirSync(cacheRoot)) {
    const older = entry !== current && new RegExp(`^${name}-[0-9a-f]{16}$`).test(entry);
    const abandoned = entry.startsWith(BUILDING) && !alive(pidOf(entry));
    if (older || abandoned) fs.rmSync(path.join(cacheRoot, entry), { recursive: true, force: true });
  }
}

function finished<T>(dir: string): Fixture<T> | undefined {
  const marker = path.join(dir, MARKER);
  if (!fs.existsSync(marker)) return undefined;
  return { dir, made: JSON.parse(fs.readFileSync(marker, 'utf8')) as T };
}

/** The fixture's shared entry, built now if no finished entry of this version is there. */
export async function cachedFixture<T>(spec: FixtureSpec<T>): Promise<Fixture<T>> {
  if (!/^[a-z0-9-]+$/i.test(spec.name)) throw new Error(`A fixture name is letters, digits and dashes: ${spec.name}`);
  const cacheRoot = spec.cacheRoot ?? CACHE;
  const dir = path.join(cacheRoot, `${spec.name}-${sourceHash(spec.inputs, spec.parameters ?? null, spec.root)}`);
  const ready = finished<T>(dir);
  if (ready) return ready;
  fs.mkdirSync(cacheRoot, { recursive: true });
  removeStale(cacheRoot, spec.name, path.basename(dir));
  const building = fs.mkdtempSync(path.join(cacheRoot, `${BUILDING}${process.pid}-`));
  let made: T;
  try {
    made = await spec.build(building);
  } catch (error) {
    fs.rmSync(building, { recursive: true, force: true });
    throw error;
  }
  fs.writeFileSync(path.join(building, MARKER), JSON.stringify(made));
  try {
    fs.renameSync(building, dir);
  } catch {
    // Another worker finished the same entry first: theirs is as good as ours.
    const theirs = finished<T>(dir);
    if (theirs) {
      fs.rmSync(building, { recursive: true, force: true });
      return theirs;
    }
    // A folder without the marker (a build interrupted some other way, a copy made by hand): never
    // trusted, replaced by ours.
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(building, dir);
  }
  return { dir, made };
}

/**
 * The fixture's files copied into `into` (made if need be), for a test of its own to change or delete;
 * the copies keep the times the files were written, so their order by time is as when built.
 */
export async function copyOfFixture<T>(spec: FixtureSpec<T>, into: string): Promise<T> {
  const { dir, made } = await cachedFixture(spec);
  fs.cpSync(dir, into, {
    recursive: true,
    preserveTimestamps: true,
    filter: (source) => path.basename(source) !== MARKER,
  });
  return made;
}
