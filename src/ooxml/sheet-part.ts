/**
 * One worksheet's XML, read in one streaming pass into the grid's cells: values (shared strings, inline
 * strings, numbers, dates by their style, booleans, errors), formulas, unlocked inputs, merges and hyperlinks.
 */
import { GridCell } from '../grid/grid';
import { serialToIso } from '../grid/dates';
import { cellAddress, columnLetter, parseCell, parseRange } from '../sheets/a1';
import { prefixedAttribute } from './sax';
import { CellStyle, ReadPart, StringText } from './workbook-parts';

export interface SheetCells {
  cells: Record<string, GridCell>;
  merges: string[];
}

export interface SheetContext {
  /** The part's name, for messages. */
  path: string;
  strings: string[];
  styles: CellStyle[];
  /** The sheet's relationships (id → target), for its external links. */
  linkTargets: Map<string, string>;
}

/** What is gathered inside one <c> element. */
interface OpenCell {
  address: string;
  type: string;
  style: number;
  value: string | null;
  formula: string | undefined;
  sharedIndex: string | undefined;
}

export function sheetPart(read: ReadPart, context: SheetContext): SheetCells {
  const cells: Record<string, GridCell> = Object.create(null);
  const merges: string[] = [];
  const links: { ref: string; target: string }[] = [];
  // A shared formula's text is on its first cell only; the others name it by its index.
  const sharedFormulas = new Map<string, string>();
  const inline = new StringText();
  let rowNumber = 0;
  let previousAddress = '';
  let cell: OpenCell | null = null;
  /** Text of the <v> or <f> being read. */
  let collecting: 'v' | 'f' | 'is' | null = null;
  let collected = '';

  read({
    open(name, attributes) {
      switch (name) {
        case 'row':
          rowNumber = /^[1-9]\d{0,6}$/.test(attributes.r ?? '') ? Number(attributes.r) : rowNumber + 1;
          previousAddress = '';
          return;
        case 'c': {
          const address = cellReference(attributes.r) ?? nextAddress(previousAddress, rowNumber);
          previousAddress = address;
          cell = {
            address,
            type: attributes.t ?? 'n',
            style: Number(attributes.s ?? 0),
            value: null,
            formula: undefined,
            sharedIndex: undefined,
          };
          return;
        }
        case 'v':
        case 'f':
          if (!cell) return;
          collecting = name;
          collected = '';
          if (name === 'f' && attributes.t === 'shared') cell.sharedIndex = attributes.si;
          return;
        case 'is':
          if (!cell) return;
          collecting = 'is';
          inline.take();
          return;
        case 'mergeCell':
          if (attributes.ref) merges.push(attributes.ref);
          return;
        case 'hyperlink': {
          const id = prefixedAttribute(attributes, 'id');
          const target = attributes.location ?? (id ? context.linkTargets.get(id) : undefined);
          if (target && attributes.ref) links.push({ ref: attributes.ref, target });
          return;
        }
        default:
          if (collecting === 'is') inline.open(name);
      }
    },
    close(name) {
      if (!cell) return;
      if (name === 'c') {
        const read = cellOf(cell, context);
        if (read) cells[cell.address] = read;
        cell = null;
      } else if (name === 'v' && collecting === 'v') {
        cell.value = collected;
        collecting = null;
      } else if (name === 'f' && collecting === 'f') {
        cell.formula = sharedFormula(cell, collected, sharedFormulas);
        collecting = null;
      } else if (name === 'is' && collecting === 'is') {
        cell.value = inline.take();
        collecting = null;
      } else if (collecting === 'is') inline.close(name);
    },
    text(text) {
      if (collecting === 'v' || collecting === 'f') collected += text;
      else if (collecting === 'is') inline.text(text);
    },
  });
  dropCovered(cells, merges);
  addLinks(cells, links);
  return { cells, merges };
}

