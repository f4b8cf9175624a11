/**
 * Writes that a reader never sees half done: each file goes to a hidden temporary name in the
 * same folder and is renamed over its final name (rename is atomic on one file system). A
 * failure removes the temporaries it made.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const tempName = (final: string): string =>
  path.join(path.dirname(final), `.${path.basename(final)}.tmp-${randomBytes(4).toString('hex')}`);

/** A set of files staged under temporary names, then renamed into place together. */
export class StagedFiles {
  private readonly staged: { temp: string; final: string }[] = [];

  async copy(source: string, final: string): Promise<void> {
    const temp = tempName(final);
    this.staged.push({ temp, final });
    await copyFile(source, temp);
  }

  async write(final: string, data: string, mode?: number): Promise<void> {
    const temp = tempName(final);
    this.staged.push({ temp, final });
    await writeFile(temp, data, mode === undefined ? {} : { mode });
  }

  /** Renames every staged file into place, in the order staged. */
  async commit(): Promise<void> {
    while (this.staged.length > 0) {
      const next = this.staged[0];
      if (!next) break;
      await rename(next.temp, next.final);
      this.staged.shift();
    }
  }

  /** Removes whatever is still staged (after a failure). */
  async discard(): Promise<void> {
    await Promise.all(this.staged.map((s) => rm(s.temp, { force: true })));
    this.staged.length = 0;
  }
}
