#!/usr/bin/env node
/*
 * Regenerates src/ksf/data/ksf-outline.json from the handbook seed:
 *   node scripts/run-extract-ksf-outline.js [seedsDir]      (default: ../shared/seeds next to the repo)
 * Like run-extract.js: the TypeScript extractor is transpiled in memory with the project's `typescript`.
 */
const fs = require('fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

require('./extract-ksf-outline.ts').main(process.argv[2]);
