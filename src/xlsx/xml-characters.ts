/**
 * Text that XML 1.0 cannot hold, written the way Excel writes it. Excel stores a character XML forbids
 * (a control character other than tab, line feed and carriage return; U+FFFE, U+FFFF; half a surrogate
 * pair) as `_xHHHH_`, and decodes `_xHHHH_` when it reads; so text that happens to contain `_xHHHH_` is
 * stored with its underscore escaped (`_x005F_xHHHH_`). exceljs instead drops control characters and DEL,
 * and writes U+FFFE, U+FFFF and surrogate halves as they are, which makes a file no XML reader (Excel,
 * LibreOffice, exceljs itself) can open. With this installed, every piece of text exceljs writes comes back
 * exactly as it was, in Excel and in exceljs (which decodes `_xHHHH_` in cell text). Installed once,
 * when the exceljs adapter loads.
 */
// exceljs ships no types for its internals; this is the module its XML writer calls at write time.
const utils = require('exceljs/lib/utils/utils') as { xmlEncode(text: string): string; everyCharacterKept?: boolean };

const UNWRITABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// A lookahead, so that in `_x0041_x0042_` the second underscore is escaped too.
const LOOKS_ESCAPED = /_(?=x[0-9a-f]{4}_)/gi;

/** `text` as Excel stores it: every character XML cannot hold as `_xHHHH_`. */
export function escapeForXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- tab, line feed and carriage return are the ones XML keeps
  if (!/_x|[^\u0009\u000a\u000d\u0020-\u007e\u0080-\ud7ff\ue000-\ufffd]/.test(text)) return text;
  return text
    .replace(LOOKS_ESCAPED, '_x005F_')
    .replace(UNWRITABLE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function keepCharactersXmlCannotHold(): void {
  if (utils.everyCharacterKept) return;
  const encode = utils.xmlEncode;
  utils.xmlEncode = (text: string) => encode(escapeForXml(text));
  utils.everyCharacterKept = true;
}
