/**
 * Reads and checks a PMTiles v3 archive's header and directories without trusting a byte of it,
 * for both sides: the renderer checks a file picked in the browser, main checks one picked in
 * the open dialog, and the map's PMTiles reader decodes directories with the same code. A
 * truncated, garbage or hostile file ends in a named problem, never an exception that escapes,
 * a hang or an unbounded allocation: every length is checked against the file's size, every
 * varint against the buffer's end, every entry count against the bytes that could hold it,
 * and decompression stops at a cap.
 * Format: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md (header of 127 bytes,
 * root directory within the first 16 KiB, varint-encoded directories, Hilbert tile ids).
 */
import { z } from 'zod';

export const PMTILES_HEADER_BYTES = 127;
/** The spec keeps the header and the root directory within the archive's first 16 KiB. */
export const PMTILES_START_BYTES = 16_384;
/** No real directory decompresses to more; a bomb stops here. */
export const MAX_DIRECTORY_BYTES = 32 * 1024 * 1024;

export const pmtilesTileTypes = ['mvt', 'png', 'jpeg', 'webp', 'avif'] as const;
export type PmtilesTileType = (typeof pmtilesTileTypes)[number];
/** Header codes of the tile types (0 unknown and 6 MLT are refused). */
const tileTypeByCode: Record<number, PmtilesTileType> = {
  1: 'mvt',
  2: 'png',
  3: 'jpeg',
  4: 'webp',
  5: 'avif',
};

/** Compression codes: 0 unknown (taken as none), 1 none, 2 gzip; brotli and zstd are refused. */
export type PmtilesCompression = 'none' | 'gzip';
const compressionByCode: Record<number, PmtilesCompression> = { 0: 'none', 1: 'none', 2: 'gzip' };

export const pmtilesProblems = [
  'empty',
  'too-small',
  'not-pmtiles',
  'unsupported-version',
  'bad-header',
  'truncated',
  'unsupported-compression',
  'unsupported-tile-type',
  'bad-directory',
  'unreadable',
] as const;
export type PmtilesProblem = (typeof pmtilesProblems)[number];
export const pmtilesProblemSchema = z.enum(pmtilesProblems);

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

/** What the settings show of an accepted archive, and keep with the setting. */
export const pmtilesSummarySchema = z
  .object({
    tileType: z.enum(pmtilesTileTypes),
    minZoom: z.number().int().min(0).max(30),
    maxZoom: z.number().int().min(0).max(30),
    /** [west, south, east, north] in degrees. */
    bounds: z.tuple([lng, lat, lng, lat]),
    tileCompression: z.enum(['none', 'gzip']),
  })
  .strict();
export type PmtilesSummary = z.infer<typeof pmtilesSummarySchema>;

export interface PmtilesHeader {
  rootDirectoryOffset: number;
  rootDirectoryLength: number;
  jsonMetadataOffset: number;
  jsonMetadataLength: number;
  leafDirectoryOffset: number;
  leafDirectoryLength: number;
  tileDataOffset: number;
  tileDataLength: number;
  internalCompression: PmtilesCompression;
  summary: PmtilesSummary;
}

export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  /** 0 points at a leaf directory. */
  runLength: number;
}

