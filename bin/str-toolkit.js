#!/usr/bin/env node
// Entry point for the str-toolkit command; the TypeScript is compiled to dist-cli by `npm run build:cli`.
// The exit status is set with process.exitCode, never process.exit(): exiting at once would cut off
// output still on its way through a pipe (e.g. `str-toolkit check --json ... | jq`).
const path = require('path');
const fs = require('fs');

const compiled = path.join(__dirname, '..', 'dist-cli', 'src', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  console.error('str-toolkit is not built yet. Run "npm run build:cli" in the str-toolkit folder first.');
  process.exitCode = 2;
} else {
  require(compiled)
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error) => {
      console.error(`str-toolkit stopped unexpectedly: ${error && error.message ? error.message : error}`);
      process.exitCode = 70;
    });
}
