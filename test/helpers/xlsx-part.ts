/**
 * Reads one part (e.g. "xl/workbook.xml") out of an .xlsx file, for checks exceljs cannot make when it
 * reads a file back (it merges sheet-scoped names, for one). Uses the zip's central directory, so parts
 * written with data descriptors (sizes after the data) are found too.
 */
import fs from 'fs';
import zlib from 'zlib';

export function readXlsxPart(file: string, part: string): string {
  const zip = fs.readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const packedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === part) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const packed = zip.subarray(start, start + packedSize);
      return (method === 8 ? zlib.inflateRawSync(packed) : packed).toString('utf8');
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${file} has no part ${part}`);
}
