/**
 * Checks a PMTiles file picked in the browser before anything is stored: reads at most its
 * first 16 KiB (never the whole file) and runs the shared archive check on them and the file's
 * size. Never throws; a read that fails or takes too long is `unreadable`.
 */
import { checkPmtilesStart, PMTILES_START_BYTES, type PmtilesCheck } from '#common/basemap/pmtilesArchive';

const READ_TIMEOUT_MS = 10_000;

export async function inspectPmtilesFile(file: Blob): Promise<PmtilesCheck> {
  if (file.size === 0) return { ok: false, problem: 'empty', detail: 'the file is empty' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const start = await Promise.race([
      file.slice(0, PMTILES_START_BYTES).arrayBuffer(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('reading the file took too long')), READ_TIMEOUT_MS);
      }),
    ]);
    return await checkPmtilesStart(new Uint8Array(start), file.size);
  } catch (error) {
    return {
      ok: false,
      problem: 'unreadable',
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}
