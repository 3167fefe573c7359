import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import zlib from 'zlib';
import { DEFAULT_LIMITS, preflight, ReadProblem, RowCounter } from '../../src/ooxml/preflight';
import { makeZip } from '../helpers/zip';

async function goodXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').getCell('A1').value = 'hello';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function withSheetXml(edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await goodXlsx());
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', edit(xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function compound(streamName: string): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(512)]);
}

const billionLaughs = (xml: string) =>
  xml.replace(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
  );
const xxe = (xml: string) =>
  xml.replace(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  );

const cases: [string, () => Promise<Buffer> | Buffer, ReadProblem][] = [
  ['an empty file', () => Buffer.alloc(0), 'empty'],
  ['random bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), 'not-xlsx'],
  ['a CSV renamed .xlsx', () => Buffer.from('Site,Month,In post\nLeeds,2008-03,4\n'), 'text-file'],
  ['an encrypted workbook', () => compound('EncryptionInfo'), 'encrypted'],
  ['an old .xls', () => compound('Workbook'), 'old-xls'],
  ['a truncated zip', async () => (await goodXlsx()).subarray(0, 1500), 'truncated'],
  ['a zip with no workbook part', () => makeZip([{ name: 'readme.txt', data: Buffer.from('hi') }]), 'no-workbook'],
  ['an entity-expansion file', () => withSheetXml(billionLaughs), 'unsafe-xml'],
  ['an XXE attempt', () => withSheetXml(xxe), 'unsafe-xml'],
  [
    'a zip bomb',
    () =>
      makeZip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(300 * 2 ** 20, 0x20) },
      ]),
    'too-large',
  ],
];

test.each(cases)('%s is refused with a specific message', async (_name, make, problem) => {
  const result = preflight(await make());
  expect(result).toMatchObject({ ok: false, problem });
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(20);
    expect(result.message).not.toMatch(/\bat \w+ \(/); // no stack traces
  }
});

test('a real workbook passes', async () => {
  expect(preflight(await goodXlsx())).toMatchObject({ ok: true });
});

test('a file over the size limit is refused before unpacking', () => {
  const result = preflight(Buffer.alloc(200), { ...DEFAULT_LIMITS, maxFileBytes: 100 });
  expect(result).toMatchObject({ ok: false, problem: 'too-large' });
});

test('a sheet whose declared size runs past the row limit is refused before parsing', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rows');
  for (let r = 1; r <= 20; r++) ws.addRow([r]);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  expect(preflight(bytes, { ...DEFAULT_LIMITS, maxRows: 20 })).toMatchObject({ ok: true });
  expect(preflight(bytes, { ...DEFAULT_LIMITS, maxRows: 19 })).toMatchObject({
    ok: false,
    problem: 'too-large',
    message: expect.stringMatching(/runs to row 20, over the 19-row limit/),
  });
});

test('a sheet without a <dimension> is refused as its rows pass the limit, counted as it unpacks', () => {
  const SHEET_OPEN = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  const sheet = (rows: string) => Buffer.from(`${SHEET_OPEN}<sheetData>${rows}</sheetData></worksheet>`);
  const workbook = (sheetXml: Buffer) =>
    makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
    ]);
  const limits = { ...DEFAULT_LIMITS, maxRows: 3 };
  const row = (r: number, tag = 'row') => `<${tag} r="${r}"><c r="A${r}"><v>${r}</v></c></${tag}>`;
  const rows = (count: number, tag?: string) => Array.from({ length: count }, (_, i) => row(i + 1, tag)).join('');
  expect(preflight(workbook(sheet(rows(3))), limits)).toMatchObject({ ok: true });
  // Names that begin "row" but are not rows are not counted; an element of another name is not a row.
  expect(preflight(workbook(sheet(`${rows(3)}<rowBreaks count="9"/><rows/><arrow/>`)), limits)).toMatchObject({
    ok: true,
  });
  const refusal = {
    ok: false,
    problem: 'too-large',
    message:
      'A sheet of the workbook (xl/worksheets/sheet1.xml) has more than 3 rows; that is too large to be one of the toolkit’s workbooks, so it was not read.',
  };
  expect(preflight(workbook(sheet(rows(4))), limits)).toEqual(refusal);
  // With a namespace prefix, as some programs write them.
  const prefixed = Buffer.from(
    `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${rows(4, 'x:row')}</x:sheetData></x:worksheet>`,
  );
  expect(preflight(workbook(prefixed), limits)).toEqual(refusal);
});

