/*
 * Lets plain `node` require the project's TypeScript scripts: ts-node is not a dependency, so each .ts
 * file is transpiled in memory with the project's own `typescript` (no type check here; jest/tsc do that).
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
