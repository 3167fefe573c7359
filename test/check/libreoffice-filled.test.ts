/**
 * A return filled in LibreOffice, not by our own code: the toolkit writes the monthly report, LibreOffice opens it,
 * has values typed into its inputs (a rating off the scale, dates, a number typed as text), recalculates and saves
 * it as .xlsx itself. The checker then finds exactly the intended errors at their cells, and nothing that
 * LibreOffice's re-save alone could cause (edited labels, unstamped sheets, missing fields).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkFiles } from '../../src/check/check-files';
import { CHECKERS } from '../../src/check/checkers';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../../src/sheets/monthly-report-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { cellOf, goodValues, Value } from './monthly/fixture';
import { runCli } from '../helpers/cli';
import { fillWithLibreOffice, findSoffice } from '../helpers/libreoffice';
import { readXlsxPart } from '../helpers/xlsx-part';

const soffice = findSoffice();
const describeWithLibreOffice = soffice ? describe : describe.skip;
if (!soffice) {
  test.skip('LibreOffice filling skipped: soffice is not installed (.ci/run installs libreoffice-calc-nogui)', () => {});
}

const today = new Date('2008-04-20T12:00:00Z');

/** What a person types for a fixture value: numbers and text as shown, dates in ISO form (unambiguous in any locale). */
function typedText(value: Value): string {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  return String(value.value);
}

describeWithLibreOffice('a monthly return filled in LibreOffice', () => {
  let dir: string;
  let filled: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-filled-check-'));
    const blank = path.join(dir, 'leeds-2008-03.xlsx');
    const spec = buildMonthlyReportWorkbook({ site: 'Leeds', lead: 'Jo Bloggs', firstMonth: { year: 2008, month: 3 } });
    await writeWorkbookFile(blank, spec, monthlyReportStamp(NATIONAL_DEFINITION, new Date()), false);
    const typed: Record<string, string> = {};
    for (const [field, value] of Object.entries(goodValues())) typed[cellOf(field)] = typedText(value);
    // The intended mistakes: a rating the objective's scale does not have, a count typed as text
    // (the apostrophe makes LibreOffice keep "2" as text), and a return submitted after its due date.
    typed[cellOf('ET1_SelfRating')] = '2';
    typed[cellOf('Numbers_InRecruitment')] = "'2";
    typed[cellOf('Added_DateSubmitted')] = '2008-04-09';
    filled = fillWithLibreOffice(soffice as string, blank, '2008-03', typed);
  }, 240_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (filled) fs.rmSync(path.dirname(filled), { recursive: true, force: true });
  });

  test('LibreOffice, not our code, wrote the file, with typed numbers, dates and text', () => {
    expect(readXlsxPart(filled, 'docProps/app.xml')).toMatch(/<Application>LibreOffice/);
    const sheet = readXlsxPart(filled, 'xl/worksheets/sheet1.xml');
    const cell = (address: string) => new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`).exec(sheet)?.[0] ?? '';
    expect(cell(cellOf('Numbers_InPost'))).toMatch(/t="n"[^>]*><v>5<\/v>/);
    expect(cell(cellOf('Numbers_InRecruitment'))).toMatch(/t="s"/);
    // 2008-04-09 as a date serial, which is how a spreadsheet stores a typed date.
    expect(cell(cellOf('Added_DateSubmitted'))).toMatch(/<v>39547<\/v>/);
  });

  test('the checker finds exactly the intended errors, at their cells', async () => {
    const result = await checkFiles([filled], [], CHECKERS, today, { size: 1 });
    expect(result.unreadable).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell])).toEqual([
      ['monthly.stored-as-text', 'warning', '2008-03', cellOf('Numbers_InRecruitment')],
      // LibreOffice's SUM, like Excel's, skips the count typed as text: 5 + 1 = 6, not 8.
      ['monthly.total-in-site', 'error', '2008-03', cellOf('Numbers_Total')],
      ['monthly.rating-on-scale', 'error', '2008-03', cellOf('ET1_SelfRating')],
      ['monthly.late-return', 'warning', '2008-03', cellOf('Added_DateSubmitted')],
    ]);
    expect(result.findings[2].message).toBe(
      'Self rating 2 is not on this objective\'s scale (0, 1, 3): Education and Training objective "All STR workers to undergo induction…".',
    );
  });

  test("the command line reports the same, and LibreOffice's re-save alone raises nothing", async () => {
    const run = await runCli(['check', filled, '--json']);
    const findings = JSON.parse(run.out) as { ruleId: string; cell: string }[];
    expect(findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual([
      `monthly.stored-as-text ${cellOf('Numbers_InRecruitment')}`,
      `monthly.total-in-site ${cellOf('Numbers_Total')}`,
      `monthly.rating-on-scale ${cellOf('ET1_SelfRating')}`,
      `monthly.late-return ${cellOf('Added_DateSubmitted')}`,
    ]);
    expect(run.code).toBe(1);
  });
});
