/**
 * Reads a ZIP archive's central directory (an .xlsx is a ZIP) from the end of the file,
 * without inflating anything, and says whether it is safe to hand to the spreadsheet reader.
 * Only small slices of the file are read (the tail, the directory, each entry's local header),
 * so a zip bomb is refused before a single byte of it is inflated. ZIP64 is understood.
 *
 * Limits, and why:
 * - 200 MB declared uncompressed in total: a 200,000-row register of a dozen columns is about
 *   60–90 MB of sheet XML plus shared strings; 200 MB leaves twice that margin, and the reader
 *   holds every inflated entry at once, so this also bounds the worker's memory.
 * - 100:1 compression ratio, per entry and for the whole file: real sheet XML compresses 5–20:1
 *   and rarely beyond 50:1; deflate's own maximum is about 1032:1, which only crafted data
 *   reaches. Entries under 100 KB are exempt from the per-entry ratio (a tiny styles.xml of
 *   repeated tags compresses very well and cannot hurt). These are Apache POI's ZipSecureFile
 *   defaults (minimum inflate ratio 0.01, grace below 100 KB), which have met real files for years.
 * - 10,000 entries and a 16 MB directory: an .xlsx holds tens of entries, a few hundred with
 *   images; more is not a spreadsheet.
 * A directory that lies is refused as inconsistent: an entry outside the file or overlapping
 * another (the overlapping-entry bomb), a local header disagreeing with the directory, a
 * compressed size larger than deflate could ever produce for the declared size, duplicate
 * names, encryption, or a compression method other than stored/deflate. Whether the data really
 * inflates to no more than declared is checked while inflating (zipInflateGuard.ts).
 */

export type ReadRange = (start: number, end: number) => Promise<Uint8Array>;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's data starts (after its local header). */
  dataOffset: number;
}

export const zipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioGraceBytes: 100 * 1024,
  maxEntries: 10_000,
  maxDirectoryBytes: 16 * 1024 * 1024,
} as const;

export type ZipRefusal =
  | { code: 'zip-not-zip' }
  | { code: 'zip-too-many-entries'; params: { count: number; limit: number } }
  | { code: 'zip-too-large'; params: { declaredMb: number; limitMb: number } }
  | { code: 'zip-ratio'; params: { entry: string; ratio: number; limit: number } }
  | { code: 'zip-inconsistent'; params: { entry: string; why: string } };

export type ZipDirectoryResult = { ok: true; entries: ZipEntry[] } | { ok: false; refusal: ZipRefusal };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;
/** 64-bit little-endian as a double: exact below 2^53, far beyond any file we accept. */
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

const refuse = (refusal: ZipRefusal): ZipDirectoryResult => ({ ok: false, refusal });
const inconsistent = (entry: string, why: string) => refuse({ code: 'zip-inconsistent', params: { entry, why } });

/** zlib's deflateBound: the most deflate can ever emit for `n` input bytes (plus header slack). */
const deflateBound = (n: number) => n + Math.floor(n / 4096) + Math.floor(n / 16384) + 64;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface DirectoryLocation {
  count: number;
  size: number;
  offset: number;
}

async function locateDirectory(size: number, read: ReadRange): Promise<DirectoryLocation | null> {
  const tailStart = Math.max(0, size - (22 + 0xffff + 20));
  const tail = await read(tailStart, size);
  // the last signature whose comment ends within the file, as zip readers (and fflate) find it
  let e = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD && i + 22 + u16(tail, i + 20) <= tail.length) {
      e = i;
      break;
    }
  }
  if (e < 0) return null;
  let count = u16(tail, e + 10);
  let dirSize = u32(tail, e + 12);
  let offset = u32(tail, e + 16);
  if (e >= 20 && u32(tail, e - 20) === ZIP64_LOCATOR) {
    const at = u64(tail, e - 12);
    if (at + 56 > size) return null;
    const z = await read(at, at + 56);
    if (u32(z, 0) !== ZIP64_EOCD) return null;
    count = u64(z, 32);
    dirSize = u64(z, 40);
    offset = u64(z, 48);
  }
  return { count, size: dirSize, offset };
}

