#!/usr/bin/env node
/*
 * `npm run demo`: writes the demo folder (scripts/demo.ts) with the command line built by `npm run build:cli`.
 *   node scripts/run-demo.js [folder]      (default: demo)
 */
require('./run-ts');
require('./demo.ts')
  .main(process.argv[2])
  .catch((error) => {
    console.error(`The demo stopped: ${error && error.message ? error.message : error}`);
    process.exitCode = 1;
  });
