/** A tiny zip writer for hostile test files that real tools refuse to make (bombs, odd parts). */
import zlib from 'zlib';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Store deflated (default) or as is. */
  store?: boolean;
  /** Already deflated (see deflateChunks): `data` is then ignored and these are written as given. */
  deflated?: { packed: Buffer; size: number; crc: number };
}

/**
 * The concatenation of `chunks`, deflated as they come, so a part of hundreds of MB is made without
 * holding it in memory: for zip bombs (level 9, the most packed) and million-row sheets (level 1 packs rows
 * of numbers as small, 7.5 MB against 7.4 MB for a million, in a sixth of the time: measured).
 */
export async function deflateChunks(
  chunks: Iterable<Buffer>,
  level = 9,
): Promise<{ packed: Buffer; size: number; crc: number }> {
  const deflate = zlib.createDeflateRaw({ level });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { packed: Buffer.concat(out), size, crc };
}

export function makeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const packed = part.deflated?.packed ?? (part.store ? part.data : zlib.deflateRawSync(part.data));
    const size = part.deflated?.size ?? part.data.length;
    const name = Buffer.from(part.name, 'utf8');
    const crc = part.deflated?.crc ?? (zlib.crc32 ? zlib.crc32(part.data) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const method = part.store && !part.deflated ? 0 : 8;
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
