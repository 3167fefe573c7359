/**
 * The small parts of an .xlsx file that say how to read its sheets: relationships (which file is which sheet),
 * shared strings, cell styles (dates, unlocked inputs) and xl/workbook.xml (sheets, defined names). Each takes
 * a part's XML and gives plain data; read-xlsx.ts puts them together.
 */
import { isDateFormat } from '../grid/dates';
import { prefixedAttribute, XmlHandler } from './sax';

/** Parses one part with a handler; read-xlsx.ts names the part if its XML is damaged. */
export type ReadPart = (handler: XmlHandler) => void;

/** Excel's built-in number formats that show dates (ECMA-376 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

const ignore = () => undefined;

/** Relationship id → target; targets inside the package are resolved against `base` ("xl/"). */
export function relationshipTargets(read: ReadPart | null, base: string): Map<string, string> {
  const targets = new Map<string, string>();
  read?.({
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const target = attributes.Target ?? '';
      const external = attributes.TargetMode === 'External';
      const resolved = external || !base ? target : target.startsWith('/') ? target.slice(1) : base + target;
      targets.set(attributes.Id ?? '', resolved);
    },
    close: ignore,
    text: ignore,
  });
  return targets;
}

/**
 * Collects the text of <t> elements, leaving out phonetic guides (<rPh>), as Excel shows a string: for shared
 * strings and inline strings alike. `open` and `close` say whether they handled the element.
 */
export class StringText {
  private pieces: string[] = [];
  private inText = false;
  private inPhonetic = 0;

  open(name: string): boolean {
    if (name === 't' && this.inPhonetic === 0) this.inText = true;
    else if (name === 'rPh') this.inPhonetic++;
    else return false;
    return true;
  }

  close(name: string): boolean {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.inPhonetic--;
    else return false;
    return true;
  }

  text(text: string): void {
    if (this.inText) this.pieces.push(text);
  }

  /** The text so far, starting afresh. */
  take(): string {
    const text = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
    this.pieces = [];
    // Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x): ECMA-376 22.9.2.19.
    return text.includes('_x')
      ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      : text;
  }
}

/** The shared strings, rich text joined into plain text. */
export function sharedStrings(read: ReadPart | null): string[] {
  const strings: string[] = [];
  const text = new StringText();
  read?.({
    open(name) {
      if (name === 'si') text.take();
      else text.open(name);
    },
    close(name) {
      if (name === 'si') strings.push(text.take());
      else text.close(name);
    },
    text: (value) => text.text(value),
  });
  return strings;
}

export interface CellStyle {
  date: boolean;
  unlocked: boolean;
}

/** xsd:boolean: Excel writes "0"/"1", LibreOffice "false"/"true". */
const isFalse = (value: string | undefined) => value === '0' || value === 'false';

/** The cell formats (<cellXfs>), by the index a cell's `s` gives. */
export function cellStyles(read: ReadPart | null): CellStyle[] {
  const formats = new Map<number, string>();
  const styles: CellStyle[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  let current: CellStyle | null = null;
  read?.({
    open(name, attributes) {
      // Only the workbook's own formats: <dxfs> (for conditional formats) holds others under the same ids.
      if (name === 'numFmts') inNumFmts = true;
      else if (name === 'numFmt' && inNumFmts) formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const code = formats.get(id);
        current = { date: code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id), unlocked: false };
        styles.push(current);
      } else if (name === 'protection' && current) current.unlocked = isFalse(attributes.locked);
    },
    close(name) {
      if (name === 'numFmts') inNumFmts = false;
      else if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'xf') current = null;
    },
    text: ignore,
  });
  return styles;
}

export interface SheetEntry {
  name: string;
  state: string;
  /** The relationship id of the sheet's part. */
  id: string;
}

export interface DefinedNameEntry {
  name: string;
  /** The index of the scoping sheet in the workbook's list, for a sheet's own name. */
  localSheetId: number | null;
  /** The reference as written, e.g. "'2008-03'!$C$9". */
  formula: string;
}

/** xl/workbook.xml: its sheets in order, and its defined names. */
export function workbookPart(read: ReadPart): { sheets: SheetEntry[]; names: DefinedNameEntry[] } {
  const sheets: SheetEntry[] = [];
  const names: DefinedNameEntry[] = [];
  let name: DefinedNameEntry | null = null;
  read({
    open(tag, attributes) {
      if (tag === 'sheet') {
        sheets.push({
          name: attributes.name ?? '',
          state: attributes.state ?? 'visible',
          id: prefixedAttribute(attributes, 'id') ?? '',
        });
      } else if (tag === 'definedName') {
        const local = attributes.localSheetId;
        name = { name: attributes.name ?? '', localSheetId: local === undefined ? null : Number(local), formula: '' };
        names.push(name);
      }
    },
    close(tag) {
      if (tag === 'definedName') name = null;
    },
    text(text) {
      if (name) name.formula += text;
    },
  });
  return { sheets, names };
}