/** One central-directory record at `o`, with ZIP64 sizes from its extra field; null if malformed. */
function centralRecord(dir: Uint8Array, o: number): { entry: Omit<ZipEntry, 'dataOffset'>; next: number } | null {
  if (o + 46 > dir.length || u32(dir, o) !== CENTRAL) return null;
  const nameLength = u16(dir, o + 28);
  const extraLength = u16(dir, o + 30);
  const commentLength = u16(dir, o + 32);
  const next = o + 46 + nameLength + extraLength + commentLength;
  if (next > dir.length) return null;
  const name = new TextDecoder('utf-8').decode(dir.subarray(o + 46, o + 46 + nameLength));
  let uncompressedSize = u32(dir, o + 24);
  let compressedSize = u32(dir, o + 20);
  let localHeaderOffset = u32(dir, o + 42);
  if (uncompressedSize === MAX32 || compressedSize === MAX32 || localHeaderOffset === MAX32) {
    let x = o + 46 + nameLength;
    const end = x + extraLength;
    while (x + 4 <= end) {
      const id = u16(dir, x);
      const length = u16(dir, x + 2);
      if (id === 0x0001) {
        let f = x + 4;
        const take = () => {
          const v = f + 8 <= x + 4 + length ? u64(dir, f) : NaN;
          f += 8;
          return v;
        };
        if (uncompressedSize === MAX32) uncompressedSize = take();
        if (compressedSize === MAX32) compressedSize = take();
        if (localHeaderOffset === MAX32) localHeaderOffset = take();
        break;
      }
      x += 4 + length;
    }
  }
  if (![uncompressedSize, compressedSize, localHeaderOffset].every(Number.isFinite)) return null;
  return {
    entry: {
      name,
      method: u16(dir, o + 10),
      flags: u16(dir, o + 8),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    },
    next,
  };
}

export async function readZipDirectory(size: number, read: ReadRange): Promise<ZipDirectoryResult> {
  if (size < 22) return refuse({ code: 'zip-not-zip' });
  const at = await locateDirectory(size, read);
  if (!at) return refuse({ code: 'zip-not-zip' });
  if (at.count > zipLimits.maxEntries)
    return refuse({ code: 'zip-too-many-entries', params: { count: at.count, limit: zipLimits.maxEntries } });
  if (at.size > zipLimits.maxDirectoryBytes || at.offset + at.size > size)
    return inconsistent('', 'directory outside the file');
  const dir = await read(at.offset, at.offset + at.size);

  const found: Array<Omit<ZipEntry, 'dataOffset'>> = [];
  let o = 0;
  for (let i = 0; i < at.count; i++) {
    const record = centralRecord(dir, o);
    if (!record) return inconsistent('', `directory record ${i + 1} is malformed`);
    found.push(record.entry);
    o = record.next;
  }

  let declared = 0;
  let compressed = 0;
  const names = new Set<string>();
  for (const e of found) {
    if (names.has(e.name)) return inconsistent(e.name, 'name appears twice');
    names.add(e.name);
    if (e.flags & 0x1) return inconsistent(e.name, 'encrypted');
    if (e.method !== 0 && e.method !== 8) return inconsistent(e.name, `compression method ${e.method}`);
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize)
      return inconsistent(e.name, 'stored entry with two sizes');
    if (e.compressedSize > deflateBound(e.uncompressedSize))
      return inconsistent(e.name, 'compressed size impossible for the declared size');
    declared += e.uncompressedSize;
    compressed += e.compressedSize;
    if (
      e.uncompressedSize > zipLimits.ratioGraceBytes &&
      e.uncompressedSize > zipLimits.maxRatio * Math.max(1, e.compressedSize)
    )
      return refuse({
        code: 'zip-ratio',
        params: {
          entry: e.name,
          ratio: Math.round(e.uncompressedSize / Math.max(1, e.compressedSize)),
          limit: zipLimits.maxRatio,
        },
      });
  }
  if (declared > zipLimits.maxUncompressedBytes)
    return refuse({
      code: 'zip-too-large',
      params: { declaredMb: mb(declared), limitMb: mb(zipLimits.maxUncompressedBytes) },
    });
  if (declared > zipLimits.ratioGraceBytes && declared > zipLimits.maxRatio * Math.max(1, compressed))
    return refuse({
      code: 'zip-ratio',
      params: { entry: '', ratio: Math.round(declared / Math.max(1, compressed)), limit: zipLimits.maxRatio },
    });

  // each entry's local header must agree, and the entries' data must not overlap
  const entries: ZipEntry[] = [];
  for (const e of found) {
    if (e.localHeaderOffset + 30 > at.offset) return inconsistent(e.name, 'entry outside the file');
    const local = await read(e.localHeaderOffset, e.localHeaderOffset + 30);
    if (u32(local, 0) !== LOCAL) return inconsistent(e.name, 'no local header');
    if (u16(local, 8) !== e.method) return inconsistent(e.name, 'local header method differs');
    const localCompressed = u32(local, 18);
    const sizesFollow = (u16(local, 6) & 0x8) !== 0;
    if (!sizesFollow && localCompressed !== MAX32 && localCompressed !== e.compressedSize)
      return inconsistent(e.name, 'local header size differs');
    const dataOffset = e.localHeaderOffset + 30 + u16(local, 26) + u16(local, 28);
    if (dataOffset + e.compressedSize > at.offset) return inconsistent(e.name, 'entry outside the file');
    entries.push({ ...e, dataOffset });
  }
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    if (before.dataOffset + before.compressedSize > byOffset[i]!.localHeaderOffset)
      return inconsistent(byOffset[i]!.name, 'entries overlap');
  }
  return { ok: true, entries };
}
