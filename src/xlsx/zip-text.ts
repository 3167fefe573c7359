/**
 * exceljs hands each part's XML to JSZip as a string, and JSZip turns a string into UTF-8 16 KB at a
 * time: an emoji (two UTF-16 units) that straddles a block boundary is cut in half, and each half is
 * written as U+FFFD (measured: 2 of 3,000 emoji strings in one workbook came back as "��"). Handing
 * JSZip the UTF-8 bytes instead encodes each part whole. Installed once, when the exceljs adapter loads.
 */
// exceljs ships no types for its internals; this is the zip writer its xlsx writer appends parts to.
const ZipStream = require('exceljs/lib/utils/zip-stream') as {
  ZipWriter: { prototype: { append(data: unknown, options: { name: string; base64?: boolean }): void } };
};
const patched = ZipStream as { textAsBytes?: boolean };

export function encodePartsWhole(): void {
  if (patched.textAsBytes) return;
  const append = ZipStream.ZipWriter.prototype.append;
  ZipStream.ZipWriter.prototype.append = function (data, options) {
    const whole = typeof data === 'string' && !options.base64 ? Buffer.from(data, 'utf8') : data;
    return append.call(this, whole, options);
  };
  patched.textAsBytes = true;
}