/** A cell's address as written ("B7", or "$b$7" made plain); undefined when it is missing or not an address. */
function cellReference(r: string | undefined): string | undefined {
  if (r === undefined) return undefined;
  if (/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(r)) return r;
  const plain = r.replace(/\$/g, '').toUpperCase();
  return /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(plain) ? plain : undefined;
}

/** A cell written without its address (some programs leave `r` out) follows the one before it in its row. */
function nextAddress(previous: string, row: number): string {
  const col = previous ? parseCell(previous).col + 1 : 0;
  return `${columnLetter(col)}${row}`;
}

function sharedFormula(cell: OpenCell, text: string, shared: Map<string, string>): string {
  if (cell.sharedIndex === undefined) return text;
  if (text) shared.set(cell.sharedIndex, text);
  return text || shared.get(cell.sharedIndex) || '';
}

function cellOf(cell: OpenCell, context: SheetContext): GridCell | null {
  const style = context.styles[cell.style];
  const value = cellValue(cell, context.strings, style);
  const read: GridCell | null =
    value && cell.formula !== undefined
      ? { ...value, formula: cell.formula }
      : (value ?? (cell.formula !== undefined ? { kind: 'empty', value: null, formula: cell.formula } : null));
  if (read && style?.unlocked) read.unlocked = true;
  return read;
}

function cellValue(cell: OpenCell, strings: string[], style: CellStyle | undefined): GridCell | null {
  const v = cell.value;
  switch (cell.type) {
    case 's':
      return v === null ? null : { kind: 's', value: strings[Number(v)] ?? '' };
    case 'inlineStr':
    case 'str':
      return v === null ? null : { kind: 's', value: v };
    case 'b':
      return v === null ? null : { kind: 'b', value: v === '1' || v === 'true' };
    case 'e':
      return v === null ? null : { kind: 'e', value: v };
    default: {
      if (v === null || v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) return { kind: 's', value: v };
      return style?.date ? { kind: 'd', value: serialToIso(n) } : { kind: 'n', value: n };
    }
  }
}

/**
 * Cells under a merge, other than its top-left one, are left out: Excel shows only the first (LibreOffice
 * keeps text under a merge).
 */
function dropCovered(cells: Record<string, GridCell>, merges: string[]): void {
  const count = Object.keys(cells).length;
  for (const range of merges) {
    const area = boundsOf(range);
    if (area)
      forCellsIn(cells, count, area, (address, row, col) => {
        if (row !== area.row || col !== area.col) delete cells[address];
      });
  }
}

/** Every cell read in a link's range gets its target; a linked cell without a value reads as empty text. */
function addLinks(cells: Record<string, GridCell>, links: { ref: string; target: string }[]): void {
  const count = links.length > 0 ? Object.keys(cells).length : 0;
  for (const { ref, target } of links) {
    const area = boundsOf(ref);
    if (!area) continue;
    forCellsIn(cells, count, area, (address) => {
      const cell = cells[address];
      cell.hyperlink = target;
      if (cell.kind === 'empty') Object.assign(cell, { kind: 's', value: '' });
    });
  }
}

type Area = ReturnType<typeof parseRange>;

function boundsOf(range: string): Area | null {
  return /^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i.test(range) ? parseRange(range) : null;
}

/**
 * Calls `each` for the cells read within `area`, by walking the area or the `count` cells, whichever is
 * smaller: a merge or link over a whole sheet costs no more than the cells read.
 */
function forCellsIn(
  cells: Record<string, GridCell>,
  count: number,
  area: Area,
  each: (address: string, row: number, col: number) => void,
): void {
  if ((area.lastRow - area.row + 1) * (area.lastCol - area.col + 1) <= count) {
    for (let row = area.row; row <= area.lastRow; row++)
      for (let col = area.col; col <= area.lastCol; col++) {
        const address = cellAddress(row, col);
        if (address in cells) each(address, row, col);
      }
    return;
  }
  for (const address of Object.keys(cells)) {
    const { row, col } = parseCell(address);
    if (row >= area.row && row <= area.lastRow && col >= area.col && col <= area.lastCol) each(address, row, col);
  }
}
