#!/usr/bin/env node
/*
 * Regenerates src/ksf/data/ksf-outline.json from the handbook seed:
 *   node scripts/run-extract-ksf-outline.js [seedsDir]      (default: ../shared/seeds next to the repo)
 */
require('./run-ts');
require('./extract-ksf-outline.ts').main(process.argv[2]);
