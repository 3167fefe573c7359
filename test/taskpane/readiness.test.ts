import { EXCEL_API, blockingMessage } from '../../src/taskpane/readiness';
import { NEEDS_NEWER_EXCEL, NOT_IN_EXCEL } from '../../src/taskpane/messages';
import fs from 'fs';
import path from 'path';

/** Requirement sets of an Excel that supports ExcelApi up to `highest`. */
function excelUpTo(highest: number) {
  const asked: string[] = [];
  return {
    asked,
    requirements: {
      isSetSupported(name: string, version = '1.1') {
        asked.push(`${name} ${version}`);
        return name === 'ExcelApi' && Number(version.split('.')[1]) <= highest;
      },
    },
  };
}

describe('blockingMessage', () => {
  test('a current Excel can run the toolkit', () => {
    const excel = excelUpTo(17);
    expect(blockingMessage({ inExcel: true, requirements: excel.requirements })).toBeNull();
    expect(excel.asked).toEqual(['ExcelApi 1.9']);
  });

  test('an Excel without ExcelApi 1.9 is told which Excel is needed', () => {
    const message = blockingMessage({ inExcel: true, requirements: excelUpTo(8).requirements });
    expect(message).toBe(NEEDS_NEWER_EXCEL);
    expect(message?.lines.join(' ')).toContain('Excel 2021 or later, Excel for Microsoft 365, or Excel on the web');
  });

  test('an Office too old to report requirement sets is told the same', () => {
    expect(blockingMessage({ inExcel: true })).toBe(NEEDS_NEWER_EXCEL);
  });

  test('outside Excel the page says where to open it', () => {
    expect(blockingMessage({ inExcel: false, requirements: excelUpTo(17).requirements })).toBe(NOT_IN_EXCEL);
  });

  test('checks the same requirement set the manifest asks for', () => {
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`<Set Name="${EXCEL_API.name}" MinVersion="${EXCEL_API.version}"/>`);
  });
});
