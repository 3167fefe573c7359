#!/usr/bin/env node
/*
 * `npm run gallery`: writes docs/images/ (scripts/gallery.ts) with the command line built by `npm run build:cli`.
 */
require('./run-ts');
require('./gallery.ts')
  .main()
  .catch((error) => {
    console.error(`The gallery stopped: ${error && error.message ? error.message : error}`);
    process.exitCode = 1;
  });
