/**
 * Proves a ZIP's directory tells the truth before the spreadsheet reader inflates it: each
 * deflated entry is inflated as a stream, its output counted and thrown away, and the stream
 * is cancelled the moment it passes the size the directory declared. So a lying directory
 * costs at most its declared size in work (already capped by zipDirectory.ts) and a few
 * hundred kilobytes of memory, never the gigabytes its data would really inflate to.
 */
import type { ZipEntry, ZipRefusal } from './zipDirectory';

export type SliceBlob = (start: number, end: number) => Blob;

/** Bytes of inflated output of one entry, stopping once past `limit` (null: damaged data). */
async function inflatedSize(data: Blob, limit: number): Promise<number | null> {
  const reader = data.stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return total;
      }
    }
  } catch {
    return null;
  }
}

export async function checkZipInflation(
  entries: readonly ZipEntry[],
  slice: SliceBlob,
  onProgress?: (done: number, total: number) => void,
): Promise<ZipRefusal | null> {
  const total = entries.reduce((n, e) => n + e.compressedSize, 0);
  let done = 0;
  for (const e of entries) {
    if (e.method === 8) {
      const size = await inflatedSize(slice(e.dataOffset, e.dataOffset + e.compressedSize), e.uncompressedSize);
      if (size === null) return { code: 'zip-inconsistent', params: { entry: e.name, why: 'damaged data' } };
      if (size !== e.uncompressedSize)
        return {
          code: 'zip-inconsistent',
          params: {
            entry: e.name,
            why: size > e.uncompressedSize ? 'inflates beyond its declared size' : 'shorter than declared',
          },
        };
    }
    done += e.compressedSize;
    onProgress?.(done, total);
  }
  return null;
}
