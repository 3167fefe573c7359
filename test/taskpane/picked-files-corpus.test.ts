/**
 * The task pane's file reader over the whole hostile and broken corpus (test/corpus/cases.ts): what the
 * command line refuses, the pane refuses too, in plain words and without a crash; what the command line
 * reads, the pane reads, and the checker finds the same rules in it. The pane has no worker thread, so
 * its limits must stop the big cases (zip bombs, a million rows) before they are unpacked or parsed.
 */
import { DOMParser } from '@xmldom/xmldom';
import { CHECKERS } from '../../src/check/checkers';
import { checkWorkbook } from '../../src/check/check-workbook';
import { readPickedFiles } from '../../src/taskpane/picked-files';
import { CASES } from '../corpus/cases';

const parseXml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;

test.each(CASES.map((c) => [c.id, c] as const))(
  '%s',
  async (_id, c) => {
    const bytes = new Uint8Array(await c.build());
    const [outcome] = await readPickedFiles(
      [{ name: `${c.id}.xlsx`, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer }],
      parseXml,
    );
    if ('unreadable' in c.check) {
      expect({ id: c.id, ok: outcome.ok }).toEqual({ id: c.id, ok: false });
      if (!outcome.ok) {
        expect(outcome.message).not.toMatch(/\bat \S+ \(|Error:|undefined|\[object/);
        expect(outcome.message.length).toBeGreaterThan(20);
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
