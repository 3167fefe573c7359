#!/usr/bin/env node
/*
 * `npm test`: the type check (tsc --noEmit) and jest side by side. tsc works on one core for about 12 s;
 * run first, it left the second core idle while jest waited (measured). Arguments go to jest
 * (`npm test -- --json ...`). tsc's report is printed after jest's, so a type error is not lost among test
 * results; the exit status fails if either failed.
 *
 * Jest's workers get a young generation of 64 MB semi-spaces (they inherit the flags node was started with).
 * The tests that drive Microsoft's library or exceljs make short-lived objects by the million, and with
 * V8's default (16 MB here) they spent about a fifth of their time collecting them: in-band profiles of the
 * six heaviest files, 23 s of garbage collection against 14 s with 64 MB (32 MB: 20 s; 128 MB: 13 s).
 * Whole runs back to back: 261 and 257 s without, 232 and 246 s with. tsc gains nothing from it (measured).
 * They also end as soon as they are idle (exit-when-idle.js).
 */
const { spawn } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const JEST_NODE_FLAGS = ['--max-semi-space-size=64', '--require', path.join(__dirname, 'exit-when-idle.js')];

const run = (script, args, options, nodeFlags = []) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeFlags, require.resolve(script, { paths: [root] }), ...args], {
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
  const tests = run('jest/bin/jest', process.argv.slice(2), { stdio: 'inherit' }, JEST_NODE_FLAGS);
  const [types, jest] = await Promise.all([typeCheck, tests]);
  if (types.code === 0) console.log('Type check (tsc --noEmit): no errors.');
  else process.stderr.write(`\nType check (tsc --noEmit) failed:\n${types.output}\n`);
  process.exitCode = types.code !== 0 ? types.code : jest.code;
}

main();
