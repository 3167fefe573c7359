/**
 * Checks a file's bytes before any spreadsheet parser sees them, so a hostile or broken file gets
 * one specific, plain message instead of a crash, a hang or unbounded memory: empty files, text and
 * old .xls files, encrypted workbooks, truncated or foreign zips, zip bombs and XML with a DOCTYPE
 * (entity expansion and external entities need one; Excel never writes it), and sheets that run to more rows
 * than any of the toolkit's workbooks could hold: by the size they declare (their <dimension>), or counted as
 * they unpack.
 *
 * Host-neutral (no Node built-ins), so the command line and the task pane refuse the same files with
 * the same words.
 */
import { Inflate, inflateSync } from 'fflate';

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
   * Most rows one sheet may reach, by the <dimension> Excel writes at the top of every sheet, or by its rows
   * counted as it unpacks: a million rows of numbers packs into 7 MB yet takes over 384 MB and 10 seconds to
   * parse (measured).
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

/** The checks passed, and the parts asked for, unpacked as they were checked: part name → its pieces in order. */
export type UnpackResult = { ok: true; unpackedBytes: number; parts: Map<string, Uint8Array[]> } | Refusal;

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
  const result = unpackChecked(bytes, limits, () => false);
  return result.ok ? { ok: true, unpackedBytes: result.unpackedBytes } : result;
}

/**
 * Preflight that keeps the parts `keep` asks for: each part is unpacked once, as it is checked, so the reader
 * never unpacks the file a second time. Nothing is returned unless the whole file passes.
 */
