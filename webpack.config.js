/**
 * Builds the Excel add-in into dist/ (after the yo-office TypeScript template).
 *   ADDIN_URL=https://host/path/ npx webpack --mode production
 *       minified build for hosting at that address; dist/manifest.xml points there
 *   npx webpack --mode production    the same without a manifest (and a warning saying why)
 *   npx webpack serve --mode development   https://localhost:3000 for sideloading
 * office.js is not bundled: each page loads it from Microsoft, as Office requires.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
// Development certificates are only needed (and only made) when serving.
const { httpsOptions } = require('./scripts/dev-certs');

const urlDev = 'https://localhost:3000/';

/** Addresses nobody can host an add-in at: documentation names (RFC 2606) and this computer. */
const NOT_DEPLOYABLE = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$|^(127\.|\[::1\]$)/i;

/**
 * Where dist/ will be served from, as ADDIN_URL says (with a final "/"), or null when it is not set. A
 * production manifest must point at the organisation's own HTTPS server: anything else is refused
 * with a message, so a placeholder address can never reach a manifest.
 */
function addinUrl(raw = process.env.ADDIN_URL) {
  if (raw === undefined || raw.trim() === '') return null;
  const example = 'For example: ADDIN_URL=https://apps.your-trust.nhs.uk/str-toolkit/ npm run build';
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_URL is not a web address: "${raw}". ${example}`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS): "${raw}". ${example}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`ADDIN_URL must be a plain folder address, without ?, # or a user name: "${raw}". ${example}`);
  if (NOT_DEPLOYABLE.test(url.hostname))
    throw new Error(
      `ADDIN_URL points at ${url.hostname}, which is not a server your staff can reach: "${raw}". ${example}`,
    );
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** A production build without ADDIN_URL still builds the pages, but says why dist/ has no manifest. */
class NoManifestWarning {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('NoManifestWarning', (compilation) => {
      compilation.warnings.push(
        new compiler.webpack.WebpackError(
          'dist/ has no manifest.xml because ADDIN_URL is not set. To build for deployment, give the HTTPS ' +
            'address dist/ will be served from: ADDIN_URL=https://apps.your-trust.nhs.uk/str-toolkit/ npm run build',
        ),
      );
    });
  }
}

// The taskpane page (without office.js) must stay small enough to open quickly on NHS laptops.
const BUDGET_BYTES = 300 * 1024;

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const urlProd = dev ? null : addinUrl();
  // Development serves the manifest's own localhost addresses; production needs ADDIN_URL for one.
  const manifests =
    dev || urlProd
      ? [
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, 'g'), urlProd);
            },
          },
        ]
      : [];
  return {
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: 'source-map',
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Parts of a page loaded on demand with import() (big data a view only needs when used). They are
      // fetched with <script src> from the add-in's own address, which the pages' CSP allows ('self').
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Type-check only what is bundled, so unfinished CLI or test files elsewhere don't break this build.
            onlyCompileBundledFiles: true,
            // ES modules let webpack drop the Fluent components we don't use (tsconfig.json says commonjs for Node).
            compilerOptions: { module: 'es2020' },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'notice.html',
        template: './src/commands/notice.html',
        chunks: ['notice'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/commands/notice.css', to: 'notice.css' },
          { from: 'src/support/support.html', to: 'support.html' },
          { from: 'src/support/support.css', to: 'support.css' },
          ...manifests,
        ],
      }),
      ...(manifests.length === 0 ? [new NoManifestWarning()] : []),
    ],
    performance: {
      hints: dev ? false : 'error',
      maxEntrypointSize: BUDGET_BYTES,
      maxAssetSize: BUDGET_BYTES,
      assetFilter: (file) => file.endsWith('.js'),
    },
    devServer: {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.WEBPACK_SERVE ? { type: 'https', options: await httpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};

module.exports.addinUrl = addinUrl;