export class PmtilesError extends Error {
  override readonly name = 'PmtilesError';
  constructor(
    readonly problem: PmtilesProblem,
    detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

export type PmtilesCheck =
  | { ok: true; header: PmtilesHeader; rootEntries: number }
  | { ok: false; problem: PmtilesProblem; detail: string };

const MAGIC = 'PMTiles';

function u64(view: DataView, offset: number, field: string): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new PmtilesError('bad-header', `${field} is out of range`);
  return Number(value);
}

/**
 * Parses the 127-byte header and checks it against the archive's size: magic and version,
 * every section inside the file, known compressions and tile type, sane zooms and bounds.
 * Throws PmtilesError.
 */
export function parsePmtilesHeader(start: Uint8Array, fileSize: number): PmtilesHeader {
  if (fileSize === 0 || start.length === 0) throw new PmtilesError('empty', 'the file is empty');
  const magic = String.fromCharCode(...start.subarray(0, MAGIC.length));
  if (magic.length < MAGIC.length && MAGIC.startsWith(magic))
    throw new PmtilesError('too-small', `${start.length} bytes, the header alone needs 127`);
  if (magic !== MAGIC) {
    // v1 and v2 archives begin with "PM" and a 16-bit version
    if (magic.startsWith('PM')) throw new PmtilesError('unsupported-version', 'PMTiles v1/v2 archive');
    throw new PmtilesError('not-pmtiles', 'no PMTiles signature');
  }
  if (fileSize < PMTILES_HEADER_BYTES || start.length < PMTILES_HEADER_BYTES)
    throw new PmtilesError(
      'too-small',
      `${Math.min(fileSize, start.length)} bytes, the header alone needs 127`,
    );
  const view = new DataView(start.buffer, start.byteOffset, PMTILES_HEADER_BYTES);
  const version = view.getUint8(7);
  if (version !== 3) throw new PmtilesError('unsupported-version', `spec version ${version}`);

  const section = (offsetAt: number, name: string, required: boolean): [number, number] => {
    const offset = u64(view, offsetAt, `${name} offset`);
    const length = u64(view, offsetAt + 8, `${name} length`);
    if (required && length === 0) throw new PmtilesError('bad-header', `${name} is empty`);
    if (length > 0 && offset < PMTILES_HEADER_BYTES)
      throw new PmtilesError('bad-header', `${name} overlaps the header`);
    if (offset + length > fileSize)
      throw new PmtilesError(
        'truncated',
        `${name} ends at byte ${offset + length} but the file has ${fileSize} bytes`,
      );
    return [offset, length];
  };
  const [rootDirectoryOffset, rootDirectoryLength] = section(8, 'root directory', true);
  if (rootDirectoryOffset + rootDirectoryLength > PMTILES_START_BYTES)
    throw new PmtilesError('bad-header', 'root directory lies beyond the first 16 KiB');
  const [jsonMetadataOffset, jsonMetadataLength] = section(24, 'metadata', false);
  const [leafDirectoryOffset, leafDirectoryLength] = section(40, 'leaf directories', false);
  const [tileDataOffset, tileDataLength] = section(56, 'tile data', true);

  const internalCompression = compressionByCode[view.getUint8(97)];
  const tileCompression = compressionByCode[view.getUint8(98)];
  if (!internalCompression || !tileCompression)
    throw new PmtilesError(
      'unsupported-compression',
      `compression codes ${view.getUint8(97)}/${view.getUint8(98)}; only none and gzip are read`,
    );
  const tileType = tileTypeByCode[view.getUint8(99)];
  if (!tileType) throw new PmtilesError('unsupported-tile-type', `tile type code ${view.getUint8(99)}`);
  const minZoom = view.getUint8(100);
  const maxZoom = view.getUint8(101);
  if (maxZoom > 30 || minZoom > maxZoom)
    throw new PmtilesError('bad-header', `zoom range ${minZoom}–${maxZoom}`);
  const bounds: [number, number, number, number] = [
    view.getInt32(102, true) / 1e7,
    view.getInt32(106, true) / 1e7,
    view.getInt32(110, true) / 1e7,
    view.getInt32(114, true) / 1e7,
  ];
  const summary = pmtilesSummarySchema.safeParse({ tileType, minZoom, maxZoom, bounds, tileCompression });
  const [w, s, e, n] = bounds;
  if (!summary.success || w >= e || s >= n)
    throw new PmtilesError('bad-header', `bounds ${bounds.join(', ')}`);
  return {
    rootDirectoryOffset,
    rootDirectoryLength,
    jsonMetadataOffset,
    jsonMetadataLength,
    leafDirectoryOffset,
    leafDirectoryLength,
    tileDataOffset,
    tileDataLength,
    internalCompression,
    summary: summary.data,
  };
}

/** Inflates gzip (or passes `none` through), refusing to produce more than `maxBytes`. */
export async function decompressBounded(
  bytes: Uint8Array,
  compression: PmtilesCompression,
  maxBytes: number,
): Promise<Uint8Array> {
  if (compression === 'none') return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new PmtilesError('bad-directory', `decompresses to more than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PmtilesError) throw error;
    throw new PmtilesError('bad-directory', `gzip data is damaged (${String(error)})`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function readVarint(buf: Uint8Array, state: { pos: number }): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 8; i += 1) {
    if (state.pos >= buf.length) throw new PmtilesError('bad-directory', 'directory ends inside a number');
    const byte = buf[state.pos] as number;
    state.pos += 1;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      if (value > Number.MAX_SAFE_INTEGER) break;
      return value;
    }
    scale *= 128;
  }
  throw new PmtilesError('bad-directory', 'a number in the directory is out of range');
}

/**
 * Decodes a (decompressed) directory: entry count, then tile id deltas, run lengths, lengths
 * and offsets, each a column of varints. Entries must ascend by tile id, have a length, and
 * point inside `sectionLength` (tile data for tiles, leaf directories for leaves).
 */
export function decodeDirectory(
  buf: Uint8Array,
  limits: { tileDataLength: number; leafDirectoryLength: number },
): DirectoryEntry[] {
  const state = { pos: 0 };
  const count = readVarint(buf, state);
  // each entry needs at least one byte in each of its four columns
  if (count === 0 || count > (buf.length - state.pos) / 4)
    throw new PmtilesError('bad-directory', `${count} entries cannot fit in ${buf.length} bytes`);
  const entries: DirectoryEntry[] = [];
  let lastId = 0;
  for (let i = 0; i < count; i += 1) {
    const delta = readVarint(buf, state);
    if (i > 0 && delta === 0) throw new PmtilesError('bad-directory', 'tile ids do not ascend');
    lastId += delta;
    if (lastId > Number.MAX_SAFE_INTEGER) throw new PmtilesError('bad-directory', 'tile id out of range');
    entries.push({ tileId: lastId, offset: 0, length: 0, runLength: 1 });
  }
  for (const entry of entries) entry.runLength = readVarint(buf, state);
  for (const entry of entries) {
    entry.length = readVarint(buf, state);
    if (entry.length === 0) throw new PmtilesError('bad-directory', 'an entry has no length');
  }
  entries.forEach((entry, i) => {
    const raw = readVarint(buf, state);
    const previous = entries[i - 1];
    entry.offset = raw === 0 && previous ? previous.offset + previous.length : raw - 1;
    if (entry.offset < 0) throw new PmtilesError('bad-directory', 'the first entry has no offset');
    const limit = entry.runLength === 0 ? limits.leafDirectoryLength : limits.tileDataLength;
    if (entry.offset + entry.length > limit)
      throw new PmtilesError('bad-directory', 'an entry points past the end of its section');
  });
  return entries;
}

/** Reads one directory (root or leaf) from already-fetched bytes. */
export async function readDirectory(bytes: Uint8Array, header: PmtilesHeader): Promise<DirectoryEntry[]> {
  const raw = await decompressBounded(bytes, header.internalCompression, MAX_DIRECTORY_BYTES);
  return decodeDirectory(raw, header);
}

/**
 * Checks an archive from its first bytes (up to 16 KiB, fewer if the file is smaller) and its
 * size: header, then the root directory decoded in full. Never throws.
 */
export async function checkPmtilesStart(start: Uint8Array, fileSize: number): Promise<PmtilesCheck> {
  try {
    const header = parsePmtilesHeader(start, fileSize);
    const rootBytes = start.subarray(
      header.rootDirectoryOffset,
      header.rootDirectoryOffset + header.rootDirectoryLength,
    );
    if (rootBytes.length !== header.rootDirectoryLength)
      throw new PmtilesError('truncated', 'the root directory was not read in full');
    const root = await readDirectory(rootBytes, header);
    return { ok: true, header, rootEntries: root.length };
  } catch (error) {
    if (error instanceof PmtilesError) return { ok: false, problem: error.problem, detail: error.message };
    return { ok: false, problem: 'bad-directory', detail: String(error) };
  }
}
