/**
 * The workbook reader on XML as other programs write it, part by part: each row is a package made by hand and
 * the grid it must read to. exceljs's own files are read in read-xlsx.test.ts.
 */
import { WorkbookGrid } from '../../src/grid/grid';
import { readXlsx } from '../../src/ooxml/read-xlsx';
import { makeZip } from '../helpers/zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Parts {
  workbook?: string;
  sheet: string;
  strings?: string;
  styles?: string;
  sheetRels?: string;
}

function xlsx(parts: Parts): Uint8Array {
  const workbook =
    parts.workbook ??
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const files = [
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/workbook.xml', data: workbook },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    { name: 'xl/worksheets/sheet1.xml', data: parts.sheet },
    ...(parts.strings ? [{ name: 'xl/sharedStrings.xml', data: parts.strings }] : []),
    ...(parts.styles ? [{ name: 'xl/styles.xml', data: parts.styles }] : []),
    ...(parts.sheetRels ? [{ name: 'xl/worksheets/_rels/sheet1.xml.rels', data: parts.sheetRels }] : []),
  ];
  return makeZip(files.map((f) => ({ name: f.name, data: Buffer.from(f.data) })));
}

const sheet = (body: string, after = '') =>
  `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${body}</sheetData>${after}</worksheet>`;

const cases: {
  name: string;
  parts: Parts;
  cells?: WorkbookGrid['sheets'][number]['cells'];
  grid?: Partial<WorkbookGrid>;
}[] = [
  {
    name: 'a main namespace written with a prefix (x:c) reads as without one',
    parts: {
      sheet:
        `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Leeds</x:t></x:is></x:c>` +
        '<x:c r="B1"><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    },
    cells: { A1: { kind: 's', value: 'Leeds' }, B1: { kind: 'n', value: 4 } },
  },
  {
    name: 'cells and rows written without their addresses (or with ones that are not) follow the ones before them',
    parts: {
      sheet: sheet(
        '<row><c><v>1</v></c><c r="not a cell"><v>2</v></c></row><row r="x"><c r="$c$2"><v>3</v></c><c><v>4</v></c></row>',
      ),
    },
    cells: {
      A1: { kind: 'n', value: 1 },
      B1: { kind: 'n', value: 2 },
      C2: { kind: 'n', value: 3 },
      D2: { kind: 'n', value: 4 },
    },
  },
  {
    name: 'shared strings: rich text joined, phonetic guides left out, CDATA and entities as text',
    parts: {
      sheet: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'),
      strings:
        `<sst xmlns="${MAIN}"><si><r><t>Tom </t></r><r><rPr><b/></rPr><t>&amp; Jerry</t></r><rPh><t>ignored</t></rPh></si>` +
        '<si><t><![CDATA[<b>as typed</b>]]></t></si></sst>',
    },
    cells: { A1: { kind: 's', value: 'Tom & Jerry' }, B1: { kind: 's', value: '<b>as typed</b>' } },
  },
  {
    name: 'characters XML cannot hold, as Excel escapes them (_x000B_), and a literal "_x" escaped (_x005F_x)',
    parts: {
      sheet: sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>tab_x0009_</t></is></c></row>',
      ),
      strings: `<sst xmlns="${MAIN}"><si><t>a_x000B_b_x005F_x0041_</t></si></sst>`,
    },
    cells: { A1: { kind: 's', value: 'a\u000Bb_x0041_' }, B1: { kind: 's', value: 'tab\t' } },
  },
  {
    name: 'a shared formula: each cell of the range keeps the formula its first cell gives',
    parts: {
      sheet: sheet(
        '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">1+1</f><v>2</v></c></row>' +
          '<row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>',
      ),
    },
    cells: { A1: { kind: 'n', value: 2, formula: '1+1' }, A2: { kind: 'n', value: 2, formula: '1+1' } },
  },
  {
    name: 'styles: dates by format, unlocked cells written either way, conditional formats’ number formats ignored',
    parts: {
      sheet: sheet(
        '<row r="1"><c r="A1" s="1"><v>39512</v></c><c r="B1" s="2"><v>7</v></c><c r="C1" s="3"><v>8</v></c></row>',
      ),
      styles:
        `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>` +
        '<cellStyleXfs count="1"><xf numFmtId="14"><protection locked="0"/></xf></cellStyleXfs>' +
        '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164" applyProtection="1"><protection locked="false"/></xf>' +
        '<xf numFmtId="0"><protection locked="0"/></xf></cellXfs>' +
        '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></dxf></dxfs></styleSheet>',
    },
    cells: {
      A1: { kind: 'd', value: '2008-03-05' },
      B1: { kind: 'n', value: 7, unlocked: true },
      C1: { kind: 'n', value: 8, unlocked: true },
    },
  },
  {
    name: 'hyperlinks: to a place in the workbook and to an address, over a range of cells',
    parts: {
      sheet: sheet(
        '<row r="1"><c r="A1" t="str"><v>here</v></c><c r="B1" t="str"><v>there</v></c><c r="C1" t="str"><v>too</v></c></row>',
        '<hyperlinks><hyperlink ref="A1" location="\'S\'!A9"/><hyperlink ref="B1:C1" r:id="rId7"/></hyperlinks>',
      ),
      sheetRels:
        '<Relationships><Relationship Id="rId7" Target="https://example.org/" TargetMode="External"/></Relationships>',
    },
    cells: {
      A1: { kind: 's', value: 'here', hyperlink: "'S'!A9" },
      B1: { kind: 's', value: 'there', hyperlink: 'https://example.org/' },
      C1: { kind: 's', value: 'too', hyperlink: 'https://example.org/' },
    },
  },
  {
    name: 'a merge over the whole sheet leaves only its first cell',
    parts: {
      sheet: sheet(
        '<row r="1"><c r="A1" t="str"><v>kept</v></c><c r="B1" t="str"><v>under</v></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      ),
    },
    cells: { A1: { kind: 's', value: 'kept' } },
  },
  {
    name: 'sheet states, and names: workbook-wide, a sheet’s own, several areas, constants left out',
    parts: {
      workbook:
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/>` +
        '<sheet name="Gone" sheetId="2" state="veryHidden" r:id="rId9"/></sheets><definedNames>' +
        '<definedName name="Total">S!$B$2</definedName><definedName name="Own" localSheetId="0">\'S\'!$A$1:$B$2</definedName>' +
        '<definedName name="Two">S!$A$1,S!$C$3</definedName><definedName name="Rate">0.2</definedName></definedNames></workbook>',
      sheet: sheet(''),
    },
    grid: {
      sheets: [
        { name: 'S', state: 'visible', cells: {}, merges: [] },
        { name: 'Gone', state: 'veryHidden', cells: {}, merges: [] },
      ],
      names: [
        { name: 'Total', sheet: 'S', range: 'B2', scope: null },
        { name: 'Own', sheet: 'S', range: 'A1:B2', scope: 'S' },
        { name: 'Two', sheet: 'S', range: 'A1', scope: null },
        { name: 'Two', sheet: 'S', range: 'C3', scope: null },
      ],
    },
  },
];

test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const grid = readXlsx(xlsx(c.parts));
  if (c.cells) expect(grid.sheets[0].cells).toEqual(c.cells);
  if (c.grid) expect(grid).toEqual(c.grid);
});
