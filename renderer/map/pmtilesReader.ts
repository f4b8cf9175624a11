/**
 * The one PMTiles reader of the app, the same in the browser and in Electron: pmtiles'
 * MapLibre `Protocol` (registered once as `pmtiles://`), fed with a `Source` per archive —
 * pmtiles' FileSource over a stored Blob in the browser, its FetchSource over the desktop app's
 * own protocol in Electron. Headers and directories are read through `BoundedCache`, which
 * decodes them with the checked decoder of common/basemap/pmtilesArchive.ts instead of the
 * library's own (which trusts entry counts: a hostile archive could make it loop for hours), and
 * every decompression, tiles included, stops at a cap. Nothing here touches the network.
 */
import { addProtocol } from 'maplibre-gl';
import {
  Compression,
  PMTiles,
  Protocol,
  TileType,
  type Cache,
  type Entry,
  type Header,
  type Source,
} from 'pmtiles';
import {
  decompressBounded,
  parsePmtilesHeader,
  PMTILES_START_BYTES,
  PmtilesError,
  readDirectory,
  type PmtilesHeader,
} from '#common/basemap/pmtilesArchive';

export const PMTILES_SCHEME = 'pmtiles';
/** No tile of a basemap decompresses to more. */
const MAX_TILE_BYTES = 16 * 1024 * 1024;
const MAX_CACHED_DIRECTORIES = 64;

const tileTypeCode = {
  mvt: TileType.Mvt,
  png: TileType.Png,
  jpeg: TileType.Jpeg,
  webp: TileType.Webp,
  avif: TileType.Avif,
};

function toLibraryHeader(h: PmtilesHeader): Header {
  return {
    specVersion: 3,
    rootDirectoryOffset: h.rootDirectoryOffset,
    rootDirectoryLength: h.rootDirectoryLength,
    jsonMetadataOffset: h.jsonMetadataOffset,
    jsonMetadataLength: h.jsonMetadataLength,
    leafDirectoryOffset: h.leafDirectoryOffset,
    leafDirectoryLength: h.leafDirectoryLength,
    tileDataOffset: h.tileDataOffset,
    tileDataLength: h.tileDataLength,
    numAddressedTiles: 0,
    numTileEntries: 0,
    numTileContents: 0,
    clustered: false,
    internalCompression: h.internalCompression === 'gzip' ? Compression.Gzip : Compression.None,
    tileCompression: h.summary.tileCompression === 'gzip' ? Compression.Gzip : Compression.None,
    tileType: tileTypeCode[h.summary.tileType],
    minZoom: h.summary.minZoom,
    maxZoom: h.summary.maxZoom,
    minLon: h.summary.bounds[0],
    minLat: h.summary.bounds[1],
    maxLon: h.summary.bounds[2],
    maxLat: h.summary.bounds[3],
    centerZoom: h.summary.minZoom,
    centerLon: (h.summary.bounds[0] + h.summary.bounds[2]) / 2,
    centerLat: (h.summary.bounds[1] + h.summary.bounds[3]) / 2,
  };
}

/** Gzip with a cap; none/unknown pass through; anything else is refused. */
export async function boundedDecompress(buf: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  if (compression === Compression.None || compression === Compression.Unknown) return buf;
  if (compression !== Compression.Gzip)
    throw new PmtilesError('unsupported-compression', `code ${compression}`);
  const out = await decompressBounded(new Uint8Array(buf), 'gzip', MAX_TILE_BYTES);
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** pmtiles' Cache, with checked header and directory decoding; failed reads are not kept. */
export class BoundedCache implements Cache {
  private readonly headers = new Map<string, Promise<PmtilesHeader>>();
  private readonly directories = new Map<string, Promise<Entry[]>>();

  private checkedHeader(source: Source): Promise<PmtilesHeader> {
    const key = source.getKey();
    let pending = this.headers.get(key);
    if (!pending) {
      pending = source.getBytes(0, PMTILES_START_BYTES).then((resp) => {
        const bytes = new Uint8Array(resp.data);
        // the file's size was checked when it was picked; here the structure is
        return parsePmtilesHeader(bytes, Number.MAX_SAFE_INTEGER);
      });
      pending.catch(() => this.headers.delete(key));
      this.headers.set(key, pending);
    }
    return pending;
  }

  async getHeader(source: Source): Promise<Header> {
    return toLibraryHeader(await this.checkedHeader(source));
  }

  async getDirectory(
    source: Source,
    offset: number,
    length: number,
    _header: Header,
    signal?: AbortSignal,
  ): Promise<Entry[]> {
    const key = `${source.getKey()}|${offset}|${length}`;
    let pending = this.directories.get(key);
    if (!pending) {
      pending = (async () => {
        const header = await this.checkedHeader(source);
        const resp = await source.getBytes(offset, length, signal);
        return readDirectory(new Uint8Array(resp.data), header);
      })();
      pending.catch(() => this.directories.delete(key));
      if (this.directories.size >= MAX_CACHED_DIRECTORIES) {
        const oldest = this.directories.keys().next().value;
        if (oldest !== undefined) this.directories.delete(oldest);
      }
      this.directories.set(key, pending);
    }
    return pending;
  }

  async invalidate(source: Source): Promise<void> {
    const key = source.getKey();
    this.headers.delete(key);
    for (const dirKey of [...this.directories.keys()])
      if (dirKey.startsWith(`${key}|`)) this.directories.delete(dirKey);
  }
}

let protocol: Protocol | null = null;

/**
 * Makes `source` readable by maplibre and returns its tile URL template
 * (`pmtiles://<key>/{z}/{x}/{y}`). Registers the protocol on first use.
 */
export function pmtilesTilesUrl(source: Source): string {
  if (protocol === null) {
    protocol = new Protocol();
    addProtocol(PMTILES_SCHEME, protocol.tile);
  }
  if (protocol.get(source.getKey()) === undefined)
    protocol.add(new PMTiles(source, new BoundedCache(), boundedDecompress));
  return `${PMTILES_SCHEME}://${source.getKey()}/{z}/{x}/{y}`;
}
