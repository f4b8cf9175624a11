/**
 * Finds an update file for a request, never outside the updates folder: the channel and file
 * names were already checked against channelNameSchema / artifactNameSchema (no separators,
 * no `..`, no hidden files); here the real path (symlinks resolved) must still lie inside the
 * folder's real path, and it must be a regular file. Anything else is "not found": a probe
 * learns nothing about what lies outside.
 */
import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export interface OpenedUpdateFile {
  handle: FileHandle;
  size: number;
  mtimeMs: number;
}

export async function openUpdateFile(
  updatesDir: string,
  channel: string,
  file: string,
): Promise<OpenedUpdateFile | null> {
  let root: string;
  let real: string;
  try {
    root = await realpath(updatesDir);
    real = await realpath(path.join(root, channel, file));
  } catch {
    return null;
  }
  if (!real.startsWith(root + path.sep)) return null;
  let handle: FileHandle;
  try {
    // O_NOFOLLOW: a symlink swapped in after realpath is refused, not followed.
    handle = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  const stat = await handle.stat().catch(() => null);
  if (!stat?.isFile()) {
    await handle.close();
    return null;
  }
  return { handle, size: stat.size, mtimeMs: stat.mtimeMs };
}
