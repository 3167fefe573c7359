/**
 * exceljs writes line breaks inside XML attributes as they are, and XML readers (Excel, LibreOffice, exceljs
 * itself) read those as spaces, so the lines of a data-validation input message run together. Encoding them
 * as character references (&#10;) keeps them. In element text a reference is the same line break, so the
 * change is safe wherever exceljs encodes text. Installed once, when the exceljs adapter loads.
 */
// exceljs ships no types for its internals; this is the module its XML writer calls at write time.
const utils = require('exceljs/lib/utils/utils') as { xmlEncode(text: string): string; lineBreaksKept?: boolean };

export function keepLineBreaksInAttributes(): void {
  if (utils.lineBreaksKept) return;
  const encode = utils.xmlEncode;
  utils.xmlEncode = (text: string) => {
    const encoded = encode(text);
    return /[\n\r]/.test(encoded) ? encoded.replace(/\r/g, '&#13;').replace(/\n/g, '&#10;') : encoded;
  };
  utils.lineBreaksKept = true;
}
