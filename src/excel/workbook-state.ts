/**
 * Reads what the target workbook already holds (sheet, table and defined names, and the registry rows)
 * in the caller's next sync: queue now, read after `await context.sync()`.
 */
import { CellValue } from '../sheets/model';
import { WorkbookState } from '../sheets/placement';
import { REGISTRY_SHEET } from '../sheets/stamp';

export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const { workbook } = context;
  const sheets = workbook.worksheets.load('items/name');
  const tables = workbook.tables.load('items/name');
  const names = workbook.names.load('items/name');
  const registrySheet = workbook.worksheets.getItemOrNullObject(REGISTRY_SHEET);
  const used = registrySheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');

  return () => ({
    sheetNames: sheets.items.map((s) => s.name),
    tableNames: tables.items.map((t) => t.name),
    names: names.items.map((n) => n.name),
    // The reader runs after the caller's sync, which the lint rule cannot see.
    // eslint-disable-next-line office-addins/call-sync-before-read
    registry: registrySheet.isNullObject
      ? null
      : used.isNullObject
        ? []
        : fromA1(used.values as CellValue[][], used.rowIndex, used.columnIndex),
  });
}

/** The used range starts at its first filled cell; rows and columns in the registry count from A1. */
function fromA1(values: CellValue[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const lead: CellValue[] = Array.from({ length: columnIndex }, () => '');
  const emptyRows: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  return [...emptyRows, ...values.map((row) => [...lead, ...row])];
}
