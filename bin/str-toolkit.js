#!/usr/bin/env node
// Entry point for the str-toolkit command; the TypeScript is compiled to dist-cli by `npm run build:cli`.
const path = require('path');
const fs = require('fs');

const compiled = path.join(__dirname, '..', 'dist-cli', 'src', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  console.error('str-toolkit is not built yet. Run "npm run build:cli" in the str-toolkit folder first.');
  process.exit(2);
}
require(compiled)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`str-toolkit stopped unexpectedly: ${error && error.message ? error.message : error}`);
    process.exit(70);
  });
