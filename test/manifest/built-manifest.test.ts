/**
 * The manifest a production build writes for deployment (ADDIN_URL=https://host/path/ npm run build):
 * the same offline checks as the source manifest, every address under ADDIN_URL and none a placeholder.
 *
 * Built with the project's own webpack config into a temporary folder, with its entries left out so the
 * test takes seconds: the manifest, icons and pages come from the copy and HTML steps, which do not
 * depend on the scripts (the end-to-end build compiles those).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import webpack from 'webpack';
import { describeManifest, ROOT } from './manifest-checks';

const ADDIN_URL = 'https://apps.trust.nhs.uk/str-toolkit/';

/** webpack.config.js as `npm run build` loads it, with ADDIN_URL as given (undefined: not set). */
async function productionConfig(addinUrl: string | undefined): Promise<webpack.Configuration> {
  const saved = process.env.ADDIN_URL;
  if (addinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = addinUrl;
  try {
    const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
    return (await makeConfig({}, { mode: 'production' })) as webpack.Configuration;
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}

async function buildWithoutScripts(addinUrl: string | undefined, outDir: string): Promise<webpack.Stats> {
  const config = await productionConfig(addinUrl);
  const compiler = webpack({
    ...config,
    mode: 'production',
    context: ROOT,
    entry: {},
    output: { ...config.output, path: outDir },
    infrastructureLogging: { level: 'error' },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) reject(error ?? new Error('no stats'));
      else resolve(stats);
    }),
  );
}

/** Every address in the manifest (namespace names are not addresses anyone visits). */
function addresses(xml: string): string[] {
  return [...xml.matchAll(/(?<!xmlns(?::\w+)?=)"(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'str-built-manifest-'));
const dist = path.join(tmp, 'dist');
const manifest = () => fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('a production build with ADDIN_URL', () => {
  beforeAll(async () => {
    const stats = await buildWithoutScripts(ADDIN_URL, dist);
    expect(stats.hasErrors()).toBe(false);
  });

  test('writes dist/manifest.xml with every address under ADDIN_URL, none a placeholder or localhost', () => {
    const found = addresses(manifest());
    const source = addresses(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
    expect(found).toHaveLength(source.length);
    expect(found.length).toBeGreaterThan(10);
    for (const url of found) {
      expect({ url, deployed: url.startsWith(ADDIN_URL) }).toEqual({ url, deployed: true });
      expect(url).not.toMatch(/example\.(org|com|net)|localhost|127\.0\.0\.1/);
    }
  });

  describeManifest({ label: 'dist/manifest.xml', xml: manifest, base: ADDIN_URL, files: () => dist });
});

describe('ADDIN_URL', () => {
  const { addinUrl } = require(path.join(ROOT, 'webpack.config.js'));

  test('is used as given, with a final "/" added when it has none', () => {
    expect(addinUrl(ADDIN_URL)).toBe(ADDIN_URL);
    expect(addinUrl('https://apps.trust.nhs.uk/str-toolkit')).toBe(ADDIN_URL);
    expect(addinUrl(undefined)).toBeNull();
  });

  test.each([
    ['https://www.example.org/str-toolkit/', /www\.example\.org, which is not a server your staff can reach/],
    ['https://localhost:3000/', /localhost, which is not a server/],
    ['http://apps.trust.nhs.uk/str-toolkit/', /must start with https:\/\//],
    ['apps.trust.nhs.uk/str-toolkit/', /not a web address/],
    ['https://apps.trust.nhs.uk/str-toolkit/?v=2', /plain folder address/],
  ])('refuses %s with a message that shows a good one', async (url, why) => {
    await expect(productionConfig(url)).rejects.toThrow(why);
    await expect(productionConfig(url)).rejects.toThrow(/ADDIN_URL=https:\/\/.*npm run build/);
  });

  test('without it, a production build writes no manifest and says why', async () => {
    const out = path.join(tmp, 'no-url');
    const stats = await buildWithoutScripts(undefined, out);
    expect(stats.hasErrors()).toBe(false);
    expect(fs.existsSync(path.join(out, 'taskpane.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'manifest.xml'))).toBe(false);
    expect(
      stats
        .toJson({ all: false, warnings: true })
        .warnings?.map((w) => w.message)
        .join('\n'),
    ).toMatch(/no manifest\.xml because ADDIN_URL is not set/);
  });
});
