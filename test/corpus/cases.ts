/**
 * The hostile and broken input corpus: each case builds one file and names the outcome every command
 * that reads files must reach with it. Small cases are built in memory; the big ones (a zip bomb, a
 * million rows) are streamed, so they stay small on disk and are made fresh at test time.
 *
 * An outcome is either "unreadable" (the file is refused before or while parsing, with the read
 * problem code that `check --json` reports as `file.<problem>`) or "read" (the file is read and the
 * checker reports exactly these rule ids).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ReadFailure } from '../../src/xlsx/read-pool';
import { xlsxBytes } from '../../src/xlsx/xlsx-bytes';
import { cellOf } from '../check/monthly/fixture';
import { deflateChunks, makeZip } from '../helpers/zip';
import {
  compoundFile,
  editStamp,
  manyRows,
  MONTH_SHEET,
  monthlyReturn,
  packageWith,
  SHEET_OPEN,
  staffList,
  workerWorkbook,
} from './workbooks';
import { rowOf } from '../../src/xlsx/fill-in';

export type CheckOutcome = { unreadable: ReadFailure; message: RegExp } | { ruleIds: string[]; message?: RegExp };

/** What `consolidate` does with the file: counts it as a return, or lists it as not included, and why. */
export type ConsolidateOutcome = { included: true } | { included: false; reason: RegExp };

/** What `ksf-outline --staff FILE` does with the file: its exit status and what it says on stderr. */
export interface StaffOutcome {
  code: number;
  err: RegExp;
}

export interface CorpusCase {
  id: string;
  /** The named outcome, e.g. "encrypted", "zip-bomb", "labels-edited". */
  outcome: string;
  description: string;
  build(): Promise<Buffer> | Buffer;
  check: CheckOutcome;
  ksfOutlineStaff: StaffOutcome;
  /** Defaults: an unreadable file is listed with the reader's words; any other file is a return and counted. */
  consolidate?: ConsolidateOutcome;
}

const NOT_A_RETURN: ConsolidateOutcome = { included: false, reason: /holds no monthly report made by the STR Toolkit/ };

/** The outcome `consolidate` must reach with a case. */
export function consolidateOutcome(c: CorpusCase): ConsolidateOutcome {
  if (c.consolidate) return c.consolidate;
  return 'unreadable' in c.check ? { included: false, reason: c.check.message } : { included: true };
}

/** Every file that is not a staff list gets this from `ksf-outline --staff`. */
const NOT_A_STAFF_LIST: StaffOutcome = { code: 2, err: /has no "name".*column[\s\S]*No worker could be made/ };
/** A file refused as unreadable is refused by `ksf-outline --staff` with the same words. */
const refused = (message: RegExp): StaffOutcome => ({ code: 2, err: message });

async function goodWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').getCell('A1').value = 'hello';
  return xlsxBytes(workbook);
}

/** A one-sheet workbook with its sheet's XML edited by hand. */
async function withSheetXml(edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await goodWorkbook());
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', edit(xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
  ']>';
const XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

/** The bomb's 300 MB sheet, deflated once for both bomb cases (0.6 s of CPU each time, measured). */
let bombPart: ReturnType<typeof deflateChunks> | undefined;

/** 300 MB of spaces inside a sheet: about 300 KB packed. */
async function bombSheet(statedSize?: number) {
  function* chunks(): Generator<Buffer> {
    yield Buffer.from(`${SHEET_OPEN}<sheetData>`);
    const mb = Buffer.alloc(2 ** 20, 0x20);
    for (let i = 0; i < 300; i++) yield mb;
    yield Buffer.from('</sheetData></worksheet>');
  }
  const packed = await (bombPart ??= deflateChunks(chunks()));
  return packageWith(statedSize === undefined ? packed : { ...packed, size: statedSize });
}

const staffHeader = ['Name', 'Grade', 'Setting', 'Team'];
const STATEMENT =
  'All individuals involved in the recruitment process will have undergone equal opportunities training.';

