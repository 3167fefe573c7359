/**
 * Reads what the target workbook already holds (sheet, table and defined names, and the registry rows)
 * in the caller's next sync: queue now, read after `await context.sync()`.
 *
 * Every flow that reads this state goes on to add sheets (and may rename or delete the toolkit's own),
 * which Excel refuses while the workbook's structure is protected: the reader says so before anything
 * is written, rather than letting the write fail half-way. "Add charts", which adds no sheet, opts out.
 */
import { CellValue } from '../sheets/model';
import { WorkbookState } from '../sheets/placement';
import { REGISTRY_SHEET } from '../sheets/stamp';

/** The workbook's structure is protected: nothing was changed. The message says what to do. */
export class ProtectedWorkbookError extends Error {
  constructor() {
    super(
      'This workbook’s structure is protected, so Excel does not let the toolkit add or rename sheets. Nothing was changed. ' +
        'To turn the protection off, on the Review tab choose Protect Workbook (you may need the password from whoever set it), ' +
        'then try again.',
    );
    this.name = 'ProtectedWorkbookError';
  }
}

export function queueWorkbookState(
  context: Excel.RequestContext,
  { addsSheets = true }: { addsSheets?: boolean } = {},
): () => WorkbookState {
  const { workbook } = context;
  // ExcelApi 1.7; within the 1.9 the add-in requires.
  const protection = workbook.protection.load('protected');
  const sheets = workbook.worksheets.load('items/name');
  const tables = workbook.tables.load('items/name');
  const names = workbook.names.load('items/name');
  const registrySheet = workbook.worksheets.getItemOrNullObject(REGISTRY_SHEET);
  const used = registrySheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');

  return () => {
    if (addsSheets && protection.protected) throw new ProtectedWorkbookError();
    return {
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
    };
  };
}

/** The used range starts at its first filled cell; rows and columns (of the registry, a chart's block) count from A1. */
export function fromA1(values: CellValue[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const lead: CellValue[] = Array.from({ length: columnIndex }, () => '');
  const emptyRows: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  return [...emptyRows, ...values.map((row) => [...lead, ...row])];
}
