/**
 * No user text becomes a formula, on either host, and text comes back from a file exactly as written.
 *
 * - Sheet descriptions (1,000 runs): a worker's name and team and a site's name and lead change no
 *   formula, except where a formula names the worker's sheet, always quoted ('Role - …'!).
 * - exceljs (src/xlsx/): real role profiles, KSF outlines and monthly reports written to a file and
 *   loaded again: every formula is one of the toolkit's own, and every cell holding user text holds a
 *   string. 30 generated workers (5 runs of 6, names and teams) and 25 generated sites and leads: each
 *   run writes and loads a whole workbook, so these runs are few; the 1,000-run properties above cover
 *   the builders those files come from.
 * - Office.js (src/excel/, on the fake host, which reads typed "=…", "+…", "-…", "@…" as formulas the
 *   way Excel does): the same, 200 generated workers (10 runs of 20) and 100 sites and leads.
 * - One text a run (1,000 runs on each host): the text written to a cell through the Office.js adapter
 *   is that cell's value and never a formula; written by the exceljs adapter, it loads back exactly.
 * - Round trip: one workbook, written by the exceljs adapter, holding 1,000 generated texts (control
 *   characters, U+FFFE, U+FFFF and lone surrogate halves included), read back both by exceljs and by
 *   the toolkit's own reader: every text comes back exactly. The rule that makes this hold is in
 *   src/xlsx/xml-characters.ts: what XML cannot hold is written as Excel writes it, `_xHHHH_`.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createMonthlyReports } from '../../src/excel/monthly-report';
import { createWorkerOutlines } from '../../src/excel/ksf-outline';
import { applyInsert, planInsert } from '../../src/excel/insert-framework';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { WorkerInput } from '../../src/roles/worker';
import { SheetSpec, WorkbookSpec } from '../../src/sheets/model';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { EMPTY_WORKBOOK, placeWorkbook } from '../../src/sheets/placement';
import { buildTableSheet } from '../../src/sheets/table-sheet';
import { buildWorkerWorkbook } from '../../src/sheets/worker-workbook';
import { renderPlacement } from '../../src/xlsx/render';
import { readWorkbooks } from '../../src/xlsx/read-pool';
import { workbookBytes } from '../../src/xlsx/write-workbook';
import { workerWorkbookBytes } from '../../src/xlsx/write-worker-workbook';
import { xlsxBytes } from '../../src/xlsx/xlsx-bytes';
import { FakeExcel } from '../fakes/fake-excel';
import { anyText, nameText, userText } from './user-text';
import { TEST_STAMP } from '../helpers/stamp';
import { officeJsContext } from '../fakes/office-js-host';

const MARCH_2008 = { year: 2008, month: 3 };
const NOW = new Date(Date.UTC(2008, 2, 1));
const GRADES = ['foundation', 'intermediate', 'senior'] as const;

const worker = fc.record({
  name: nameText,
  grade: fc.constantFrom(...GRADES),
  setting: fc.constantFrom('crisis', 'older-people', 'community-mental-health-team'),
  team: userText,
}) as fc.Arbitrary<WorkerInput>;
const site = fc.record({ site: nameText, lead: nameText });
/** The text people typed for these workers: each name and team. */
const workerTexts = (workers: WorkerInput[]) => workers.flatMap((w) => [w.name, w.team ?? '']).filter((t) => t !== '');

/**
 * A formula with every quoted sheet reference ('Role - Sam'!) and every string literal ("#'Role - Sam'!A1")
 * made the same, read left to right as Excel tokenises them, so only the toolkit's own text is left. User
 * text that escaped its quotes would be left over, and the formula would no longer be one of the toolkit's.
 */
const normalised = (formula: string) =>
  formula
    .replace(/^=/, '')
    .replace(/'(?:[^']|'')*'!|"(?:[^"]|"")*"/g, (token) => (token.startsWith("'") ? "'S'!" : '"T"'));

/** Each generated sheet's formulas, by cell, with sheet references made the same. */
function specFormulas(spec: WorkbookSpec): string[] {
  return spec.sheets.flatMap((s: SheetSpec) => (s.formulas ?? []).map((f) => `${f.cell} ${normalised(f.formula)}`));
}

const PLAIN_WORKER: WorkerInput = { name: 'Sam Lee', grade: 'senior', setting: 'crisis', team: 'North' };
const PLAIN_SITE = { site: 'Leeds', lead: 'Jo Bloggs' };
/** The formulas of a plain worker of the same grade and setting: made once for each of the 9 pairs. */
const plainFormulas = new Map<string, string[]>();
function workerFormulas(w: WorkerInput): string[] {
  const key = `${w.grade} ${w.setting}`;
  let formulas = plainFormulas.get(key);
  if (!formulas) {
    formulas = specFormulas(buildWorkerWorkbook([{ ...w, name: PLAIN_WORKER.name, team: PLAIN_WORKER.team }]).spec);
    plainFormulas.set(key, formulas);
  }
  return formulas;
}

