/**
 * Excel's sheet-name rules: 1–31 characters, none of \ / ? * [ ] :, no apostrophe at either end, not
 * "History" (Excel keeps that name for itself), unique ignoring case. exceljs truncates silently, so
 * names are made valid here, deterministically.
 */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;
// Control characters cannot be typed into a sheet tab and break some readers; U+FFFE, U+FFFF and half a
// surrogate pair are not text at all (XML cannot hold them).
const UNTYPABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Apostrophes and spaces at either end: trimming one can expose the other. */
const LOOSE_ENDS = /^['\s]+|['\s]+$/g;
const RESERVED = 'history';
/**
 * Excel's escape for characters XML cannot hold (see xlsx/xml-characters.ts). Written in a sheet name it
 * would have to be escaped again, and not every reader undoes that in names; so the underscore goes.
 */
const LOOKS_ESCAPED = /_(?=x[0-9a-f]{4}_)/gi;

/** Make any text a valid sheet name (not yet unique; uniqueSheetName also steers clear of "History"). */
export function validSheetName(raw: string, fallback = 'Sheet'): string {
  let name = raw
    .replace(UNTYPABLE, ' ')
    .replace(FORBIDDEN, '-')
    .replace(LOOKS_ESCAPED, '-')
    .replace(/\s+/g, ' ')
    .replace(LOOSE_ENDS, '');
  name = truncate(name, MAX_SHEET_NAME).replace(LOOSE_ENDS, '');
  return name || fallback;
}

/** Cut to at most max UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

/**
 * Names in use, compared ignoring case as Excel compares sheet, table and defined names. A placement names
 * thousands of sheets in turn, each against all before it: one set that grows as they are named, not a new
 * set of every name for each sheet.
 */
export class TakenNames {
  private readonly lowerCase = new Set<string>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  has(name: string): boolean {
    return this.lowerCase.has(name.toLowerCase());
  }

  add(name: string): void {
    this.lowerCase.add(name.toLowerCase());
  }
}

function takenNames(taken: Iterable<string> | TakenNames): TakenNames {
  return taken instanceof TakenNames ? taken : new TakenNames(taken);
}

/**
 * A valid name that no entry of `taken` (compared ignoring case) already holds: "Name", "Name (2)", …
 * The suffix replaces the tail when the name is already 31 characters long.
 */
export function uniqueSheetName(raw: string, taken: Iterable<string> | TakenNames): string {
  const used = takenNames(taken);
  const free = (name: string) => name.toLowerCase() !== RESERVED && !used.has(name);
  const base = validSheetName(raw);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate =
      truncate(base, MAX_SHEET_NAME - suffix.length)
        .replace(/'+$/, '')
        .trimEnd() + suffix;
    if (free(candidate)) return candidate;
  }
}

/** Excel needs quotes around sheet names with anything but letters, digits and underscores. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A unique table or defined name: "Name", "Name_2", … (Excel names compare ignoring case).
 * The underscore keeps a numbered name from looking like a cell reference ("NOS2" is a cell).
 */
export function uniqueName(base: string, taken: Iterable<string> | TakenNames): string {
  const used = takenNames(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
  }
}
