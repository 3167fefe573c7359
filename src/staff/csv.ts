/**
 * A small RFC 4180 reader for staff lists saved as CSV: quoted fields may hold commas, quotes ("")
 * and line breaks; records end with CRLF or LF; a UTF-8 byte-order mark is dropped. Files that Excel
 * saves with semicolons (where the comma is the decimal separator) are read too. Values stay text:
 * nothing is converted to numbers or dates, and "=…" stays the text it is.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    readonly record: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/** The records of `text`; blank lines are kept as records with one empty field (callers skip them). */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(input);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < input.length) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        // RFC 4180 allows only a delimiter or the end of the record after a closing quote.
        const next = input[i];
        if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
          throw new CsvError(
            `Row ${records.length + 1}: a field in quotes has more text after its closing quote ("${field}" then ${next}). ` +
              'A field with commas or quotes must be wholly in quotes, with each quote inside it doubled, as spreadsheet programs save it.',
            records.length + 1,
          );
        }
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted)
    throw new CsvError(`Row ${records.length + 1}: a field opens a quote that is never closed.`, records.length + 1);
  // A final line break ends the last record; it does not start an empty one.
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** Comma, unless the first line has semicolons and no commas outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
}
