/**
 * The `Range: bytes=…` header of an update file request (RFC 9110 §14), pure. electron-updater
 * asks for one range, or — for a differential download from blockmaps — many in one request.
 * Answers:
 *  - `full`: no Range, a Range that is not `bytes=` or not well formed, more than
 *    MAX_RANGES ranges, or ranges that together ask for more bytes than the file holds
 *    (overlaps: `bytes=0-,0-,…` would make one request cost a thousand files — RFC 9110
 *    §14.2 lets a server ignore such a Range; the whole file is sent once, 200);
 *  - `unsatisfiable`: well formed but no range starts inside the file (416);
 *  - `ranges`: the satisfiable ranges, inclusive, clipped to the file, in the asked order
 *    (one → 206 with Content-Range, several → 206 multipart/byteranges).
 */

export interface ByteRange {
  start: number;
  /** Inclusive. */
  end: number;
}

export type RangeAnswer =
  { kind: 'full' } | { kind: 'unsatisfiable' } | { kind: 'ranges'; ranges: ByteRange[] };

/** More ranges than a 16 KB request header can hold are not a real client's. */
export const MAX_RANGES = 1000;

export function parseRange(header: string | undefined, size: number): RangeAnswer {
  if (header === undefined) return { kind: 'full' };
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(header);
  if (!match?.[1]) return { kind: 'full' };
  const specs = match[1].split(',').map((s) => s.trim());
  if (specs.length > MAX_RANGES) return { kind: 'full' };
  const ranges: ByteRange[] = [];
  for (const spec of specs) {
    const m = /^(\d*)-(\d*)$/.exec(spec);
    if (!m || (m[1] === '' && m[2] === '')) return { kind: 'full' };
    if (m[1] === '') {
      // suffix: the last N bytes
      const length = Number(m[2]);
      if (length === 0 || size === 0) continue;
      ranges.push({ start: Math.max(0, size - length), end: size - 1 });
      continue;
    }
    const start = Number(m[1]);
    const end = m[2] === '' ? size - 1 : Number(m[2]);
    if (end < start) return { kind: 'full' };
    if (start >= size) continue;
    ranges.push({ start, end: Math.min(end, size - 1) });
  }
  if (ranges.length === 0) return { kind: 'unsatisfiable' };
  const asked = ranges.reduce((sum, r) => sum + (r.end - r.start + 1), 0);
  return asked > size ? { kind: 'full' } : { kind: 'ranges', ranges };
}

/**
 * `If-Range`: the Range applies only when the validator names the current file (its ETag, or
 * its Last-Modified date exactly); otherwise the whole file is sent, so a client resuming a
 * download of a file that was replaced never stitches two versions together.
 */
export function ifRangeHolds(
  ifRange: string | undefined,
  current: { etag: string; lastModified: string },
): boolean {
  if (ifRange === undefined) return true;
  const value = ifRange.trim();
  if (value.startsWith('"') || value.startsWith('W/')) return value === current.etag;
  return value === current.lastModified;
}
