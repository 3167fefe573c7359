/**
 * Lays out a fill-in form, row by row, as a SheetSpec: labels, yellow input cells, computed values and
 * formulas, each spanning one or more columns. Every input is unlocked, checked (whole numbers, dates or a
 * list) and named, so the form is hard to fill in wrongly and a checker finds each field by name.
 */
import {
  CellStyle,
  CellValue,
  ConditionalFormat,
  FormulaCell,
  PrintSetup,
  SheetSpec,
  StyledRange,
  Validation,
} from './model';
import { cellAddress, parseRange, rangeAddress } from './a1';
import { keepTogetherBreaks } from './page-breaks';
import { pagePoints } from './page-fit';
import { POINTS_PER_LINE, rowPoints, textHeight } from './wrap-height';

/** "Please complete all yellow shaded areas": the national form's own convention. */
export const INPUT_FILL = 'FFFF99';
export const DATE_FORMAT = 'dd/mm/yyyy';

export type InputKind = 'count' | 'date' | 'text' | 'choice';

export interface FormInput {
  /** Defined name of the cell, e.g. "Numbers_InPost". */
  name: string;
  kind: InputKind;
  /** For 'choice': the values the dropdown offers. */
  choices?: number[];
  /** Input message shown when the cell is selected (at most 255 characters). */
  prompt?: string;
  promptTitle?: string;
  /** Error shown when a typed value is refused. */
  error?: string;
  /** A value written in advance; the user may change it. */
  value?: CellValue;
}

export type FormCell = { span?: number } & (
  | { text: string; style?: CellStyle }
  | { input: FormInput }
  | { value: CellValue; name?: string; style?: CellStyle }
  | { formula: string; name?: string; style?: CellStyle }
);

export interface RowOptions {
  /** Height in points; default: enough for the wrapped text. */
  height?: number;
}

/** Every cell of the form wraps and sits at the top: set once for the whole form, not cell by cell. */
const BASE_STYLE: CellStyle = { wrap: true, vertical: 'top' };
const INPUT_STYLES: Record<InputKind, CellStyle> = {
  count: { numberFormat: '0', horizontal: 'center' },
  date: { numberFormat: DATE_FORMAT, horizontal: 'center' },
  choice: { horizontal: 'center' },
  text: {},
};
const INPUT_ERRORS: Record<Exclude<InputKind, 'text' | 'choice'>, string> = {
  count: 'Type a whole number: 0 or more.',
  date: 'Type a date, for example 14/03/2008.',
};

export class FormLayout {
  private readonly rows: CellValue[][] = [];
  private readonly styles: StyledRange[] = [];
  private readonly merges: string[] = [];
  private readonly validations: Validation[] = [];
  private readonly formulas: FormulaCell[] = [];
  private readonly heights: Record<number, number> = {};
  private readonly breaks: number[] = [];
  private readonly blocks: number[] = [];
  private readonly conditional: ConditionalFormat[] = [];
  private readonly named = new Map<string, string>();

  /** `widths`: column widths in characters; rows may not span more columns than this. */
  constructor(private readonly widths: number[]) {}

  /** 0-based index of the next row. */
  get nextRow(): number {
    return this.rows.length;
  }

