/*
 * Lets plain `node` require the project's TypeScript: the scripts (npm run demo, gallery, extract), the read
 * workers when the reader runs from source (under jest, src/xlsx/read-pool.ts) and the command line a test
 * runs from source (test/cli/pipe.test.ts). ts-node is not a dependency. Each .ts file is compiled as jest
 * compiles it (sucrase, a development dependency: the types are stripped, imports made CommonJS, no type
 * check; jest/tsc do that). Sucrase keeps every line where it was, so stack traces need no source map.
 *
 * The compiled text is kept in node_modules/.cache, named by a hash of the source and the compiler, so a
 * changed file is compiled again and an unchanged one is not: every read worker a test starts used to load
 * the compiler and compile the reader again (0.45 s of CPU each, measured), now it reads the kept text.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const CACHE = path.join(__dirname, '..', 'node_modules', '.cache', 'str-toolkit', 'ts');
const OPTIONS = { transforms: ['imports', 'typescript'] };
const COMPILER = `sucrase ${require('sucrase/package.json').version} ${JSON.stringify(OPTIONS)}`;
/** Loaded only when a file is not in the cache yet. */
let sucrase;

function compiled(source, filename) {
  const key = crypto.createHash('sha256').update(`${COMPILER}\0${filename}\0${source}`).digest('hex');
  const kept = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(kept, 'utf8');
  } catch {
    sucrase ??= require('sucrase');
    const code = sucrase.transform(source, { ...OPTIONS, filePath: filename }).code;
    // Written under a name of its own, then renamed: other processes may be reading or writing the same file.
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      const temporary = `${kept}.${process.pid}.${crypto.randomUUID()}`;
      fs.writeFileSync(temporary, code);
      fs.renameSync(temporary, kept);
    } catch {
      // A read-only folder: compile again next time.
    }
    return code;
  }
}

require.extensions['.ts'] = (module, filename) => {
  module._compile(compiled(fs.readFileSync(filename, 'utf8'), filename), filename);
};