export function unpackChecked(
  bytes: Uint8Array,
  limits: PreflightLimits,
  keep: (name: string) => boolean,
): UnpackResult {
  if (bytes.length === 0) return fail('empty', 'The file is empty (0 bytes). Save the workbook again from Excel.');
  const size = checkFileSize(bytes.length, limits);
  if (!size.ok) return size;
  const zip = { bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return compoundFile(bytes);
  if (!startsWith(bytes, [0x50, 0x4b, 3, 4])) {
    return looksLikeText(bytes)
      ? fail(
          'text-file',
          'This is a text file (perhaps CSV) with an .xlsx name, not an Excel workbook. Open it in Excel and save it as .xlsx.',
        )
      : fail('not-xlsx', 'This is not an Excel workbook (.xlsx): its contents are not in Excel’s format.');
  }
  const entries = centralDirectory(zip);
  if (!entries) {
    return fail(
      'truncated',
      'The workbook file is cut short or damaged (its zip index is missing). Copy or download it again.',
    );
  }
  return checkEntries(zip, entries, limits, keep);
}

/** All the parts together once unpacked, as the zip's index states them (unchecked); 0 without an index. */
export function statedUnpackedBytes(bytes: Uint8Array): number {
  const entries = centralDirectory({ bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return (entries ?? []).reduce((sum, entry) => sum + entry.size, 0);
}

/** The file's bytes, and a view of them for reading the zip's little-endian numbers. */
interface Zip {
  bytes: Uint8Array;
  view: DataView;
}

const startsWith = (bytes: Uint8Array, head: number[]) => head.every((byte, i) => bytes[i] === byte);

/** Encrypted .xlsx files and old .xls files are both OLE compound files; their streams tell them apart. */
function compoundFile(bytes: Uint8Array): Refusal {
  if (includesUtf16(bytes, 'EncryptionInfo') || includesUtf16(bytes, 'EncryptedPackage')) {
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

/** Whether `bytes` hold the ASCII `name` as a compound file spells its streams' names (UTF-16, little-endian). */
function includesUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    let j = 0;
    while (j < name.length && bytes[i + 2 * j] === name.charCodeAt(j) && bytes[i + 2 * j + 1] === 0) j++;
    if (j === name.length) return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 512);
  let printable = 0;
  for (const byte of head) if (byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte !== 127)) printable++;
  return printable / head.length > 0.95;
}

/** Reads the zip's central directory (the index at its end); null when it is missing or damaged. */
function centralDirectory({ bytes, view }: Zip): ZipEntry[] | null {
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: utf8(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  // The index's end record is in the last 22 bytes, or before a comment of at most 64 KB.
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= earliest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

function checkEntries(
  zip: Zip,
  entries: ZipEntry[],
  limits: PreflightLimits,
  keep: (name: string) => boolean,
): UnpackResult {
  if (entries.length > limits.maxEntries) {
    return fail('too-large', `The workbook holds ${entries.length} parts, over the ${limits.maxEntries} limit.`);
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    return fail('no-workbook', 'This is a zip file, but there is no Excel workbook inside it.');
  }
  let total = 0;
  const parts = new Map<string, Uint8Array[]>();
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
    const pieces: Uint8Array[] | null = keep(entry.name) ? [] : null;
    const refusal = checkPart(zip, entry, limits, pieces);
    if (refusal) return refusal;
    if (pieces) parts.set(entry.name, pieces);
  }
  return { ok: true, unpackedBytes: total, parts };
}

/** How much of an XML part's start is checked for a DOCTYPE and a sheet's <dimension>. */
const HEAD_BYTES = 4096;

/**
 * Compressed bytes inflated at a time: deflate unpacks at most ~1,000 times over, so even a bomb's step
 * makes no more than 16 MB.
 */
const INFLATE_SLICE = 16 * 1024;

/**
 * Unpacks a part in slices, keeping only its first few kilobytes (for checkHead) and a count. The count must
 * not pass the size the zip's index gives the part: the checks above trust that size, and a zip that
 * understates it (to slip a bomb past them) is caught here, before the parser could unpack it without limit.
 * Only a part the reader keeps (into `pieces`) is held whole; the others never are (up to 64 MB, and a one-shot
 * inflate needs twice that).
 */
function checkPart(zip: Zip, entry: ZipEntry, limits: PreflightLimits, pieces: Uint8Array[] | null): Refusal | null {
  const start = dataStart(zip, entry);
  const end = start + entry.compressedSize;
  if (start < 0 || end > zip.bytes.length || (entry.method !== 0 && entry.method !== 8)) return damaged(entry);
  const data = zip.bytes.subarray(start, end);
  const head = new Uint8Array(HEAD_BYTES);
  let filled = 0;
  let unpacked = 0;
  const take = (chunk: Uint8Array) => {
    head.set(chunk.subarray(0, HEAD_BYTES - filled), filled);
    filled = Math.min(HEAD_BYTES, filled + chunk.length);
    unpacked += chunk.length;
    rows?.add(chunk);
    pieces?.push(chunk);
  };
  let headChecked = !/\.(xml|rels|vml)$/i.test(entry.name);
  const headRefusal = () => {
    headChecked = true;
    return checkHead(entry, head.subarray(0, filled), limits);
  };
  const rows = isSheet(entry.name) ? new RowCounter() : null;
  const rowRefusal = () => (rows && rows.count > limits.maxRows ? tooManyRows(entry.name, limits.maxRows) : null);
  if (entry.method === 0) {
    if (data.length !== entry.size) return damaged(entry);
    take(data);
  } else if (data.length <= INFLATE_SLICE) {
    // A small part in one go, into a buffer one byte longer than the index says: no worse than one slice
    // below, and without the slices' copying (the reader's largest cost, measured). A part that fills the
    // extra byte unpacks to more than stated, and is refused below.
    try {
      take(inflateSync(data, { out: new Uint8Array(entry.size + 1) }));
    } catch {
      return damaged(entry);
    }
  } else {
    const inflate = new Inflate(take);
    try {
      for (let from = 0; unpacked <= entry.size; from += INFLATE_SLICE) {
        const last = from + INFLATE_SLICE >= data.length;
        inflate.push(data.subarray(from, from + INFLATE_SLICE), last);
        // As soon as the head is in, or the rows pass the limit, so a refused part is not unpacked further.
        const refusal = (!headChecked && filled === HEAD_BYTES ? headRefusal() : null) ?? rowRefusal();
        if (refusal) return refusal;
        if (last) break;
      }
    } catch {
      return damaged(entry);
    }
  }
  const refusal = (headChecked ? null : headRefusal()) ?? rowRefusal();
  if (refusal) return refusal;
  if (unpacked > entry.size) {
    return fail(
      'too-large',
      `${entry.name} unpacks to more than the ${entry.size} bytes the zip’s index says, as in a "zip bomb"; refused for safety.`,
    );
  }
  return null;
}

/**
 * The first few kilobytes of an XML part: a DOCTYPE has to come before the root element, and Excel writes a
 * sheet's <dimension> just after it.
 */
function checkHead(entry: ZipEntry, headBytes: Uint8Array, limits: PreflightLimits): Refusal | null {
  const head = utf8(headBytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(head)) {
    return fail(
      'unsafe-xml',
      `Part ${entry.name} declares a DOCTYPE or entities, which Excel never writes; the file was refused for safety.`,
    );
  }
  if (headBytes.length < entry.size && !reachesRoot(head)) {
    return fail(
      'unsafe-xml',
      `Part ${entry.name} has more than ${HEAD_BYTES} bytes before its first element, which Excel never writes; the file was refused for safety.`,
    );
  }
  const rows = declaredRows(entry.name, head);
  if (rows > limits.maxRows) {
    return fail(
      'too-large',
      `A sheet of the workbook (${entry.name}) runs to row ${rows.toLocaleString('en-GB')}, over the ${limits.maxRows.toLocaleString('en-GB')}-row limit; that is too large to be one of the toolkit’s workbooks, so it was not read.`,
    );
  }
  return null;
}

/** The parts the reader reads as sheets (read-xlsx.ts keeps no others). */
const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** The last row of a worksheet's <dimension ref="A1:C900">; 0 when the part is not a sheet or has none. */
function declaredRows(name: string, head: string): number {
  if (!isSheet(name)) return 0;
  const match = /<(?:\w+:)?dimension\s+ref="[A-Z]*\$?\d*:?\$?[A-Z]*\$?(\d+)"/i.exec(head);
  return match ? Number(match[1]) : 0;
}

function tooManyRows(name: string, maxRows: number): Refusal {
  return fail(
    'too-large',
    `A sheet of the workbook (${name}) has more than ${maxRows.toLocaleString('en-GB')} rows; that is too large to be one of the toolkit’s workbooks, so it was not read.`,
  );
}

const LT = 0x3c;
const COLON = 0x3a;
const ROW = [0x72, 0x6f, 0x77];
/** What may end a tag's name: space, tab, line breaks, ">" and "/". */
const NAME_ENDS = new Set([0x20, 0x09, 0x0d, 0x0a, 0x3e, 0x2f]);

/**
 * Counts a sheet's <row> start tags (<x:row> too) in its unpacked bytes, piece by piece, so a sheet that leaves
 * out its <dimension> is refused as soon as it passes the row limit rather than after the whole part is
 * unpacked and parsed (seconds and hundreds of MB for a million rows, measured). Only a tag can hold "<" in
 * XML; a comment or CDATA section could hold text like a tag, but Excel writes neither in a sheet.
 */
export class RowCounter {
  count = 0;
  /** Letters of "row" matched so far in the name of the tag being read; -1 outside a tag's name. */
  private matched = -1;

  add(bytes: Uint8Array): void {
    let matched = this.matched;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === LT) matched = 0;
      else if (matched < 0) continue;
      else if (byte === COLON) matched = 0;
      else if (NAME_ENDS.has(byte)) {
        if (matched === ROW.length) this.count++;
        matched = -1;
      } else matched = matched < ROW.length && byte === ROW[matched] ? matched + 1 : ROW.length + 1;
    }
    this.matched = matched;
  }
}

/**
 * Whether the head gets past the XML prolog (declaration, comments, processing instructions) to the first
 * element. A DOCTYPE can only come in the prolog, so one padded beyond the head would go unseen.
 */
function reachesRoot(head: string): boolean {
  const rest = head.replace(/^(?:\uFEFF|\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*/, '');
  return rest !== '' && !rest.startsWith('<!--') && !rest.startsWith('<?');
}

/** Where a part's packed data starts, after its local header; -1 when that header is missing. */
function dataStart({ bytes, view }: Zip, entry: ZipEntry): number {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return -1;
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

function damaged(entry: ZipEntry): Refusal {
  return fail('truncated', `Part ${entry.name} of the workbook is damaged. Copy or download the file again.`);
}

const decoder = new TextDecoder();
const utf8 = (bytes: Uint8Array) => decoder.decode(bytes);

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 0)} MB`;
}
