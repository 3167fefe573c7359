/**
 * Builds what the end-to-end tests load, into a temporary folder, with webpack's Node API:
 * - the add-in exactly as webpack.config.js builds it for production (so the bundle budget is measured
 *   on real output), except that ts-loader only transpiles: type errors are tsc's (run first by npm test) to
 *   report, and a half-finished file elsewhere in the tree should not stop the browser tests;
 * - the test-only browser bundles: fake-host.js (stands in for office.js) and harness.js, each starting
 *   with Microsoft's Excel client library (excel-web-16.00.js) as it ships, run as a plain script
 *   before the bundle so it defines its globals (Excel, OfficeExtension) as it does in Excel.
 */
import fs from 'fs';
import path from 'path';
import webpack from 'webpack';
import { ROOT, cachedFixture } from '../helpers/fixture-cache';

export { ROOT };

export interface Built {
  /** The add-in, as `npm run build` would write dist/. */
  dist: string;
  /** fake-host.js and harness.js. */
  testDist: string;
  /** webpack's stats of the add-in build: assets, entrypoints and chunks. */
  addin: webpack.StatsCompilation;
}

type Rule = { loader?: string; options?: Record<string, unknown> };

function transpileOnly(rules: Rule[]): Rule[] {
  return rules.map((rule) =>
    rule.loader === 'ts-loader' ? { ...rule, options: { ...rule.options, transpileOnly: true } } : rule,
  );
}

async function addinConfig(outDir: string): Promise<webpack.Configuration> {
  // The project's own CommonJS config, as webpack-cli would load it.
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const config = (await makeConfig({}, { mode: 'production' })) as webpack.Configuration;
  return {
    ...config,
    mode: 'production',
    context: ROOT,
    output: { ...config.output, path: outDir },
    module: { ...config.module, rules: transpileOnly((config.module?.rules ?? []) as Rule[]) as webpack.RuleSetRule[] },
    // Reported by the budget test with sizes, instead of as a build error that hides every other test.
    performance: { ...config.performance, hints: false },
    infrastructureLogging: { level: 'error' },
  };
}

function testConfig(outDir: string): webpack.Configuration {
  return {
    name: 'e2e',
    mode: 'development',
    devtool: false,
    context: ROOT,
    target: ['web', 'es2020'],
    entry: { 'fake-host': './test/e2e/fake-host.ts', harness: './test/e2e/harness.ts' },
    output: { path: outDir, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
        },
      ],
    },
  };
}

/**
 * Microsoft's Excel client library: the minified file office.js loads in Excel on the web. The jest tests
 * load its debug twin (test/fakes/office-js-host.ts), the same library with readable names; here the
 * browser loads it into every page, and the minified file (1.4 MB instead of 3.1 MB) takes about a third
 * less CPU a page to send and start (measured).
 */
function excelLibraryText(): string {
  return fs.readFileSync(require.resolve('@microsoft/office-js/dist/excel-web-16.00.js'), 'utf8');
}

export async function buildForE2e(outRoot: string): Promise<Built> {
  const dist = path.join(outRoot, 'dist');
  const testDist = path.join(outRoot, 'e2e');
  const configs = [await addinConfig(dist), testConfig(testDist)];
  const stats = await new Promise<webpack.MultiStats>((resolve, reject) =>
    webpack(configs, (error, result) => (error || !result ? reject(error ?? new Error('no stats')) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(`The end-to-end build failed:\n${stats.toString('errors-only')}`);
  fs.copyFileSync(path.join(__dirname, 'harness.html'), path.join(testDist, 'harness.html'));
  // Microsoft's library first, as it ships (not through webpack, whose banner would rewrite "[name]" in it).
  const library = excelLibraryText();
  for (const bundle of ['fake-host.js', 'harness.js']) {
    const file = path.join(testDist, bundle);
    fs.writeFileSync(file, `${library}\n;\n${fs.readFileSync(file, 'utf8')}`);
  }
  const addin = stats.stats[0].toJson({
    all: false,
    assets: true,
    entrypoints: true,
    chunks: true,
    chunkRelations: true,
  });
  return { dist, testDist, addin };
}

/** Everything the end-to-end build reads: a change to any of it makes a new build (test files are not read). */
const BUILD_INPUTS = [
  'src',
  'assets',
  'test/e2e',
  'test/fakes',
  'test/excel/check-fill.ts',
  'test/check/monthly/fixture.ts',
  'webpack.config.js',
  'tsconfig.json',
  'package-lock.json',
  'test/helpers/fixture-cache.ts',
];

/**
 * The end-to-end build, made once per source version (fixture-cache.ts) and reused while no input changed: a
 * rerun of the tests skips the 30-60 s webpack build. The pages only read it, so it is not copied.
 */
export async function cachedBuildForE2e(): Promise<Built> {
  // webpack copies the manifests into dist/.
  const manifests = fs.readdirSync(ROOT).filter((f) => /^manifest.*\.xml$/.test(f));
  const { dir, made } = await cachedFixture({
    name: 'e2e-build',
    inputs: [...BUILD_INPUTS, ...manifests],
    build: async (into) => (await buildForE2e(into)).addin,
  });
  return { dist: path.join(dir, 'dist'), testDist: path.join(dir, 'e2e'), addin: made };
}
