/**
 * Saves an exported file (daily report PDF, XLSX, CSV) so that the target path holds either the
 * complete new file or whatever it held before — never a half-written one. The bytes go to a
 * temporary file in the same folder (same file system, so the rename is atomic), are flushed
 * to disk (fsync), then renamed over the target. On any error the temporary file is removed
 * and the error is classified for the user: disk full, no permission, folder missing, or
 * another write failure. No Electron import; the file system is injectable for tests.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

export const fileSaveFailures = ['disk-full', 'no-permission', 'not-found', 'write-failed'] as const;
export type FileSaveFailure = (typeof fileSaveFailures)[number];

export class FileSaveError extends Error {
  override readonly name = 'FileSaveError';
  constructor(
    readonly reason: FileSaveFailure,
    /** The system error code (ENOSPC, EACCES…), when there was one. */
    readonly code: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** The slice of an open file the saver uses (node:fs/promises FileHandle). */
export interface SaveFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The slice of node:fs/promises the saver uses. */
export interface SaveFs {
  open(filePath: string, flags: string): Promise<SaveFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

export const nodeSaveFs: SaveFs = {
  open: (filePath, flags) => fsp.open(filePath, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (filePath) => fsp.unlink(filePath),
};

function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** What a failed write means for the user. */
export function classifySaveError(error: unknown): FileSaveFailure {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no-permission';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    default:
      return 'write-failed';
  }
}

/** The temporary sibling a save writes first: hidden, unique, recognisably ours. */
export function tempPathFor(filePath: string): string {
  const suffix = randomBytes(6).toString('hex');
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${suffix}.partial`);
}

export interface SavedFile {
  filePath: string;
  bytes: number;
}

/**
 * Writes `bytes` to `filePath` atomically. Resolves with the path and size; rejects with a
 * FileSaveError after removing the temporary file (the target is left untouched).
 */
export async function saveFileAtomically(
  filePath: string,
  bytes: Uint8Array,
  fs: SaveFs = nodeSaveFs,
): Promise<SavedFile> {
  const temp = tempPathFor(filePath);
  let handle: SaveFileHandle | null = null;
  let created = false;
  try {
    // 'wx': fail rather than follow or reuse something already at the temporary path
    handle = await fs.open(temp, 'wx');
    created = true;
    await handle.writeFile(bytes);
    await handle.sync();
    const open = handle;
    handle = null;
    await open.close();
    await fs.rename(temp, filePath);
    return { filePath, bytes: bytes.byteLength };
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    const reason = classifySaveError(error);
    throw new FileSaveError(
      reason,
      errorCode(error),
      `cannot save ${filePath}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
