/**
 * Reads the open workbook into the host-neutral grid (grid-from-office.ts) in two round trips, however
 * many sheets it has: the first lists the sheets and the workbook's names, the second reads every
 * sheet's used range (values, formulas, number formats, hyperlinks and locked flags) and its own names.
 * Office.js cannot read a sheet's cells before it knows the sheet, so two is the least possible.
 */
import { WorkbookGrid } from '../grid/grid';
import { gridFromOffice, OfficeNameData, OfficeSheetData } from './grid-from-office';

/**
 * Queues more reads for one sheet in the second round trip (e.g. its protection), so a caller needs no
 * round trip of its own. Read what it loads after readWorkbookGrid has resolved.
 */
export type ReadAlongside = (sheet: Excel.Worksheet, name: string) => void;

/** What getCellProperties (ExcelApi 1.9) is asked for: only what the checker reads. */
const CELL_PROPERTIES: Excel.CellPropertiesLoadOptions = { hyperlink: true, format: { protection: true } };

/**
 * `cellsOf`, asked after the first round trip, limits which sheets' cells are read (the others come back
 * with their name and visibility only), so a workbook with large sheets of its own stays within Excel on
 * the web's 5 MB response limit. A monthly report sheet is about 50 KB of response.
 */
export async function readWorkbookGrid(
  context: Excel.RequestContext,
  alongside?: ReadAlongside,
  cellsOf: (sheet: string) => boolean = () => true,
): Promise<WorkbookGrid> {
  const { workbook } = context;
  const worksheets = workbook.worksheets.load('items/name,items/visibility');
  const workbookNames = workbook.names.load('items/name,items/formula');
  await context.sync();

  const reads = worksheets.items.map((sheet) => {
    alongside?.(sheet, sheet.name);
    if (!cellsOf(sheet.name)) return { sheet, used: null, properties: null, names: null };
    // Values only: a formatted but empty cell holds nothing the checker reads. An empty sheet gives A1,
    // never a null object, so getCellProperties always has a range to work on.
    const used = sheet.getUsedRange(true).load('address,values,formulas,numberFormat');
    const properties = used.getCellProperties(CELL_PROPERTIES);
    const names = sheet.names.load('items/name,items/formula');
    return { sheet, used, properties, names };
  });
  await context.sync();

  const sheets: OfficeSheetData[] = reads.map(({ sheet, used, properties }) => {
    if (!used || !properties) return unread(sheet);
    const cells = properties.value;
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      address: used.address,
      values: used.values,
      formulas: used.formulas,
      numberFormat: used.numberFormat as string[][],
      hyperlinks: cells.map((row) => row.map((cell) => hyperlinkTarget(cell.hyperlink))),
      locked: cells.map((row) => row.map((cell) => cell.format?.protection?.locked !== false)),
    };
  });
  const names: OfficeNameData[] = [
    ...workbookNames.items.map((n) => ({ name: n.name, value: String(n.formula), scope: null })),
    ...reads.flatMap(({ sheet, names: own }) =>
      (own?.items ?? []).map((n) => ({ name: n.name, value: String(n.formula), scope: sheet.name })),
    ),
  ];
  return gridFromOffice(sheets, names);
}

function unread(sheet: Excel.Worksheet): OfficeSheetData {
  const none = { values: [], formulas: [], numberFormat: [], hyperlinks: [], locked: [] };
  return { name: sheet.name, visibility: sheet.visibility, address: null, ...none };
}

/** A web address as is; a place in the workbook as "#Sheet!A1", as the command line reads it from a file. */
function hyperlinkTarget(link: Excel.RangeHyperlink | undefined | null): string {
  if (!link) return '';
  if (link.address) return link.address;
  return link.documentReference ? `#${link.documentReference}` : '';
}
