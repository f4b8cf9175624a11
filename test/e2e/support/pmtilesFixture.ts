/**
 * Builds small, real PMTiles v3 archives inside the tests (nothing is downloaded): solid-colour
 * PNG tiles from a minimal PNG encoder, or MVT vector tiles with a protomaps-schema `earth`
 * polygon filling each tile, written by a minimal PMTiles writer that follows the v3 spec
 * (127-byte header, root directory of varint columns, JSON metadata, tile data; Hilbert tile
 * ids from the pmtiles package). Also the broken variants the settings must refuse.
 */
import { deflateSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export type Rgb = readonly [number, number, number];
export type Bounds = readonly [number, number, number, number];

// ---------------------------------------------------------------- PNG

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A `size`×`size` PNG of one colour (8-bit RGB). */
export function solidPng(rgb: Rgb, size = 256): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x += 1) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      pngChunk('IHDR', ihdr),
      pngChunk('IDAT', deflateSync(raw)),
      pngChunk('IEND', new Uint8Array()),
    ]),
  );
}

// ---------------------------------------------------------------- MVT (protobuf by hand)

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

const zigzag = (n: number): number => (n << 1) ^ (n >> 31);
const field = (num: number, wire: number): number[] => varint((num << 3) | wire);
const lengthDelimited = (num: number, bytes: number[]): number[] => [
  ...field(num, 2),
  ...varint(bytes.length),
  ...bytes,
];

/** One MVT layer `name` holding a single polygon that covers the whole tile (and a margin). */
function fullTileLayer(name: string, extent = 4096): number[] {
  const lo = -64;
  const hi = extent + 64;
  // MoveTo(lo,lo), LineTo ×3 (clockwise in tile coordinates = exterior ring), ClosePath
  const geometry = [
    (1 & 7) | (1 << 3),
    zigzag(lo),
    zigzag(lo),
    (2 & 7) | (3 << 3),
    zigzag(hi - lo),
    0,
    0,
    zigzag(hi - lo),
    zigzag(lo - hi),
    0,
    (7 & 7) | (1 << 3),
  ];
  const packed = geometry.flatMap(varint);
  const feature = [...field(1, 0), ...varint(1), ...field(3, 0), ...varint(3), ...lengthDelimited(4, packed)];
  const nameBytes = [...Buffer.from(name, 'utf8')];
  return [
    ...field(15, 0),
    ...varint(2),
    ...lengthDelimited(1, nameBytes),
    ...lengthDelimited(2, feature),
    ...field(5, 0),
    ...varint(extent),
  ];
}

/** A vector tile in the protomaps schema with one `earth` polygon over the whole tile. */
export function earthTile(): Uint8Array {
  return Uint8Array.from(lengthDelimited(3, fullTileLayer('earth')));
}

// ---------------------------------------------------------------- tiles and archive

