/**
 * Builds the Excel add-in into dist/ (after the yo-office TypeScript template).
 *   npx webpack --mode production    minified build; manifest URLs point at urlProd
 *   npx webpack serve --mode development   https://localhost:3000 for sideloading
 * office.js is not bundled: each page loads it from Microsoft, as Office requires.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
// Development certificates are only needed (and only made) when serving.
const { httpsOptions } = require('./scripts/dev-certs');

const urlDev = 'https://localhost:3000/';
const urlProd = 'https://www.example.org/str-toolkit/'; // CHANGE THIS to where dist/ is published

// The taskpane page (without office.js) must stay small enough to open quickly on NHS laptops.
const BUDGET_BYTES = 300 * 1024;

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
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
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, 'g'), urlProd);
            },
          },
        ],
      }),
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
