/** @type {import('jest').Config} */
module.exports = {
  // TypeScript is compiled by sucrase, which only strips the types (as the read workers do under jest,
  // through scripts/run-ts.js): ts-jest type-checked every test file in each jest worker, most of the suite's CPU
  // time (measured). The types are checked once, by `tsc --noEmit` in `npm test` (package.json). ES transforms
  // stay on, as in scripts/run-ts.js: class fields then start after parameter properties, as
  // TypeScript emits them (the fake host's objects rely on that).
  transform: {
    // Functions the end-to-end tests hand to Chromium (page.evaluate) are sent as their source text, so there
    // they must be plain ES2020, without sucrase's helpers for ?. and ??.
    '/test/e2e/.+\\.ts$': ['@sucrase/jest-plugin', { disableESTransforms: true }],
    '\\.ts$': ['@sucrase/jest-plugin', { disableESTransforms: false }],
  },
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
  testSequencer: '<rootDir>/test/slow-first-sequencer.js',
  // Two test files at a time on the 2-core machines this runs on (jest's default there is one): the slowest
  // files spend much of their time waiting on Chromium, LibreOffice or worker threads, which use the other core.
  maxWorkers: 2,
};
