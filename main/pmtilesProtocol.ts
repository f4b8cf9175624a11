/**
 * The `gridroom-pmtiles://file/<token>` protocol of the desktop app: serves byte ranges of the
 * one PMTiles file the user picked for the active basemap (basemapFile.ts), so the renderer's
 * PMTiles reader (pmtiles' FetchSource) reads it like a file on a web server. The request names
 * only a token, never a path — anything else (other hosts, extra path segments, `..`, encoded
 * characters, unknown tokens, methods other than GET/HEAD/OPTIONS) is refused. Range requests
 * follow RFC 9110 (one range; `bytes=a-b`, `a-`, `-n`; 416 with `bytes *\/size` when
 * unsatisfiable). The scheme is another origin than app://gridroom, so replies carry CORS
 * headers for that origin only. Uses web Request/Response and Node streams only: tested
 * without Electron.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { PMTILES_FILE_HOST, PMTILES_FILE_SCHEME } from '#common/ipc/basemapContract';

export type ByteRange = { start: number; end: number };

/** Parses a Range header against the file size: a range, 'unsatisfiable', or null (no range / ignored). */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (header === null) return null;
  const match = /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header.trim());
  // multiple or malformed ranges: serve the whole file, as RFC 9110 allows
  if (!match) return null;
  const [, first, last] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** The token of `gridroom-pmtiles://file/<token>`, or null for anything else. */
export function tokenOf(requestUrl: string): string | null {
  if (requestUrl.length > 200) return null;
  const prefix = `${PMTILES_FILE_SCHEME}://${PMTILES_FILE_HOST}/`;
  if (!requestUrl.toLowerCase().startsWith(prefix)) return null;
  const rest = requestUrl.slice(prefix.length).replace(/[?#].*$/, '');
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(rest) ? rest : null;
}

export interface PmtilesProtocolDeps {
  /** The picked file's path for a token, or null. */
  pathFor(token: string): string | null;
  /** The renderer's origin, e.g. app://gridroom (CORS). */
  allowedOrigin: string;
}

export function createPmtilesProtocolHandler(
  deps: PmtilesProtocolDeps,
): (request: Request) => Promise<Response> {
  const cors = {
    'access-control-allow-origin': deps.allowedOrigin,
    'access-control-expose-headers': 'content-range, content-length, etag, accept-ranges',
    vary: 'origin',
  };
  const refuse = (status: number): Response => new Response(null, { status, headers: cors });
  return async (request) => {
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': 'GET, HEAD',
          'access-control-allow-headers': 'range',
          'access-control-max-age': '600',
        },
      });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const token = tokenOf(request.url);
    const filePath = token === null ? null : deps.pathFor(token);
    if (filePath === null) return refuse(404);
    let size: number;
    let etag: string;
    try {
      const info = await stat(filePath);
      if (!info.isFile()) return refuse(404);
      size = info.size;
      etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    } catch {
      return refuse(404);
    }
    const range = parseRange(request.headers.get('range'), size);
    const base = { ...cors, 'accept-ranges': 'bytes', etag, 'content-type': 'application/vnd.pmtiles' };
    if (range === 'unsatisfiable')
      return new Response(null, { status: 416, headers: { ...base, 'content-range': `bytes */${size}` } });
    const { start, end } = range ?? { start: 0, end: size - 1 };
    const length = size === 0 ? 0 : end - start + 1;
    const headers: Record<string, string> = { ...base, 'content-length': String(length) };
    if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`;
    const status = range ? 206 : 200;
    if (request.method === 'HEAD' || length === 0) return new Response(null, { status, headers });
    const body = Readable.toWeb(createReadStream(filePath, { start, end })) as ReadableStream<Uint8Array>;
    return new Response(body, { status, headers });
  };
}

/** Privileges of the scheme, registered before `ready`: fetchable, CORS-checked, secure. */
export const pmtilesSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  stream: true,
} as const;
