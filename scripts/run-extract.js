#!/usr/bin/env node
/*
 * Regenerates src/framework/data/framework.json from the seeds:
 *   node scripts/run-extract.js [seedsDir]      (default: ../shared/seeds next to the repo)
 */
require('./run-ts');
require('./extract-framework.ts').main(process.argv[2]);
