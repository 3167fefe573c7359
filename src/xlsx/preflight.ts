/**
 * Checks a file's bytes before any spreadsheet parser sees them, so a hostile or broken file gets
 * one specific, plain message instead of a crash, a hang or unbounded memory: empty files, text and
 * old .xls files, encrypted workbooks, truncated or foreign zips, zip bombs and XML with a DOCTYPE
 * (entity expansion and external entities need one; Excel never writes it), and sheets whose declared
 * size (their <dimension>) runs to more rows than any of the toolkit's workbooks could hold.
 */
import { Inflate } from 'fflate';
import zlib from 'zlib';

export type ReadProblem =
  | 'empty'
  | 'text-file'
  | 'not-xlsx'
  | 'encrypted'
  | 'old-xls'
  | 'truncated'
  | 'no-workbook'
  | 'too-large'
  | 'unsafe-xml';

export interface PreflightLimits {
  /** Largest file on disk. */
  maxFileBytes: number;
  /** Largest single part once unpacked. */
  maxPartBytes: number;
  /** All parts together once unpacked. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Unpacked ÷ packed size above which a part of over 1 MB is treated as a zip bomb. */
  maxRatio: number;
  /**
   * Most rows one sheet may reach, by the <dimension> Excel writes at the top of every sheet: a million
   * rows of numbers packs into 7 MB yet takes over 384 MB and 10 seconds to parse (measured).
   */
  maxRows: number;
}

export const DEFAULT_LIMITS: PreflightLimits = {
  maxFileBytes: 50 * 2 ** 20,
  maxPartBytes: 64 * 2 ** 20,
  maxTotalBytes: 128 * 2 ** 20,
  maxEntries: 5000,
  maxRatio: 200,
  maxRows: 100_000,
};

export interface Refusal {
  ok: false;
  problem: ReadProblem;
  message: string;
}

/** `unpackedBytes`: all the parts together, as the zip's index states (and as checked) once unpacked. */
export type PreflightResult = { ok: true; unpackedBytes: number } | Refusal;

const fail = (problem: ReadProblem, message: string): Refusal => ({ ok: false, problem, message });

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The size check alone, so a reader can refuse a large file before reading it into memory. */
export function checkFileSize(size: number, limits: PreflightLimits = DEFAULT_LIMITS): { ok: true } | Refusal {
  if (size <= limits.maxFileBytes) return { ok: true };
  return fail('too-large', `The file is ${mb(size)}, over the ${mb(limits.maxFileBytes)} limit for one workbook.`);
}

export function preflight(bytes: Uint8Array, limits: PreflightLimits = DEFAULT_LIMITS): PreflightResult {
  if (bytes.length === 0) return fail('empty', 'The file is empty (0 bytes). Save the workbook again from Excel.');
  const size = checkFileSize(bytes.length, limits);
  if (!size.ok) return size;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return compoundFile(buf);
  if (!buf.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    return looksLikeText(buf)
      ? fail(
          'text-file',
          'This is a text file (perhaps CSV) with an .xlsx name, not an Excel workbook. Open it in Excel and save it as .xlsx.',
        )
      : fail('not-xlsx', 'This is not an Excel workbook (.xlsx): its contents are not in Excel’s format.');
  }
  const entries = centralDirectory(buf);
  if (!entries) {
    return fail(
      'truncated',
      'The workbook file is cut short or damaged (its zip index is missing). Copy or download it again.',
    );
  }
  return checkEntries(buf, entries, limits);
}

/** Encrypted .xlsx files and old .xls files are both OLE compound files; their streams tell them apart. */
function compoundFile(buf: Buffer): PreflightResult {
  const utf16 = (text: string) => Buffer.from(text, 'utf16le');
  if (buf.includes(utf16('EncryptionInfo')) || buf.includes(utf16('EncryptedPackage'))) {
    return fail(
      'encrypted',
      'The workbook is password-protected (encrypted). Open it in Excel, remove the password (File › Info › Protect Workbook), save, and try again.',
    );
  }
  return fail(
    'old-xls',
    'This is an old Excel 97–2003 (.xls) file. Open it in Excel and save it as an Excel Workbook (.xlsx).',
  );
}

function looksLikeText(buf: Buffer): boolean {
  const head = buf.subarray(0, 512);
  let printable = 0;
  for (const byte of head) if (byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte !== 127)) printable++;
  return printable / head.length > 0.95;
}

