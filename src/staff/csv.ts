/**
 * Staff lists and site lists saved as CSV, read with csv-parse (RFC 4180: quoted fields may hold commas,
 * quotes ("") and line breaks; records end with CRLF, LF or CR; a UTF-8 byte-order mark is dropped). Files
 * that Excel saves with semicolons (where the comma is the decimal separator) are read too. Values stay text:
 * nothing is converted to numbers or dates, and "=…" stays the text it is.
 *
 * The bytes are UTF-8 when they are valid UTF-8; otherwise they are what Excel on Windows saves as "CSV",
 * Windows-1252, and are read so, with a notice saying so ("Siobhán", "Zoë" come through either way).
 */
import { CsvError as ParseError, parse } from 'csv-parse/sync';

export class CsvError extends Error {
  constructor(
    message: string,
    readonly record: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export interface CsvText {
  text: string;
  /** Said to the user when the file was not UTF-8 and was read as Windows-1252. */
  notice?: string;
}

/** The file's text: UTF-8 if it is valid UTF-8, otherwise Windows-1252 (with a notice). */
export function decodeCsv(bytes: Uint8Array): CsvText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      notice:
        'The file is not saved as UTF-8, so it was read as Windows-1252 (what Excel on Windows saves as "CSV"). ' +
        'If a name with an accent looks wrong, save the list as "CSV UTF-8" and run again.',
    };
  }
}

/**
 * Windows-1252 is Latin-1 except for 0x80-0x9F, where it has the curly quotes, dashes, € and a few letters.
 * Node's TextDecoder('windows-1252') decodes those as Latin-1's control characters (measured on Node 20:
 * 0x92 came out as U+0092, not ’), so they are mapped here; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned
 * and stay as they are, as browsers do.
 */
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}

/** The records of `text`; blank lines are kept as records with one empty field (callers skip them). */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      // Line ends as any program writes them, even mixed in one file (csv-parse otherwise keeps the first it sees).
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    if (error instanceof ParseError) throw csvError(error);
    throw error;
  }
}

/** csv-parse's error in plain words, with the row it is on. */
function csvError(error: ParseError): CsvError {
  const row = Number((error as ParseError & { lines?: number }).lines) || 1;
  const words =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a field opens a quote that is never closed.'
      : error.code === 'CSV_INVALID_CLOSING_QUOTE'
        ? 'a field in quotes has more text after its closing quote. A field with commas or quotes must be wholly ' +
          'in quotes, with each quote inside it doubled, as spreadsheet programs save it.'
        : error.code === 'INVALID_OPENING_QUOTE'
          ? 'a field has a quote in it but does not start with one. Put the whole field in quotes and double each ' +
            'quote inside it, as spreadsheet programs save it.'
          : `it cannot be read as CSV (${error.message}).`;
  return new CsvError(`Row ${row}: ${words}`, row);
}

/** Comma, unless the first line has semicolons and no commas outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
}
