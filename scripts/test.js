#!/usr/bin/env node
/*
 * `npm test`: the type check (tsc --noEmit) and jest side by side. tsc works on one core for about 12 s;
 * run first, it left the second core idle while jest waited (measured). Arguments go to jest
 * (`npm test -- --json ...`). tsc's report is printed after jest's, so a type error is not lost among test
 * results; the exit status fails if either failed.
 */
const { spawn } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const run = (script, args, options) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve(script, { paths: [root] }), ...args], {
      cwd: root,
      ...options,
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });

async function main() {
  const typeCheck = run(
    'typescript/bin/tsc',
    [
      '--noEmit',
      '-p',
      'tsconfig.json',
      '--incremental',
      '--tsBuildInfoFile',
      path.join('node_modules', '.cache', 'str-toolkit', 'tsc-test.tsbuildinfo'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const tests = run('jest/bin/jest', process.argv.slice(2), { stdio: 'inherit' });
  const [types, jest] = await Promise.all([typeCheck, tests]);
  if (types.code === 0) console.log('Type check (tsc --noEmit): no errors.');
  else process.stderr.write(`\nType check (tsc --noEmit) failed:\n${types.output}\n`);
  process.exitCode = types.code !== 0 ? types.code : jest.code;
}

main();
