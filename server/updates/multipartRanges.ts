/**
 * A `multipart/byteranges` body (RFC 9110 §14.6) for a request naming several ranges — what
 * electron-updater's differential download asks for. Streamed part by part from the open file,
 * never buffered whole; the exact Content-Length is computed up front. The file handle is closed
 * when the body ends or the client goes away.
 */
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ByteRange } from './byteRanges';

export interface MultipartBody {
  contentType: string;
  length: number;
  /** The body; it closes the handle when it ends. Not called (HEAD): the caller closes it. */
  stream(): Readable;
}

export function multipartRanges(
  handle: FileHandle,
  ranges: readonly ByteRange[],
  size: number,
  partType: string,
): MultipartBody {
  const boundary = `gridroom-${randomBytes(12).toString('hex')}`;
  const heads = ranges.map((r, i) =>
    Buffer.from(
      `${i === 0 ? '' : '\r\n'}--${boundary}\r\nContent-Type: ${partType}\r\nContent-Range: bytes ${r.start}-${r.end}/${size}\r\n\r\n`,
    ),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length =
    heads.reduce((n, h) => n + h.length, 0) +
    ranges.reduce((n, r) => n + r.end - r.start + 1, 0) +
    tail.length;
  async function* parts(): AsyncGenerator<Buffer> {
    for (const [i, r] of ranges.entries()) {
      yield heads[i] as Buffer;
      for await (const chunk of handle.createReadStream({ start: r.start, end: r.end, autoClose: false }))
        yield chunk as Buffer;
    }
    yield tail;
  }
  const open = (): Readable => {
    const stream = Readable.from(parts(), { objectMode: false });
    // on end, error or a client gone before the first byte alike
    stream.once('close', () => void handle.close().catch(() => {}));
    return stream;
  };
  return {
    contentType: `multipart/byteranges; boundary=${boundary}`,
    length,
    stream: open,
  };
}
