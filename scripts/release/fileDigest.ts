/**
 * sha512 (base64, electron-updater's form) and size of a file, streamed: an installer of a
 * hundred megabytes is never held in memory.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export interface FileDigest {
  sha512: string;
  size: number;
}

export async function digestFile(file: string): Promise<FileDigest> {
  const { size } = await stat(file);
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { sha512: hash.digest('base64'), size };
}

/** The digest, or null when there is no such regular file. */
export async function digestIfFile(file: string): Promise<FileDigest | null> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  return digestFile(file);
}
