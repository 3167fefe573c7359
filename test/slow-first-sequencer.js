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
  // A full run of 2026-12-06, 22:06 UTC (2 cores, quiet, empty fixture caches), every file of 4 s or more.
  'e2e/taskpane.e2e.test.ts': 105,
  'excel/request-sizes.test.ts': 71,
  'property/user-text-safety.property.test.ts': 40,
  'xlsx/ksf-outline-xlsx.test.ts': 25,
  'excel/read-sizes.test.ts': 22,
  'corpus/corpus.test.ts': 19,
  'print/ksf-outline.pages.test.ts': 17,
  'corpus/real-generator.test.ts': 12,
  'helpers/libreoffice.test.ts': 12,
  'consolidate/month-by-month.test.ts': 11,
  'excel/team.test.ts': 10,
  'excel/ksf-outline.test.ts': 9,
  'cli/global-install.test.ts': 8,
  'corpus/real-files.test.ts': 8,
  'demo/demo.test.ts': 8,
  'print/framework.pages.test.ts': 7,
  'excel/consolidate.test.ts': 7,
  'xlsx/read-pool.test.ts': 7,
  'print/team.pages.test.ts': 7,
  'cli/monthly-report-cli.test.ts': 6,
  'xlsx/libreoffice.test.ts': 6,
  'cli/team-cli.test.ts': 6,
  'property/sheet-names.property.test.ts': 6,
  'cli/pipe.test.ts': 6,
  'manifest/built-manifest.test.ts': 6,
  'consolidate/team/team.test.ts': 6,
  'cli/check-cli.test.ts': 5,
  'print/programme.pages.test.ts': 5,
  'check/edited-elsewhere.test.ts': 4,
  'cli/consolidate-cli.test.ts': 4,
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