describe('sheet descriptions', () => {
  test('a worker’s name and team change no formula but the quoted name of their sheet', () => {
    fc.assert(
      fc.property(worker, (w) => {
        expect(specFormulas(buildWorkerWorkbook([w]).spec)).toEqual(workerFormulas(w));
      }),
      { numRuns: 1000 },
    );
  });

  test('a site’s name and lead change no formula', () => {
    const plain = specFormulas(buildMonthlyReportWorkbook({ ...PLAIN_SITE, firstMonth: MARCH_2008 }));
    fc.assert(
      fc.property(site, (s) => {
        expect(specFormulas(buildMonthlyReportWorkbook({ ...s, firstMonth: MARCH_2008 }))).toEqual(plain);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('exceljs (command line)', () => {
  /** Each cell of a loaded workbook: [sheet!cell, its formula or null, its text or null]. */
  function cellsOf(workbook: ExcelJS.Workbook): { where: string; formula: string | null; text: string | null }[] {
    const cells: { where: string; formula: string | null; text: string | null }[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // A merged area's other cells show its first cell's value but have no formula of their own.
          if (cell.isMerged && cell.master !== cell) return;
          const v = cell.value as ExcelJS.CellValue;
          const formula = v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) ? cell.formula : null;
          const text =
            typeof v === 'string' ? v : v && typeof v === 'object' && 'hyperlink' in v ? String(v.text) : null;
          cells.push({ where: `${sheet.name}!${cell.address}`, formula, text });
        }),
      );
    }
    return cells;
  }

  function expectSafe(workbook: ExcelJS.Workbook, texts: string[], allowed: Set<string>) {
    const cells = cellsOf(workbook);
    for (const { where, formula } of cells) {
      if (formula === null) continue;
      const known = allowed.has(normalised(formula));
      if (!known) expect({ where, formula }).toEqual({ where, formula: 'one of the toolkit’s own formulas' });
    }
    for (const text of texts) {
      const holding = cells.filter((c) => c.text === text);
      expect({ text, found: holding.length > 0 }).toEqual({ text, found: true });
    }
  }

  test('role profiles and KSF outlines: user text is only ever a string', async () => {
    // The toolkit's own formulas, as exceljs writes them (internal links become HYPERLINK formulas).
    const plain = new ExcelJS.Workbook();
    const plainWorkers = GRADES.map((grade, i) => ({ ...PLAIN_WORKER, name: `Sam ${i}`, grade }));
    await plain.xlsx.load(
      (await workerWorkbookBytes(buildWorkerWorkbook(plainWorkers), NOW)) as unknown as ArrayBuffer,
    );
    const allowed = new Set(cellsOf(plain).flatMap((c) => (c.formula === null ? [] : [normalised(c.formula)])));
    await fc.assert(
      fc.asyncProperty(fc.array(worker, { minLength: 6, maxLength: 6 }), async (workers) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(
          (await workerWorkbookBytes(buildWorkerWorkbook(workers), NOW)) as unknown as ArrayBuffer,
        );
        expectSafe(workbook, workerTexts(workers), allowed);
      }),
      { numRuns: 5 },
    );
  }, 120_000);

  test('monthly reports: the site and lead are only ever strings', async () => {
    const plain = new ExcelJS.Workbook();
    const plainSpec = buildMonthlyReportWorkbook({ ...PLAIN_SITE, firstMonth: MARCH_2008 });
    await plain.xlsx.load(
      (await workbookBytes(plainSpec, monthlyReportStamp(NATIONAL_DEFINITION, NOW))) as unknown as ArrayBuffer,
    );
    const allowed = new Set(cellsOf(plain).flatMap((c) => (c.formula === null ? [] : [normalised(c.formula)])));
    await fc.assert(
      fc.asyncProperty(site, async (s) => {
        const spec = buildMonthlyReportWorkbook({ ...s, firstMonth: MARCH_2008 });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(
          (await workbookBytes(spec, monthlyReportStamp(NATIONAL_DEFINITION, NOW))) as unknown as ArrayBuffer,
        );
        expectSafe(workbook, [s.site, s.lead], allowed);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('Office.js (task pane), on the fake host', () => {
  function expectSafe(fake: FakeExcel, texts: string[], allowed: Set<string>) {
    const cells = fake.model.sheets.flatMap((sheet) =>
      [...sheet.cells.entries()].map(([at, cell]) => ({ where: `${sheet.name}!${at}`, cell })),
    );
    for (const { where, cell } of cells) {
      if (cell.formula !== undefined && !allowed.has(normalised(cell.formula)))
        expect({ where, formula: cell.formula }).toEqual({ where, formula: 'one of the toolkit’s own formulas' });
    }
    for (const text of texts) {
      const holding = cells.filter(({ cell }) => cell.value === text);
      expect({
        text,
        found: holding.length > 0,
        formulas: holding.filter(({ cell }) => cell.formula !== undefined),
      }).toEqual({ text, found: true, formulas: [] });
    }
  }

  test('role profiles and KSF outlines: no name or team becomes a formula', async () => {
    const plain = new FakeExcel();
    await createWorkerOutlines(
      officeJsContext(plain),
      GRADES.map((grade, i) => ({ ...PLAIN_WORKER, name: `Sam ${i}`, grade })),
      'keep-both',
      { now: NOW },
    );
    const allowed = new Set(
      plain.model.sheets.flatMap((s) =>
        [...s.cells.values()].flatMap((c) => (c.formula ? [normalised(c.formula)] : [])),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(worker, { minLength: 20, maxLength: 20 }), async (workers) => {
        const fake = new FakeExcel();
        await createWorkerOutlines(officeJsContext(fake), workers, 'keep-both', { now: NOW });
        expectSafe(fake, workerTexts(workers), allowed);
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  test('monthly reports: no site or lead becomes a formula', async () => {
    const plain = new FakeExcel();
    await createMonthlyReports(officeJsContext(plain), { ...PLAIN_SITE, firstMonth: MARCH_2008, now: NOW });
    const allowed = new Set(
      plain.model.sheets.flatMap((s) =>
        [...s.cells.values()].flatMap((c) => (c.formula ? [normalised(c.formula)] : [])),
      ),
    );
    await fc.assert(
      fc.asyncProperty(site, async (s) => {
        const fake = new FakeExcel();
        await createMonthlyReports(officeJsContext(fake), { ...s, firstMonth: MARCH_2008, now: NOW });
        expectSafe(fake, [s.site, s.lead], allowed);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

/** A table of texts from A4 down, the smallest kind of sheet the toolkit writes. */
const textsWorkbook = (texts: string[]): WorkbookSpec => ({
  sheets: [
    buildTableSheet({
      name: 'Texts',
      tableName: 'Texts',
      title: 'Generated texts',
      source: 'test',
      header: ['Text'],
      rows: texts.map((t) => [t]),
      widths: [40],
      orientation: 'portrait',
    }),
  ],
  names: [],
});

describe('one generated text a run, through each host (1,000 runs each)', () => {
  const nonEmpty = anyText.filter((t) => t !== '');

  test('Office.js: the text is the cell’s value, never a formula', async () => {
    await fc.assert(
      fc.asyncProperty(nonEmpty, async (text) => {
        const fake = new FakeExcel();
        const context = officeJsContext(fake);
        await applyInsert(context, await planInsert(context, textsWorkbook([text]), TEST_STAMP), 'keep-both');
        const cell = fake.sheet('Texts').cells.get('3,0');
        expect({ value: cell?.value, formula: cell?.formula }).toEqual({ value: text, formula: undefined });
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  test('exceljs: the text is written as a string and loads back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(nonEmpty, async (text) => {
        const written = renderPlacement(
          placeWorkbook(textsWorkbook([text]), EMPTY_WORKBOOK, TEST_STAMP, [], 'keep-both'),
        );
        const loaded = new ExcelJS.Workbook();
        // Stored, not deflated: what is checked is the cell, and deflating 1,000 workbooks was a fifth of this test.
        await loaded.xlsx.load((await xlsxBytes(written, { zip: { compression: 'STORE' } })) as unknown as ArrayBuffer);
        expect(loaded.getWorksheet('Texts')!.getCell('A4').value).toEqual(text);
      }),
      { numRuns: 1000 },
    );
  }, 180_000);
});

describe('round trip through a file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-round-trip-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('1,000 generated texts come back exactly, through exceljs and through the toolkit’s reader', async () => {
    const texts = fc.sample(
      anyText.filter((t) => t !== ''),
      { numRuns: 1000, seed: 20081 },
    );
    const workbook = renderPlacement(placeWorkbook(textsWorkbook(texts), EMPTY_WORKBOOK, TEST_STAMP, [], 'keep-both'));
    const file = path.join(dir, 'texts.xlsx');
    await workbook.xlsx.writeFile(file);

    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.readFile(file);
    const column = texts.map((_, i) => loaded.getWorksheet('Texts')!.getCell(`A${i + 4}`).value);
    expect(column).toEqual(texts);

    const [outcome] = await readWorkbooks([file], { size: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    const cells = outcome.grid.sheets.find((s) => s.name === 'Texts')!.cells;
    expect(texts.map((_, i) => cells[`A${i + 4}`])).toEqual(texts.map((value) => ({ kind: 's', value })));
  }, 60_000);
});
