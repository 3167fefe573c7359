/**
 * An estimate of the request payload that queuing a sheet sends to Excel, so large batches can be split
 * into requests under Excel on the web's 5 MB limit without a round trip to measure. Office.js cannot say
 * how big a pending request is, so this counts the operations render.ts queues for each feature of the
 * sheet and adds the data they carry; each operation costs a fixed overhead. test/excel/payload-estimate.test.ts
 * checks it against the real request bodies of Microsoft's library; change both when render.ts queues
 * differently.
 */
import { CellStyle, CellValue, SheetSpec } from '../sheets/model';
import { parseRange } from '../sheets/a1';
import {
  formulaBlocks,
  heightGroups,
  mergeBlocks,
  STYLE_KEYS,
  styleGroups,
  validationGroups,
  widthGroups,
} from './write-runs';

/**
 * Bytes of one queued operation besides its data, in the request body Microsoft's library serialises: an
 * object path, its Instantiate action and the action itself, with ids that grow to 7 digits over a long
 * session. Re-measured when render.ts began to set a style, height, width or validation once for all the
 * ranges that share it (write-runs.ts's areaGroups; their RangeAreas addresses are counted as data): at 230
 * the estimate is 1.13 times the real body of a role profile, 1.23 times an outline's, 1.08 to 1.29 times the
 * framework's sheets' and 1.23 times a results sheet's (test/excel/payload-estimate.test.ts and
 * request-sizes.test.ts check it is never below the real body of any flow).
 */
export const OP_BYTES = 230;

export function estimateSheetBytes(sheet: SheetSpec, options: { comments?: boolean } = {}): number {
  const { ops, data } = countSheet(sheet, options);
  return ops * OP_BYTES + data;
}

/** Operations render.ts queues for `sheet`, and the bytes of data they carry. */
export function countSheet(sheet: SheetSpec, options: { comments?: boolean } = {}): { ops: number; data: number } {
  let ops = 1; // worksheets.add
  let data = 0;
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  if (sheet.rows.length > 0 && width > 0) {
    ops += 2;
    for (const row of sheet.rows) for (let c = 0; c < width; c++) data += valueBytes(row[c] ?? null) + 1;
  }
  ops += 2 * formulaBlocks(sheet.formulas).length;
  for (const f of sheet.formulas ?? []) data += f.formula.length + 8;
  for (const { addresses, value: style } of styleGroups(sheet.styles)) {
    ops += 1 + styleOps(addresses[0], style);
    data += areasBytes(addresses);
    if (style.numberFormat !== undefined) data += cells(addresses[0]) * (style.numberFormat.length + 3);
  }
  for (const { addresses } of [...widthGroups(sheet.columns), ...heightGroups(sheet.rowHeights)]) {
    ops += 2;
    data += areasBytes(addresses);
  }
  ops += 2 * mergeBlocks(sheet.merges).length;
  if (sheet.freeze) ops += 2;
  if (sheet.table) ops += 5;
  for (const { addresses, value: v } of validationGroups(sheet.validations)) {
    ops += 2 + (v.prompt ? 1 : 0) + (v.error ? 1 : 0);
    data += areasBytes(addresses);
    data += (v.prompt?.length ?? 0) + (v.error?.length ?? 0);
    if (v.kind !== 'whole' && v.kind !== 'date') data += v.source ? v.source.length : v.values.join(',').length;
  }
  for (const link of sheet.links ?? []) {
    ops += 2;
    data += link.sheet.length * 2 + 16;
  }
  if (options.comments) {
    for (const note of sheet.notes ?? []) {
      ops += 2;
      data += note.text.length;
    }
  }
  ops += (sheet.pageBreaks ?? []).length;
  ops += 3 + (sheet.print.titleRows ? 2 : 0) + (sheet.print.titleColumns ? 2 : 0) + (sheet.print.header ? 1 : 0);
  data += (sheet.print.header?.length ?? 0) * 2;
  ops += (sheet.tabColor ? 1 : 0) + (sheet.hidden ? 1 : 0) + (sheet.protect ? 1 : 0);
  data += JSON.stringify(sheet.name).length * 2;
  return { ops, data };
}

function styleOps(range: string, style: CellStyle): number {
  let ops = 0;
  for (const key of [...STYLE_KEYS, 'numberFormat'] as const) {
    if (style[key] !== undefined) ops++;
  }
  if (style.border) {
    const b = parseRange(range);
    const edges = 4 + (b.lastCol > b.col ? 1 : 0) + (b.lastRow > b.row ? 1 : 0);
    ops += 3 * edges;
  }
  return ops;
}

/** The address of several ranges set at once (one range's is in OP_BYTES). */
function areasBytes(addresses: string[]): number {
  if (addresses.length === 1) return 0;
  let bytes = addresses.length - 1; // commas
  for (const address of addresses) bytes += address.length;
  return bytes;
}

function cells(range: string): number {
  const b = parseRange(range);
  return (b.lastRow - b.row + 1) * (b.lastCol - b.col + 1);
}

function valueBytes(v: CellValue): number {
  if (v === null) return 2;
  return typeof v === 'string' ? jsonStringBytes(v) + 1 : String(v).length;
}

/**
 * Bytes of `text` as a JSON string in UTF-8 (JSON.stringify's quotes and escapes, non-ASCII characters as
 * their UTF-8 bytes), counted without making the JSON or encoding it: doing either for each cell's text was
 * most of the estimate's time for a thousand workers' outlines (profiled).
 */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20)
      bytes += SHORT_ESCAPES.has(code) ? 2 : 6; // \n, \t…; others as \u00XX
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one four-byte character
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff)
      bytes += 6; // a lone surrogate, written \udXXX
    else bytes += 3;
  }
  return bytes;
}

/** Control characters JSON writes with a two-character escape: \b \t \n \f \r. */
const SHORT_ESCAPES = new Set([8, 9, 10, 12, 13]);

/**
 * Bytes of response for reading one cell as read-grid.ts reads it (values, formulas, number format and
 * cell properties), from the size of the used range alone, since Office.js cannot say how much a range
 * holds before it is read. Measured on the response shape Microsoft's library reads
 * (test/excel/read-sizes.test.ts checks it is never below the real response for the toolkit's sheets).
 */
export const READ_CELL_BYTES = 160;

/** Bytes of response for reading `rows` × `columns` cells, plus the range's own wrapping. */
export function estimateReadBytes(rows: number, columns: number): number {
  return rows * columns * READ_CELL_BYTES + OP_BYTES;
}
