/**
 * Zip bombs for the import tests, built in Node with zlib and a minimal ZIP writer (local
 * headers, central directory, end record; ZIP64 on request): a real .xlsx-looking archive whose
 * sheet inflates far beyond the limits, one whose directory lies about its sizes, and two
 * entries sharing their data (the overlapping-entry bomb). The writer lets a test state any
 * directory it likes, which is the point: the importer must not trust it.
 */
import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data: Buffer;
  /** Store the data deflated (default) or as is. */
  deflate?: boolean;
  /** Lie in the directory: declare this uncompressed size (or one computed from the packed size). */
  declaredSize?: number | ((packedBytes: number) => number);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

export function writeZip(entries: ZipEntrySpec[], opts: { zip64?: boolean; shareData?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let shared: { offset: number; packed: Buffer; crc: number } | null = null;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const deflate = e.deflate !== false;
    const packed = deflate ? deflateRawSync(e.data, { level: 9 }) : e.data;
    const crc = crc32(e.data);
    const size =
      typeof e.declaredSize === 'function' ? e.declaredSize(packed.length) : (e.declaredSize ?? e.data.length);
    let localOffset = offset;
    if (!(opts.shareData && shared)) {
      const local = Buffer.concat([
        u32(0x04034b50), u16(20), u16(0), u16(deflate ? 8 : 0), u16(0), u16(0),
        u32(crc), u32(packed.length), u32(size), u16(name.length), u16(0), name,
      ]);
      parts.push(local, packed);
      offset += local.length + packed.length;
      if (opts.shareData) shared = { offset: localOffset, packed, crc };
    } else {
      localOffset = shared.offset;
    }
    const zip64 = opts.zip64 === true;
    const extra = zip64 ? Buffer.concat([u16(1), u16(24), u64(size), u64(packed.length), u64(localOffset)]) : Buffer.alloc(0);
    central.push(
      Buffer.concat([
        u32(0x02014b50), u16(45), u16(zip64 ? 45 : 20), u16(0), u16(deflate ? 8 : 0), u16(0), u16(0),
        u32(crc),
        u32(zip64 ? 0xffffffff : packed.length),
        u32(zip64 ? 0xffffffff : size),
        u16(name.length), u16(extra.length), u16(0), u16(0), u16(0), u32(0),
        u32(zip64 ? 0xffffffff : localOffset),
        name, extra,
      ]),
    );
  }
  const dir = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const at = offset + dir.length;
    tail.push(
      Buffer.concat([
        u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0),
        u64(entries.length), u64(entries.length), u64(dir.length), u64(offset),
      ]),
      Buffer.concat([u32(0x07064b50), u32(0), u64(at), u32(1)]),
    );
  }
  tail.push(
    Buffer.concat([
      u32(0x06054b50), u16(0), u16(0),
      u16(opts.zip64 ? 0xffff : entries.length), u16(opts.zip64 ? 0xffff : entries.length),
      u32(dir.length), u32(opts.zip64 ? 0xffffffff : offset), u16(0),
    ]),
  );
  return Buffer.concat([...parts, dir, ...tail]);
}

const contentTypes = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
);

/** An .xlsx-shaped archive whose sheet is `mb` megabytes of one repeated byte (≈1000:1). */
export function xlsxBomb(mb: number, opts: { zip64?: boolean } = {}): Buffer {
  return writeZip(
    [
      { name: '[Content_Types].xml', data: contentTypes },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(mb * 1024 * 1024, 0x20) },
    ],
    opts,
  );
}

/**
 * A sheet whose directory declares twice its compressed size (a plausible 2:1) while its data
 * really inflates to `mb` megabytes: only inflating tells.
 */
export function lyingXlsx(mb: number): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(mb * 1024 * 1024, 0x20), declaredSize: (n) => n * 2 },
  ]);
}

/** Many directory entries pointing at the same compressed data. */
export function overlappingXlsx(): Buffer {
  const sheet = Buffer.from(`<worksheet>${randomBytes(25_000).toString('hex')}</worksheet>`);
  return writeZip(
    Array.from({ length: 5 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheet })),
    { shareData: true },
  );
}
