#!/usr/bin/env node
/*
 * Regenerates src/framework/data/framework.json from the seeds:
 *   node scripts/run-extract.js [seedsDir]      (default: ../shared/seeds next to the repo)
 * ts-node is not a dependency, so the TypeScript extractor is transpiled in memory with the
 * project's own `typescript` package (no type check here; jest/tsc do that).
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

require('./extract-framework.ts').main(process.argv[2]);