/** Reads the zip's central directory (the index at its end); null when it is missing or damaged. */
function centralDirectory(buf: Buffer): ZipEntry[] | null {
  const eocd = findEndOfDirectory(buf);
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(buf: Buffer): number {
  const earliest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= earliest; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}

function checkEntries(buf: Buffer, entries: ZipEntry[], limits: PreflightLimits): PreflightResult {
  if (entries.length > limits.maxEntries) {
    return fail('too-large', `The workbook holds ${entries.length} parts, over the ${limits.maxEntries} limit.`);
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    return fail('no-workbook', 'This is a zip file, but there is no Excel workbook inside it.');
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 1)
      return fail('encrypted', `Part ${entry.name} of the workbook is encrypted; the toolkit cannot read it.`);
    // Before the size limit, so a bomb is called what it is.
    if (entry.size > 2 ** 20 && entry.size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
      return fail(
        'too-large',
        `${entry.name} is compressed ${Math.round(entry.size / Math.max(entry.compressedSize, 1))} times over, as in a "zip bomb"; refused for safety.`,
      );
    }
    // 0xFFFFFFFF means the real size is in a ZIP64 record: far beyond any monthly report or outline.
    if (entry.size === 0xffffffff || entry.size > limits.maxPartBytes) {
      return fail(
        'too-large',
        `${entry.name} unpacks to more than ${mb(limits.maxPartBytes)}; that is too large to be one of the toolkit’s workbooks.`,
      );
    }
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      return fail(
        'too-large',
        `The workbook unpacks to more than ${mb(limits.maxTotalBytes)}; that is too large to be one of the toolkit’s workbooks.`,
      );
    }
    if (/\.(xml|rels|vml)$/i.test(entry.name)) {
      const head = partHead(buf, entry);
      if (head === null) return damaged(entry);
      if (/<!DOCTYPE|<!ENTITY/i.test(head)) {
        return fail(
          'unsafe-xml',
          `Part ${entry.name} declares a DOCTYPE or entities, which Excel never writes; the file was refused for safety.`,
        );
      }
      const rows = declaredRows(entry.name, head);
      if (rows > limits.maxRows) {
        return fail(
          'too-large',
          `A sheet of the workbook (${entry.name}) runs to row ${rows.toLocaleString('en-GB')}, over the ${limits.maxRows.toLocaleString('en-GB')}-row limit; that is too large to be one of the toolkit’s workbooks, so it was not read.`,
        );
      }
    }
    const unpacked = unpackedWithin(buf, entry);
    if (unpacked === 'understated') {
      return fail(
        'too-large',
        `${entry.name} unpacks to more than the ${entry.size} bytes the zip’s index says, as in a "zip bomb"; refused for safety.`,
      );
    }
    if (unpacked === 'damaged') return damaged(entry);
  }
  return { ok: true, unpackedBytes: total };
}

/** The last row of a worksheet's <dimension ref="A1:C900">; 0 when the part is not a sheet or has none. */
function declaredRows(name: string, head: string): number {
  if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return 0;
  const match = /<(?:\w+:)?dimension\s+ref="[A-Z]*\$?\d*:?\$?[A-Z]*\$?(\d+)"/i.exec(head);
  return match ? Number(match[1]) : 0;
}

/**
 * Compressed bytes inflated at a time: deflate unpacks at most ~1,000 times over, so even a bomb's step
 * makes no more than 16 MB.
 */
const INFLATE_SLICE = 16 * 1024;

/**
 * Unpacks a part to check it holds no more than the size the zip's index gives it. The checks above trust
 * that size; a zip that understates it (to slip a bomb past them) is caught here, before the parser could
 * unpack it without limit. Streamed and only counted: the main thread never holds a whole part (up to
 * 64 MB, and zlib's one-shot inflate needs twice that).
 */
function unpackedWithin(buf: Buffer, entry: ZipEntry): 'ok' | 'damaged' | 'understated' {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return 'damaged';
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) return 'damaged';
  const data = buf.subarray(start, end);
  if (entry.method === 0) return data.length === entry.size ? 'ok' : 'damaged';
  if (entry.method !== 8) return 'damaged';
  let unpacked = 0;
  const inflate = new Inflate((chunk) => (unpacked += chunk.length));
  try {
    for (let from = 0; unpacked <= entry.size; from += INFLATE_SLICE) {
      const last = from + INFLATE_SLICE >= data.length;
      inflate.push(data.subarray(from, from + INFLATE_SLICE), last);
      if (last) break;
    }
  } catch {
    return 'damaged';
  }
  return unpacked > entry.size ? 'understated' : 'ok';
}

/**
 * The first few kilobytes of a part's XML: a DOCTYPE has to come before the root element, and Excel
 * writes a sheet's <dimension> just after it. Read before unpacking the whole part.
 */
function partHead(buf: Buffer, entry: ZipEntry): string | null {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = Math.min(start + Math.min(entry.compressedSize, 4096), buf.length);
  const data = buf.subarray(start, end);
  if (entry.method === 0) return data.toString('utf8', 0, 4096);
  if (entry.method !== 8) return null;
  try {
    // A sync flush inflates what the slice holds without demanding the rest of the stream.
    return zlib.inflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8', 0, 4096);
  } catch {
    return null;
  }
}

function damaged(entry: ZipEntry): PreflightResult {
  return fail('truncated', `Part ${entry.name} of the workbook is damaged. Copy or download the file again.`);
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 0)} MB`;
}
