/**
 * Jest's order of test files, slowest first, so that neither of the two workers is left running a long file
 * alone at the end. Jest does this itself from the durations it keeps of earlier runs; on a fresh clone (CI)
 * it has none and goes by file size, which started the slowest files, short ones, last. Until it has its
 * own durations, these (seconds, measured on 2 cores) stand in. Jest counts in milliseconds: a run of up to 20
 * files that all seem quick goes in one process, so the seconds are converted.
 */
const Sequencer = require('@jest/test-sequencer').default;
const path = require('path');

const TYPICAL_SECONDS = {
  // The fresh-clone CI run of 2026-12-06, 14:05 UTC (2 cores, quiet).
  'e2e/taskpane.e2e.test.ts': 155,
  'excel/request-sizes.test.ts': 117,
  'property/user-text-safety.property.test.ts': 53,
  'excel/read-sizes.test.ts': 42,
  'corpus/corpus.test.ts': 34,
  'xlsx/ksf-outline-xlsx.test.ts': 33,
  'print/team.pages.test.ts': 30,
  'print/ksf-outline.pages.test.ts': 27,
  'consolidate/month-by-month.test.ts': 24,
  'demo/demo.test.ts': 23,
  'excel/team.test.ts': 20,
  'print/framework.pages.test.ts': 20,
  'xlsx/monthly-libreoffice.test.ts': 19,
  'consolidate/team/team.test.ts': 18,
  'xlsx/libreoffice.test.ts': 18,
  'xlsx/read-pool.test.ts': 18,
};

class SlowFirstSequencer extends Sequencer {
  time(test) {
    const known = TYPICAL_SECONDS[path.relative(__dirname, test.path).split(path.sep).join('/')];
    // Any other file: by its size, as jest does, in units small enough to come after every file above.
    return (
      super.time(test) ?? (known === undefined ? (test.context.hasteFS.getSize(test.path) ?? 0) / 1e6 : known * 1000)
    );
  }
}

module.exports = SlowFirstSequencer;