test('rows are counted however the unpacked sheet is cut into pieces', () => {
  const xml = '<x:row r="1"/><row>\n<rowBreaks/><c><v>1</v></c></row><row\tr="3">';
  for (let cut = 0; cut <= xml.length; cut++) {
    for (const second of [cut, Math.min(xml.length, cut + 2)]) {
      const counter = new RowCounter();
      for (const piece of [xml.slice(0, cut), xml.slice(cut, second), xml.slice(second)])
        counter.add(Buffer.from(piece));
      expect({ cut, second, rows: counter.count }).toEqual({ cut, second, rows: 3 });
    }
  }
});

test('a part that unpacks to more than its zip index says is refused as a zip bomb', () => {
  const data = Buffer.concat([
    Buffer.from('<worksheet>'),
    Buffer.alloc(100_000 - 23, 0x20),
    Buffer.from('</worksheet>'),
  ]);
  const packed = zlib.deflateRawSync(data);
  const zip = (size: number) =>
    makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data, deflated: { packed, size, crc: zlib.crc32(data) } },
    ]);
  expect(preflight(zip(100_000))).toEqual({ ok: true, unpackedBytes: 100_000 + 19 });
  expect(preflight(zip(1000))).toMatchObject({
    ok: false,
    problem: 'too-large',
    message: expect.stringMatching(/more than the 1000 bytes the zip’s index says/),
  });
});

test('a part whose compressed data is damaged is refused', () => {
  const zip = makeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    {
      name: 'xl/media/image1.png',
      data: Buffer.alloc(10),
      deflated: { packed: Buffer.from([0xff, 0xff, 0xff]), size: 10, crc: 0 },
    },
  ]);
  expect(preflight(zip)).toMatchObject({
    ok: false,
    problem: 'truncated',
    message: expect.stringMatching(/image1\.png of the workbook is damaged/),
  });
});

describe('the head of each XML part, read before the part is unpacked', () => {
  const ROWS = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`);
  const sheet = (prolog: string, rows: number) =>
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>${prolog}<worksheet><dimension ref="A1:A${rows}"/>` +
        `<sheetData>${ROWS.join('')}</sheetData></worksheet>`,
    );
  const workbook = (data: Buffer, level: number) =>
    makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      {
        name: 'xl/worksheets/sheet1.xml',
        data,
        deflated: { packed: zlib.deflateRawSync(data, { level }), size: data.length, crc: zlib.crc32(data) },
      },
    ]);

  // Level 0 writes stored blocks, which fflate gives out only once a whole block (up to 64 KB) is in.
  test.each([0, 1, 9])('deflate level %i: a DOCTYPE and the declared rows are seen in a large part', (level) => {
    expect(zlib.deflateRawSync(sheet('', 5000), { level }).length).toBeGreaterThan(4096 * 4);
    expect(preflight(workbook(sheet('', 5000), level))).toMatchObject({ ok: true });
    expect(preflight(workbook(sheet('', 200_000), level))).toMatchObject({
      problem: 'too-large',
      message: expect.stringMatching(/runs to row 200,000, over the 100,000-row limit/),
    });
    expect(preflight(workbook(sheet('<!DOCTYPE x [<!ENTITY a "b">]>', 5000), level))).toMatchObject({
      problem: 'unsafe-xml',
    });
  });

  test('a DOCTYPE pushed past the head by a long comment is refused, as is any prolog that long', () => {
    const padding = `<!-- ${'<x> '.repeat(2000)} -->`;
    expect(preflight(workbook(sheet(`<!-- a short comment -->`, 5000), 6))).toMatchObject({ ok: true });
    for (const prolog of [`${padding}<!DOCTYPE x [<!ENTITY a "b">]>`, padding, `<?pi ${' '.repeat(5000)}?>`]) {
      expect(preflight(workbook(sheet(prolog, 5000), 6))).toMatchObject({
        problem: 'unsafe-xml',
        message: expect.stringMatching(/sheet1\.xml has more than 4096 bytes before its first element/),
      });
    }
  });

  test('an XML part whose packed data is damaged from the start is refused', () => {
    const zip = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      {
        name: 'xl/styles.xml',
        data: Buffer.alloc(10),
        deflated: { packed: Buffer.from([0xff, 0xff]), size: 10, crc: 0 },
      },
    ]);
    expect(preflight(zip)).toMatchObject({
      problem: 'truncated',
      message: expect.stringMatching(/styles\.xml of the workbook is damaged/),
    });
  });
});