export const CASES: CorpusCase[] = [
  {
    id: 'empty',
    outcome: 'empty',
    description: 'an empty file (0 bytes)',
    build: () => Buffer.alloc(0),
    check: { unreadable: 'empty', message: /The file is empty \(0 bytes\)/ },
    ksfOutlineStaff: refused(/The file is empty \(0 bytes\)/),
  },
  {
    id: 'random-bytes',
    outcome: 'not-xlsx',
    description: '4 KB of random bytes',
    build: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
    check: { unreadable: 'not-xlsx', message: /not an Excel workbook/ },
    ksfOutlineStaff: refused(/not an Excel workbook/),
  },
  {
    id: 'truncated-zip',
    outcome: 'truncated',
    description: 'a workbook cut short after 1,500 bytes',
    build: async () => (await monthlyReturn('truncated-zip')).subarray(0, 1500),
    check: { unreadable: 'truncated', message: /cut short or damaged/ },
    ksfOutlineStaff: refused(/cut short or damaged/),
  },
  {
    id: 'encrypted',
    outcome: 'encrypted',
    description: 'a password-protected (encrypted) workbook: an OLE file with an EncryptionInfo stream',
    build: () => compoundFile('EncryptionInfo'),
    check: { unreadable: 'encrypted', message: /password-protected \(encrypted\).*remove the password/ },
    ksfOutlineStaff: refused(/password-protected \(encrypted\)/),
  },
  {
    id: 'encrypted-zip-part',
    outcome: 'encrypted',
    description: 'a zip whose parts are encrypted (zip password)',
    build: () => {
      const zip = makeZip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      ]);
      // Set the "encrypted" flag of every central directory entry.
      for (
        let at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
        at >= 0;
        at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 4)
      )
        zip.writeUInt16LE(1, at + 8);
      return zip;
    },
    check: { unreadable: 'encrypted', message: /is encrypted; the toolkit cannot read it/ },
    ksfOutlineStaff: refused(/is encrypted/),
  },
  {
    id: 'old-xls',
    outcome: 'old-xls',
    description: 'an old Excel 97-2003 .xls file renamed .xlsx',
    build: () => compoundFile('Workbook'),
    check: { unreadable: 'old-xls', message: /old Excel 97–2003 \(\.xls\) file/ },
    ksfOutlineStaff: refused(/old Excel 97–2003/),
  },
  {
    id: 'csv-renamed',
    outcome: 'text-file',
    description: 'a CSV file renamed .xlsx',
    build: () => Buffer.from('Name,Grade,Setting\nSam Lee,Intermediate,Crisis\n'),
    check: { unreadable: 'text-file', message: /text file \(perhaps CSV\)/ },
    ksfOutlineStaff: refused(/text file \(perhaps CSV\)/),
  },
  {
    id: 'no-workbook',
    outcome: 'no-workbook',
    description: 'a zip file with no workbook part',
    build: () => makeZip([{ name: 'readme.txt', data: Buffer.from('not a workbook') }]),
    check: { unreadable: 'no-workbook', message: /zip file, but there is no Excel workbook inside/ },
    ksfOutlineStaff: refused(/no Excel workbook inside/),
  },
  {
    id: 'malformed-xml',
    outcome: 'unreadable',
    description: 'a sheet whose XML stops mid-tag',
    build: () => withSheetXml(() => `${XML_DECLARATION}<worksheet><sheetData><row><c r="A1"`),
    check: { unreadable: 'unreadable', message: /could not be read.*save it as \.xlsx/ },
    ksfOutlineStaff: refused(/could not be read.*save it as \.xlsx/),
  },
  {
    id: 'billion-laughs',
    outcome: 'unsafe-xml',
    description: 'entity expansion ("billion laughs"): ten nested entities of ten',
    build: () => withSheetXml((xml) => xml.replace(XML_DECLARATION, BILLION_LAUGHS)),
    check: { unreadable: 'unsafe-xml', message: /declares a DOCTYPE or entities/ },
    ksfOutlineStaff: refused(/declares a DOCTYPE or entities/),
  },
  {
    id: 'xxe',
    outcome: 'unsafe-xml',
    description: 'an XML external entity (XXE) naming /etc/passwd',
    build: () => withSheetXml((xml) => xml.replace(XML_DECLARATION, XXE).replace('hello', '&xxe;')),
    check: { unreadable: 'unsafe-xml', message: /declares a DOCTYPE or entities/ },
    ksfOutlineStaff: refused(/declares a DOCTYPE or entities/),
  },
  {
    id: 'xxe-after-long-comment',
    outcome: 'unsafe-xml',
    description: 'an XXE whose DOCTYPE follows a 6 KB comment, beyond the first 4 KB a part is checked for one',
    build: () =>
      withSheetXml((xml) =>
        xml
          .replace(
            XML_DECLARATION,
            `${XML_DECLARATION}<!--${' padding'.repeat(750)}-->${XXE.replace(/^<\?.*?\?>/, '')}`,
          )
          .replace('hello', '&xxe;'),
      ),
    check: { unreadable: 'unsafe-xml', message: /has more than 4096 bytes before its first element/ },
    ksfOutlineStaff: refused(/has more than 4096 bytes before its first element/),
  },
  {
    id: 'zip-bomb',
    outcome: 'zip-bomb',
    description: 'a zip bomb: 300 KB on disk, 300 MB unpacked',
    build: () => bombSheet(),
    check: { unreadable: 'too-large', message: /compressed \d+ times over, as in a "zip bomb"/ },
    ksfOutlineStaff: refused(/as in a "zip bomb"/),
  },
  {
    id: 'zip-bomb-understated',
    outcome: 'zip-bomb',
    description: 'a zip bomb whose zip index claims the 300 MB part is 1,000 bytes',
    build: () => bombSheet(1000),
    check: { unreadable: 'too-large', message: /unpacks to more than the 1000 bytes the zip’s index says/ },
    ksfOutlineStaff: refused(/as in a "zip bomb"/),
  },
  {
    id: 'million-rows',
    outcome: 'too-many-rows',
    description: 'a sheet of 1,000,000 rows (7 MB on disk, 50 MB of XML), declared as Excel does',
    build: () => manyRows(1_000_000, true),
    check: { unreadable: 'too-large', message: /runs to row 1,000,000, over the 100,000-row limit/ },
    ksfOutlineStaff: refused(/runs to row 1,000,000/),
  },
  {
    id: 'million-rows-undeclared',
    outcome: 'too-many-rows',
    description:
      'the same 1,000,000 rows without the <dimension> that declares them: the preflight counts them as the sheet unpacks',
    build: () => manyRows(1_000_000, false),
    check: { unreadable: 'too-large', message: /\(xl\/worksheets\/sheet1\.xml\) has more than 100,000 rows/ },
    ksfOutlineStaff: refused(/has more than 100,000 rows/),
  },
  {
    id: 'long-cell',
    outcome: 'name-too-long',
    description: 'a staff list whose first name is a cell of 32,767 characters (Excel’s most)',
    build: () =>
      staffList('Staff', [
        staffHeader,
        ['x'.repeat(32_767), 'Intermediate', 'Crisis', 'North'],
        ['Sam Lee', 'Senior', 'Crisis', 'North'],
      ]),
    check: { ruleIds: ['document.unstamped'] },
    ksfOutlineStaff: { code: 1, err: /Row 2: the name is longer than 200 characters\. This row was left out/ },
    consolidate: NOT_A_RETURN,
  },
  {
    id: 'proto-sheet',
    outcome: 'proto-sheet-read',
    description: 'a staff list on a sheet named __proto__',
    build: () => staffList('__proto__', [staffHeader, ['Sam Lee', 'Senior', 'Crisis', 'North']]),
    check: { ruleIds: ['document.unstamped'], message: /Sheet "__proto__" was not made by the STR Toolkit/ },
    ksfOutlineStaff: { code: 0, err: /^$/ },
    consolidate: NOT_A_RETURN,
  },
  {
    id: 'formula-in-input',
    outcome: 'formula-in-input',
    description: 'a monthly return with a formula in a count and a hyperlink in the report text',
    build: () =>
      monthlyReturn('formula-in-input', (sheet) => {
        sheet.getCell(cellOf('Posts_New')).value = {
          formula: 'HYPERLINK("http://x.test","3")',
          result: 3,
        } as ExcelJS.CellFormulaValue;
        sheet.getCell(cellOf('Report_Progress')).value = { text: 'Our progress', hyperlink: 'http://x.test/' };
      }),
    check: { ruleIds: ['monthly.formula-in-input'], message: /formula =HYPERLINK|link to http:\/\/x\.test/ },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
  },
  {
    id: 'deleted-row',
    outcome: 'labels-edited',
    description: 'a monthly return with one row deleted',
    build: () =>
      monthlyReturn('deleted-row', (sheet) => sheet.spliceRows(rowOf(sheet, 1, 'STR Worker Post Details'), 1)),
    check: { ruleIds: ['document.labels-edited'] },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
  },
  {
    id: 'renamed-sheet',
    outcome: 'renamed-sheet',
    description: 'a monthly return whose month sheet was renamed',
    build: async () => {
      // As Excel renames: the sheet's entry in xl/workbook.xml and every defined name that points at it.
      const zip = await JSZip.loadAsync(await monthlyReturn('renamed-sheet'));
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      const renamed = xml
        .replace(`name="${MONTH_SHEET}"`, 'name="March"')
        .split(`&apos;${MONTH_SHEET}&apos;!`)
        .join('March!');
      zip.file('xl/workbook.xml', renamed);
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
    check: {
      ruleIds: ['document.renamed'],
      message: /Sheet "March" is the toolkit's sheet "2008-03" under a new name/,
    },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
  },
  {
    id: 'statement-edited',
    outcome: 'labels-edited',
    description: 'a monthly return with an objective statement reworded',
    build: () =>
      monthlyReturn('statement-edited', (sheet) => {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.value === STATEMENT)
              cell.value = 'Some of the people involved in recruitment will have had training.';
          }),
        );
      }),
    // The reworded objective's fields are not trusted by name any more (the statement is their label), so the
    // layout warning names them as well.
    check: { ruleIds: ['document.labels-edited', 'monthly.layout-changed'] },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
  },
  {
    id: 'newer-template',
    outcome: 'newer-template',
    description: 'a monthly return stamped with a template version newer than this toolkit knows',
    build: () => monthlyReturn('newer-template', (_sheet, workbook) => editStamp(workbook, MONTH_SHEET, 4, '99')),
    check: { ruleIds: ['document.newer-template'], message: /template version 99, newer than this toolkit knows/ },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
    // consolidate does not yet say the template is newer (src/consolidate/collect.ts); it does refuse the sheet.
    consolidate: {
      included: false,
      reason: /holds no monthly report made by the STR Toolkit \(its sheets: "2008-03"\)/,
    },
  },
  ...(
    [
      ['dates-as-text-dmy', '05/04/2008'],
      ['dates-as-text-iso', '2008-04-05'],
      ['dates-as-text-long', '5 April 2008'],
    ] as const
  ).map(([id, typed]): CorpusCase => ({
    id,
    outcome: 'stored-as-text',
    description: `a monthly return with the date submitted typed as the text "${typed}"`,
    build: () => monthlyReturn(id, (sheet) => (sheet.getCell(cellOf('Added_DateSubmitted')).value = typed)),
    check: { ruleIds: ['monthly.stored-as-text'], message: new RegExp(`"${typed}" is a date stored as text`) },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
  })),
  {
    id: 'numbers-as-text',
    outcome: 'stored-as-text',
    description: 'a monthly return with a count typed as the text "3"',
    build: () => monthlyReturn('numbers-as-text', (sheet) => (sheet.getCell(cellOf('Posts_New')).value = '3')),
    check: { ruleIds: ['monthly.stored-as-text'], message: /"3" is a number stored as text/ },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
  },
  {
    id: 'merged-over-inputs',
    outcome: 'merged-input-lost',
    description:
      'a monthly return with an input merged into its label: as in Excel, the merge keeps only the label, so the count is gone',
    build: () =>
      monthlyReturn('merged-over-inputs', (sheet) => {
        // The label is in column A of the input's row.
        const input = cellOf('Posts_New');
        sheet.mergeCells(`A${input.replace(/^[A-Z]+/, '')}:${input}`);
      }),
    check: { ruleIds: ['monthly.posts-match-in-post'], message: /Converted plus new posts make 2, but 5/ },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
  },
  {
    id: 'ksf-missing-core',
    outcome: 'core-dimension-missing',
    description: 'a KSF outline with Core 6 deleted',
    build: () =>
      workerWorkbook({ name: 'Sam Jones', grade: 'intermediate', setting: 'crisis' }, (workbook) => {
        const outline = workbook.getWorksheet('KSF - Sam Jones')!;
        outline.spliceRows(rowOf(outline, 1, '6'), 1);
        const first = rowOf(outline, 1, 'Core 6');
        outline.spliceRows(first, rowOf(outline, 1, 'Core 6 L2 d') - first + 1);
      }),
    check: {
      ruleIds: ['document.labels-edited', 'ksf.core-dimensions'],
      message: /Core 6 is missing from the outline at a glance/,
    },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
    consolidate: NOT_A_RETURN,
  },
  {
    id: 'clean-return',
    outcome: 'clean',
    description: 'a monthly return filled in correctly: the control, so a good file in the batch is still checked',
    build: () => monthlyReturn('clean-return'),
    check: { ruleIds: [] },
    ksfOutlineStaff: NOT_A_STAFF_LIST,
  },
];
