/**
 * The task pane's file reader over the whole hostile and broken corpus (test/corpus/cases.ts): what the
 * command line refuses, the pane refuses too, in plain words and without a crash; what the command line
 * reads, the pane reads, and the checker finds the same rules in it. The pane has no worker thread, so
 * its limits must stop the big cases (zip bombs, a million rows) before they are unpacked or parsed.
 */
import fs from 'fs';
import { CHECKERS } from '../../src/check/checkers';
import { checkWorkbook } from '../../src/check/check-workbook';
import { preflight } from '../../src/ooxml/preflight';
import { readPickedFiles } from '../../src/taskpane/picked-files';
import { ReadFailure } from '../../src/xlsx/read-pool';
import { CASES } from '../corpus/cases';
import { corpusFile, sharedCorpus } from '../corpus/corpus-files';

/** Outcomes only the command line's worker thread reaches, after the checks both readers share. */
const WORKER_ONLY: ReadFailure[] = ['unreadable', 'timeout', 'out-of-memory'];

let corpus: string;
beforeAll(async () => {
  corpus = await sharedCorpus();
}, 120_000);

test.each(CASES.map((c) => [c.id, c] as const))(
  '%s',
  async (_id, c) => {
    const bytes = new Uint8Array(fs.readFileSync(corpusFile(corpus, c)));
    const [outcome] = await readPickedFiles([
      { name: `${c.id}.xlsx`, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer },
    ]);
    if ('unreadable' in c.check) {
      const problems = [c.check.unreadable].flat();
      if (problems.every((p) => !WORKER_ONLY.includes(p))) {
        // Refused before parsing on the command line: the same problem in the same words here.
        const check = preflight(bytes);
        if (check.ok) throw new Error(`${c.id}: the command line's checks let it through`);
        expect({ id: c.id, problem: check.problem }).toEqual({ id: c.id, problem: problems[0] });
        expect(check.message).toMatch(c.check.message);
        expect(outcome).toEqual({ file: `${c.id}.xlsx`, ok: false, problem: check.problem, message: check.message });
      } else {
        expect({ id: c.id, ok: outcome.ok }).toEqual({ id: c.id, ok: false });
        if (!outcome.ok) {
          expect(outcome.message).not.toMatch(/\bat \S+ \(|Error:|undefined|\[object/);
          expect(outcome.message.length).toBeGreaterThan(20);
        }
      }
    } else {
      if (!outcome.ok) throw new Error(`${c.id}: the pane refused a file the command line reads: ${outcome.message}`);
      const findings = checkWorkbook(outcome.grid, CHECKERS, { previous: [], today: new Date() });
      const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
      expect({ id: c.id, ruleIds }).toEqual({ id: c.id, ruleIds: [...c.check.ruleIds].sort() });
    }
  },
  60_000,
);
