/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
  // Two test files at a time on the 2-core machines this runs on (jest's default there is one): the slowest
  // files spend much of their time waiting on Chromium, LibreOffice or worker threads, which use the other core.
  maxWorkers: 2,
};
