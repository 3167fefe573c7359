/**
 * Bench: consolidating a whole programme's filled monthly returns (74 sites × 12 months = 888 returns, one
 * workbook per site as `monthly-report --split` makes them) into the programme workbook, against exceljs
 * loading the same files alone. The ratio is what safe reading, the checker's reader and rules, the
 * arithmetic and writing the programme workbook cost over a bare load.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { NATIONAL_DEFINITION } from '../src/monthly/definition';
import { ADDED_FIELDS, areaField, numberField, objectiveFields, postField } from '../src/monthly/fields';
import { addMonths, excelSerial } from '../src/monthly/month';
import { objectivesOf } from '../src/consolidate/programme';
import { parseCell } from '../src/sheets/a1';
import { CellValue, WorkbookSpec } from '../src/sheets/model';
import { buildMonthlyReportWorkbook, monthlyReportStamp } from '../src/sheets/monthly-report-sheets';
import { buildProgrammeWorkbook, programmeStamp } from '../src/sheets/programme-sheets';
import { consolidateFiles } from '../src/xlsx/consolidate-files';
import { workbookBytes, writeWorkbookFile } from '../src/xlsx/write-workbook';
import { Timing, timeSideBySide } from './measure';

export interface ConsolidateBench extends Timing {
  files: number;
  returns: number;
  /** Returns left out; 0 unless something is wrong with the bench's own files. */
  notIncluded: number;
}

const FIRST_MONTH = { year: 2008, month: 4 };
const OBJECTIVES = objectivesOf(NATIONAL_DEFINITION);

/**
 * Types a site's numbers straight into the generated sheets (by their field names) before the workbook is
 * written, as a lead would fill them in; varied by site and month so totals and ratings move.
 */
function fillSpec(spec: WorkbookSpec, site: number): void {
  spec.sheets.forEach((sheet, m) => {
    const put = (name: string, value: CellValue) => {
      const field = spec.names.find((n) => n.sheet === sheet.name && n.name === name);
      if (!field) throw new Error(`No field ${name}`);
      const { row, col } = parseCell(field.range);
      (sheet.rows[row] ??= [])[col] = value;
    };
    const inPost = (site % 7) + m + 1;
    put(numberField('InPost'), inPost);
    put(numberField('InRecruitment'), site % 3);
    put(numberField('Identified'), (site + m) % 4);
    put(postField('Converted'), Math.floor(inPost / 2));
    put(postField('New'), inPost - Math.floor(inPost / 2));
    put(areaField('CMHT'), inPost - (site % 2));
    if (site % 2) put(areaField('AssertiveOutreach'), 1);
    OBJECTIVES.forEach((o, j) => {
      const fields = objectiveFields(o.key);
      const scale = NATIONAL_DEFINITION.sections.find((s) => s.id === o.sectionId)!.objectives[0].scale;
      put(fields.baseline, 0);
      put(fields.selfRating, scale[(site + m + j) % scale.length].value);
      put(fields.pdsa, j + 1);
    });
    put('Report_Progress', 'Recruitment on plan.');
    const month = addMonths(FIRST_MONTH, m);
    put(ADDED_FIELDS.steeringGroupMeeting, excelSerial({ year: 2008, month: 2, day: 1 }));
    put(ADDED_FIELDS.livedExperience, site % 3);
    put(ADDED_FIELDS.dateSubmitted, excelSerial({ ...addMonths(month, 1), day: 3 }));
  });
}

export async function benchConsolidate(sites = 74, months = 12): Promise<ConsolidateBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-bench-consolidate-'));
  try {
    const files: string[] = [];
    const stamp = monthlyReportStamp(NATIONAL_DEFINITION, new Date());
    for (let s = 0; s < sites; s++) {
      const spec = buildMonthlyReportWorkbook({
        site: `Partnership team ${s + 1}`,
        lead: `Programme lead ${s + 1}`,
        firstMonth: FIRST_MONTH,
        months,
      });
      fillSpec(spec, s);
      const file = path.join(dir, `site-${s + 1}.xlsx`);
      await writeWorkbookFile(file, spec, stamp, false);
      files.push(file);
    }
    let returns = 0;
    let notIncluded = 0;
    const ours = async () => {
      const programme = await consolidateFiles(files, { today: new Date(Date.UTC(2009, 5, 1)) });
      const now = new Date();
      await workbookBytes(
        buildProgrammeWorkbook(programme, { chartsNote: true, generated: now }),
        programmeStamp(programme.definition, now),
      );
      returns = programme.returns.length;
      notIncluded = programme.notIncluded.length;
    };
    const reference = async () => {
      for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
    };
    const timing = await timeSideBySide(ours, reference, 1, false);
    return { ...timing, files: files.length, returns, notIncluded };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