/** Slippy-map tile column/row of a lng/lat at zoom z. */
export function tileOf(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lng + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/** Every tile covering `bounds` at each zoom of [minZoom, maxZoom]. */
export function tilesCovering(
  bounds: Bounds,
  minZoom: number,
  maxZoom: number,
): Array<[number, number, number]> {
  const [w, s, e, n] = bounds;
  const out: Array<[number, number, number]> = [];
  for (let z = minZoom; z <= maxZoom; z += 1) {
    const [x0, y0] = tileOf(w, n, z);
    const [x1, y1] = tileOf(e, s, z);
    for (let x = x0; x <= x1; x += 1) for (let y = y0; y <= y1; y += 1) out.push([z, x, y]);
  }
  return out;
}

export interface ArchiveOptions {
  tileType: 'png' | 'mvt';
  bounds: Bounds;
  minZoom: number;
  maxZoom: number;
  /** The bytes of tile z/x/y (all tiles may share one content). */
  tile(z: number, x: number, y: number): Uint8Array;
}

function u64(view: DataView, offset: number, value: number): void {
  view.setBigUint64(offset, BigInt(value), true);
}

/** Writes a PMTiles v3 archive (uncompressed directory, one root directory, no leaves). */
export function writePmtiles(options: ArchiveOptions): Uint8Array {
  const tiles = tilesCovering(options.bounds, options.minZoom, options.maxZoom)
    .map(([z, x, y]) => ({ id: zxyToTileId(z, x, y), data: options.tile(z, x, y) }))
    .sort((a, b) => a.id - b.id);
  const offsets: number[] = [];
  let at = 0;
  for (const t of tiles) {
    offsets.push(at);
    at += t.data.length;
  }
  const tileData = Buffer.concat(tiles.map((t) => t.data));
  // directory: count, id deltas, run lengths, lengths, offsets (+1; 0 = right after the previous)
  const dir: number[] = [...varint(tiles.length)];
  tiles.forEach((t, i) => dir.push(...varint(i === 0 ? t.id : t.id - (tiles[i - 1]?.id ?? 0))));
  tiles.forEach(() => dir.push(...varint(1)));
  tiles.forEach((t) => dir.push(...varint(t.data.length)));
  tiles.forEach((_, i) => dir.push(...varint(i === 0 ? (offsets[0] ?? 0) + 1 : 0)));
  const rootDir = Uint8Array.from(dir);
  const metadata = Buffer.from(
    JSON.stringify(
      options.tileType === 'mvt'
        ? { name: 'gridroom-fixture', vector_layers: [{ id: 'earth', fields: {} }] }
        : { name: 'gridroom-fixture' },
    ),
  );
  const header = new Uint8Array(127);
  const view = new DataView(header.buffer);
  header.set(Buffer.from('PMTiles', 'ascii'), 0);
  header[7] = 3;
  const rootOffset = 127;
  const metaOffset = rootOffset + rootDir.length;
  const dataOffset = metaOffset + metadata.length;
  u64(view, 8, rootOffset);
  u64(view, 16, rootDir.length);
  u64(view, 24, metaOffset);
  u64(view, 32, metadata.length);
  u64(view, 40, dataOffset);
  u64(view, 48, 0);
  u64(view, 56, dataOffset);
  u64(view, 64, tileData.length);
  u64(view, 72, tiles.length);
  u64(view, 80, tiles.length);
  u64(view, 88, tiles.length);
  header[96] = 1; // clustered
  header[97] = 1; // internal compression: none
  header[98] = 1; // tile compression: none
  header[99] = options.tileType === 'mvt' ? 1 : 2;
  header[100] = options.minZoom;
  header[101] = options.maxZoom;
  const [w, s, e, n] = options.bounds;
  view.setInt32(102, Math.round(w * 1e7), true);
  view.setInt32(106, Math.round(s * 1e7), true);
  view.setInt32(110, Math.round(e * 1e7), true);
  view.setInt32(114, Math.round(n * 1e7), true);
  header[118] = options.minZoom;
  view.setInt32(119, Math.round(((w + e) / 2) * 1e7), true);
  view.setInt32(123, Math.round(((s + n) / 2) * 1e7), true);
  // a plain copy: a Buffer's slice() is a view, and its .buffer the whole pool
  return new Uint8Array(Buffer.concat([header, rootDir, metadata, tileData]));
}

/** A raster archive whose every tile is one solid colour. */
export function solidRasterArchive(rgb: Rgb, bounds: Bounds, minZoom: number, maxZoom: number): Uint8Array {
  const png = solidPng(rgb);
  return writePmtiles({ tileType: 'png', bounds, minZoom, maxZoom, tile: () => png });
}

/** A vector archive (protomaps schema) whose every tile is covered by `earth`. */
export function earthVectorArchive(bounds: Bounds, minZoom: number, maxZoom: number): Uint8Array {
  const tile = earthTile();
  return writePmtiles({ tileType: 'mvt', bounds, minZoom, maxZoom, tile: () => tile });
}
