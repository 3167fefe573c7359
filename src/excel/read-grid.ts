/**
 * Reads the open workbook into the host-neutral grid (grid-from-office.ts). Round trip 1 lists the sheets
 * and the workbook's names; round trip 2 asks each sheet read for the size of its used range, with its own
 * names (Office.js cannot reach a sheet's cells before it knows the sheet, nor size them before asking);
 * then one round trip per part of the cells (values, formulas, number formats, hyperlinks and locked
 * flags), packed by packByBudget under REQUEST_BUDGET of response each, since Excel on the web refuses a
 * response over 5 MB. A workbook of a few sheets takes three round trips; 100 workers' outlines, a few more.
 */
import { WorkbookGrid } from '../grid/grid';
import { rangeAddress } from '../sheets/a1';
import { gridFromOffice, OfficeNameData, OfficeSheetData } from './grid-from-office';
import { packByBudget, REQUEST_BUDGET, Sized } from './chunk-placement';
import { estimateReadBytes } from './payload-estimate';

/**
 * Queues more reads for one sheet in the second round trip (e.g. its protection), so a caller needs no
 * round trip of its own. Read what it loads after readWorkbookGrid has resolved.
 */
export type ReadAlongside = (sheet: Excel.Worksheet, name: string) => void;

/** What getCellProperties (ExcelApi 1.9) is asked for: only what the checker reads. */
const CELL_PROPERTIES: Excel.CellPropertiesLoadOptions = { hyperlink: true, format: { protection: true } };

export interface ReadOptions {
  alongside?: ReadAlongside;
  /**
   * Asked after the first round trip: which sheets' cells are read (the others come back with their name
   * and visibility only). Check reads only the toolkit's sheets, whatever else is there.
   */
  cellsOf?: (sheet: string) => boolean;
  /** Bytes of response a part aims at; default REQUEST_BUDGET, under Excel on the web's 5 MB limit. */
  budget?: number;
}

export interface WorkbookRead {
  grid: WorkbookGrid;
  /** Round trips the read took: two, and one per part of the cells. */
  syncs: number;
}

/** The grid alone, for callers that do not count round trips. */
export async function readWorkbookGrid(
  context: Excel.RequestContext,
  alongside?: ReadAlongside,
  cellsOf?: (sheet: string) => boolean,
): Promise<WorkbookGrid> {
  return (await readWorkbook(context, { alongside, cellsOf })).grid;
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const { alongside, cellsOf = () => true, budget = REQUEST_BUDGET } = options;
  const { workbook } = context;
  const worksheets = workbook.worksheets.load('items/name,items/visibility');
  const workbookNames = workbook.names.load('items/name,items/formula');
  await context.sync();

  const sized = worksheets.items.map((sheet) => {
    alongside?.(sheet, sheet.name);
    if (!cellsOf(sheet.name)) return { sheet, used: null, names: null };
    // Values only: a formatted but empty cell holds nothing the checker reads. An empty sheet gives A1,
    // never a null object, so there is always a range to read.
    const used = sheet.getUsedRange(true).load('address,rowIndex,columnIndex,rowCount,columnCount');
    const names = sheet.names.load('items/name,items/formula');
    return { sheet, used, names };
  });
  await context.sync();

  const { read, syncs } = await readCells(
    context,
    sized.flatMap(({ sheet, used }) => (used ? [{ sheet, used }] : [])),
    budget,
  );
  const sheets: OfficeSheetData[] = sized.map(({ sheet }) => read.get(sheet.name) ?? unread(sheet));
  const names: OfficeNameData[] = [
    ...workbookNames.items.map((n) => ({ name: n.name, value: String(n.formula), scope: null })),
    ...sized.flatMap(({ sheet, names: own }) =>
      (own?.items ?? []).map((n) => ({ name: n.name, value: String(n.formula), scope: sheet.name })),
    ),
  ];
  return { grid: gridFromOffice(sheets, names), syncs: 2 + syncs };
}

/** Rows [from, to) of one sheet's used range, 0-based within it: what one part reads of that sheet. */
interface RowsToRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  from: number;
  to: number;
}

/**
 * The cells of every sized sheet, one round trip per part. A sheet whose cells would be over the budget
 * alone is read in bands of rows, a part each, and put back together here.
 */
async function readCells(
  context: Excel.RequestContext,
  sheets: { sheet: Excel.Worksheet; used: Excel.Range }[],
  budget: number,
): Promise<{ read: Map<string, OfficeSheetData>; syncs: number }> {
  const items: Sized<RowsToRead>[] = sheets.flatMap(({ sheet, used }) => {
    const bytes = estimateReadBytes(used.rowCount, used.columnCount);
    if (bytes <= budget) return [{ item: { sheet, used, from: 0, to: used.rowCount }, bytes }];
    const height = Math.max(1, Math.floor(budget / estimateReadBytes(1, used.columnCount)));
    const bands: Sized<RowsToRead>[] = [];
    for (let from = 0; from < used.rowCount; from += height) {
      const to = Math.min(from + height, used.rowCount);
      bands.push({
        item: { sheet, used, from, to },
        bytes: estimateReadBytes(to - from, used.columnCount),
        alone: true,
      });
    }
    return bands;
  });

  const out = new Map<string, OfficeSheetData>();
  const parts = packByBudget(items, budget);
  let syncs = 0;
  while (parts.length > 0) {
    const part = parts.shift()!;
    const queued = part.map((rows) => {
      const { sheet, used, from, to } = rows;
      const first = used.rowIndex + from;
      const last = used.columnIndex + used.columnCount - 1;
      const range = sheet.getRange(rangeAddress(first, used.columnIndex, used.rowIndex + to - 1, last));
      return {
        rows,
        range: range.load('values,formulas,numberFormat'),
        properties: range.getCellProperties(CELL_PROPERTIES),
      };
    });
    try {
      // One round trip per part is the point: each response stays under Excel on the web's 5 MB limit.
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Cells fuller than the estimate (long text on a sheet of the user's): read that part in halves.
      const halves = errorCode(error) === 'ResponsePayloadSizeLimitExceeded' ? halve(part) : null;
      if (!halves) throw error;
      parts.unshift(...halves);
      continue;
    }
    for (const { rows, range, properties } of queued) add(out, rows, range, properties.value);
  }
  return { read: out, syncs };
}

/** A part split in two: its sheets, or the rows of its one sheet; null for a single row. */
function halve(part: RowsToRead[]): RowsToRead[][] | null {
  const half = Math.ceil(part.length / 2);
  if (part.length > 1) return [part.slice(0, half), part.slice(half)];
  const [rows] = part;
  if (rows.to - rows.from < 2) return null;
  const middle = rows.from + Math.floor((rows.to - rows.from) / 2);
  return [[{ ...rows, to: middle }], [{ ...rows, from: middle }]];
}

/** Adds rows read of a sheet to what was read of it before (parts come in row order). */
function add(
  out: Map<string, OfficeSheetData>,
  { sheet, used }: RowsToRead,
  range: Excel.Range,
  cells: Excel.CellProperties[][],
): void {
  const data = out.get(sheet.name) ?? { ...unread(sheet), address: used.address };
  data.values.push(...range.values);
  data.formulas.push(...range.formulas);
  data.numberFormat.push(...(range.numberFormat as string[][]));
  data.hyperlinks.push(...cells.map((row) => row.map((cell) => hyperlinkTarget(cell.hyperlink))));
  data.locked.push(...cells.map((row) => row.map((cell) => cell.format?.protection?.locked !== false)));
  out.set(sheet.name, data);
}

function errorCode(error: unknown): unknown {
  return error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
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