  /** Add a row; returns its 0-based index. */
  row(cells: FormCell[], options: RowOptions = {}): number {
    const r = this.rows.length;
    const values: CellValue[] = [];
    let col = 0;
    let points = POINTS_PER_LINE;
    for (const cell of cells) {
      const span = cell.span ?? 1;
      if (col + span > this.widths.length)
        throw new Error(`Row ${r + 1} is wider than the form's ${this.widths.length} columns.`);
      const range = span > 1 ? rangeAddress(r, col, r, col + span - 1) : cellAddress(r, col);
      if (span > 1) this.merges.push(range);
      const width = this.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      values[col] = this.place(cell, cellAddress(r, col), range);
      if ('text' in cell) points = Math.max(points, textHeight(cell.text, width, cell.style ?? {}));
      // A value written in advance (a long site name) wraps in its box too.
      if ('input' in cell && typeof cell.input.value === 'string')
        points = Math.max(points, textHeight(cell.input.value, width));
      col += span;
    }
    this.rows.push(values);
    const height = options.height ?? (points > POINTS_PER_LINE ? rowPoints(points) : undefined);
    if (height !== undefined) this.heights[r] = height;
    return r;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** The next row starts a new printed page. */
  pageBreak(): void {
    if (this.rows.length > 0 && !this.breaks.includes(this.rows.length)) this.breaks.push(this.rows.length);
  }

  /** The next row starts a block printed on one page: it starts a new page when the block would not fit. */
  keepTogether(): void {
    if (!this.blocks.includes(this.rows.length)) this.blocks.push(this.rows.length);
  }

  /** Shades `cell` when it holds a number over `value`; words beside it must say so too. */
  flagOver(cell: string, value: number, fill: string, fontColor: string): void {
    this.conditional.push({ kind: 'over', range: cell, value, fill, fontColor });
  }

  /** The cell a name was given to, e.g. "B12". */
  cellOf(name: string): string {
    const cell = this.named.get(name);
    if (!cell) throw new Error(`The form has no field named ${name}.`);
    return cell;
  }

  /** Every named cell, in the order added. */
  names(): { name: string; cell: string }[] {
    return [...this.named].map(([name, cell]) => ({ name, cell }));
  }

  toSheet(name: string, print: PrintSetup, protect: { password?: string }): SheetSpec {
    const whole = rangeAddress(0, 0, Math.max(this.rows.length, 1) - 1, this.widths.length - 1);
    return {
      name,
      rows: this.rows,
      columns: this.widths.map((width) => ({ width })),
      // Each cell gets at most one style of its own, so merging neighbours cannot reorder overrides.
      styles: [{ range: whole, style: BASE_STYLE }, ...coalesce(this.styles, (s) => JSON.stringify(s.style))],
      merges: this.merges,
      validations: coalesce(this.validations, (v) => JSON.stringify({ ...v, range: undefined })),
      formulas: this.formulas,
      conditionalFormats: this.conditional,
      pageBreaks: keepTogetherBreaks(
        this.rows.map((_, r) => this.heights[r] ?? POINTS_PER_LINE),
        this.blocks,
        this.breaks,
        pagePoints(this.widths, print.orientation),
      ),
      rowHeights: this.heights,
      print,
      protect,
    };
  }

  /** Records the cell's style, check and name; returns the value to write in its first cell. */
  private place(cell: FormCell, at: string, range: string): CellValue {
    if ('input' in cell) {
      const input = cell.input;
      this.name(input.name, at);
      this.styles.push({
        range,
        style: { fill: INPUT_FILL, locked: false, border: true, ...INPUT_STYLES[input.kind] },
      });
      const check = validationFor(input, at);
      if (check) this.validations.push(check);
      return input.value ?? null;
    }
    if (cell.style) this.styles.push({ range, style: cell.style });
    if ('text' in cell) return cell.text;
    if ('formula' in cell) {
      if (cell.name) this.name(cell.name, at);
      this.formulas.push({ cell: at, formula: cell.formula });
      return null;
    }
    if (cell.name) this.name(cell.name, at);
    return cell.value;
  }

  private name(name: string, cell: string): void {
    if (this.named.has(name)) throw new Error(`Two cells of the form are named ${name}.`);
    this.named.set(name, cell);
  }
}

/**
 * Ranges one row high over the same columns, with the same `key`, in consecutive rows become one range:
 * fewer, larger writes (the Office.js request for twelve months stays well under Excel's size limit).
 */
function coalesce<T extends { range: string }>(items: T[], key: (item: T) => string): T[] {
  const out: T[] = [];
  const last = new Map<string, { item: T; row: number; lastRow: number; col: number; lastCol: number }>();
  for (const item of items) {
    const b = parseRange(item.range);
    const k = `${key(item)}|${b.col}:${b.lastCol}`;
    const open = last.get(k);
    if (open && b.row === b.lastRow && open.lastRow + 1 === b.row) {
      open.lastRow = b.row;
      open.item.range = rangeAddress(open.row, open.col, open.lastRow, open.lastCol);
      continue;
    }
    const copy = { ...item };
    out.push(copy);
    if (b.row === b.lastRow) last.set(k, { item: copy, ...b });
  }
  return out;
}

function validationFor(input: FormInput, range: string): Validation | null {
  const message = { prompt: input.prompt, promptTitle: input.promptTitle };
  switch (input.kind) {
    case 'count':
      return { kind: 'whole', range, min: 0, ...message, error: input.error ?? INPUT_ERRORS.count };
    case 'date':
      return { kind: 'date', range, ...message, error: input.error ?? INPUT_ERRORS.date };
    case 'choice': {
      const values = (input.choices ?? []).map(String);
      return { kind: 'list', range, values, ...message, error: input.error ?? `Choose one of: ${values.join(', ')}.` };
    }
    case 'text':
      // Excel shows an input message only with a check; a text cell has none to need.
      return null;
  }
}
