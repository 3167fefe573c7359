/*
 * Loaded by `npm test` into jest and its worker processes (node --require, scripts/test.js): when a process
 * has nothing left to do, it exits at once instead of first freeing its heap. A jest worker ends the run
 * holding a gigabyte or more, and freeing it took longer than the 500 ms jest waits: both workers were
 * killed after 627 and 708 ms (measured), and every full run ended with "A worker process has failed to
 * exit gracefully and has been force exited", though no handle was left open (listed after every test
 * file). The exit code is the one the process set. Worker threads (the read workers) inherit node's flags
 * too; they end as they always have.
 */
const { isMainThread } = require('worker_threads');

if (isMainThread) process.once('beforeExit', () => process.exit());
