/**
 * The sheet model's conditional formats, drawn by both adapters from one description: exceljs writes them
 * into the file (read back from the raw sheet part), Office.js adds them through conditionalFormats (fake host).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { applyInsert, planInsert } from '../../src/excel/insert-framework';
import { ConditionalFormat, SheetSpec } from '../../src/sheets/model';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { FakeExcel, conditionalFormatsOn } from '../fakes/fake-excel';
import { readXlsxPart } from '../helpers/xlsx-part';
import { TEST_STAMP } from '../helpers/stamp';
import { officeJsContext } from '../fakes/office-js-host';

const stamp = TEST_STAMP;

const formats: ConditionalFormat[] = [
  { kind: 'dataBar', range: 'B2:B4', color: '5B9BD5' },
  {
    kind: 'colorScale',
    range: 'C2:D4',
    min: { value: 0, color: 'F8696B' },
    mid: { value: 1.5, color: 'FFEB84' },
    max: { value: 3, color: '63BE7B' },
  },
  { kind: 'colorScale', range: 'E2:E4', min: { value: 0, color: 'FFFFFF' }, max: { value: 1, color: '63BE7B' } },
];

const sheet: SheetSpec = {
  name: 'Ratings',
  rows: [
    ['Site', 'Workers', 'EO1', 'EO2', 'Share'],
    ['Leeds', 4, 0, 3, 0.5],
    ['York', 9, 1, 2, 1],
    ['Hull', 1, 3, null, 0],
  ],
  columns: [],
  styles: [],
  merges: [],
  validations: [],
  conditionalFormats: formats,
  print: { orientation: 'portrait', fitToWidth: true },
};

test('exceljs: a data bar from zero to the highest value, and 3- and 2-colour scales at fixed numbers', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-cf-'));
  try {
    const file = path.join(dir, 'cf.xlsx');
    await writeWorkbookFile(file, { sheets: [sheet], names: [] }, stamp, false);
    const xml = readXlsxPart(file, 'xl/worksheets/sheet1.xml');
    const blocks = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g)];
    expect(blocks.map((b) => b[1])).toEqual(['B2:B4', 'C2:D4', 'E2:E4']);
    expect(blocks[0][2]).toMatch(
      /<cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"\/><cfvo type="max"\/><color rgb="FF5B9BD5"\/><\/dataBar>/,
    );
    const scale = (b: string) => [...b.matchAll(/<cfvo type="num" val="([^"]+)"\/>/g)].map((m) => m[1]);
    const colours = (b: string) => [...b.matchAll(/<color rgb="([^"]+)"\/>/g)].map((m) => m[1]);
    expect([scale(blocks[1][2]), colours(blocks[1][2])]).toEqual([
      ['0', '1.5', '3'],
      ['FFF8696B', 'FFFFEB84', 'FF63BE7B'],
    ]);
    expect([scale(blocks[2][2]), colours(blocks[2][2])]).toEqual([
      ['0', '1'],
      ['FFFFFFFF', 'FF63BE7B'],
    ]);
    // The plain (2007) form: no extension that only newer programs read.
    expect(xml).not.toMatch(/x14:dataBar/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Office.js: the same formats, added to the same ranges in the write round trip', async () => {
  const fake = new FakeExcel();
  const context = officeJsContext(fake);
  const plan = await planInsert(context, { sheets: [sheet], names: [] }, stamp);
  await applyInsert(context, plan, 'keep-both');
  expect(fake.syncCount).toBe(2);
  expect(conditionalFormatsOn(fake, 'Ratings')).toEqual([
    expect.objectContaining({ type: 'DataBar', address: 'B2:B4', barColor: '#5B9BD5' }),
    expect.objectContaining({
      type: 'ColorScale',
      address: 'C2:D4',
      criteria: {
        minimum: { type: 'Number', formula: '0', color: '#F8696B' },
        midpoint: { type: 'Number', formula: '1.5', color: '#FFEB84' },
        maximum: { type: 'Number', formula: '3', color: '#63BE7B' },
      },
    }),
    expect.objectContaining({
      type: 'ColorScale',
      address: 'E2:E4',
      criteria: {
        minimum: { type: 'Number', formula: '0', color: '#FFFFFF' },
        maximum: { type: 'Number', formula: '1', color: '#63BE7B' },
      },
    }),
  ]);
});
