/**
 * The atomic file saver on the real file system (a temp folder): a save lands whole; a write
 * that fails (disk full, simulated by an fs whose write fails after part of the bytes) leaves
 * neither a partial target nor a temporary file, keeps an earlier file intact, and is
 * classified; a folder the process may not write to is classified as no permission.
 */
import { mkdtemp, readdir, readFile, rm, writeFile, chmod, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  classifySaveError,
  FileSaveError,
  nodeSaveFs,
  saveFileAtomically,
  type SaveFs,
} from '#main/fileSave';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-filesave-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = (text: string) => new TextEncoder().encode(text);

function errnoError(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated`);
  error.code = code;
  return error;
}

/** The real fs, except that writing to the temporary file puts half the bytes down, then fails. */
function failingWriteFs(code: string): SaveFs {
  return {
    ...nodeSaveFs,
    async open(filePath, flags) {
      const real = await nodeSaveFs.open(filePath, flags);
      return {
        async writeFile(data) {
          await real.writeFile(data.subarray(0, Math.floor(data.byteLength / 2)));
          throw errnoError(code);
        },
        sync: () => real.sync(),
        close: () => real.close(),
      };
    },
  };
}

describe('saveFileAtomically', () => {
  it('writes the whole file and leaves no temporary file behind', async () => {
    const target = path.join(dir, '禾山派出所_日报_2026-11-27.pdf');
    const bytes = bytesOf('%PDF-1.7 '.repeat(1000));
    const saved = await saveFileAtomically(target, bytes);
    expect(saved).toEqual({ filePath: target, bytes: bytes.byteLength });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['禾山派出所_日报_2026-11-27.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'report.csv');
    await writeFile(target, 'old');
    await saveFileAtomically(target, bytesOf('new,content\n'));
    expect(await readFile(target, 'utf8')).toBe('new,content\n');
    expect(await readdir(dir)).toEqual(['report.csv']);
  });

  it('disk full: nothing half-written is kept, an earlier file is untouched, the error says disk-full', async () => {
    const fresh = path.join(dir, 'fresh.pdf');
    const earlier = path.join(dir, 'earlier.pdf');
    await writeFile(earlier, 'the earlier complete file');
    for (const target of [fresh, earlier]) {
      const failure = await saveFileAtomically(
        target,
        bytesOf('x'.repeat(4096)),
        failingWriteFs('ENOSPC'),
      ).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(FileSaveError);
      expect((failure as FileSaveError).reason).toBe('disk-full');
      expect((failure as FileSaveError).code).toBe('ENOSPC');
    }
    expect((await readdir(dir)).sort()).toEqual(['earlier.pdf']);
    expect(await readFile(earlier, 'utf8')).toBe('the earlier complete file');
  });

  it('quota exceeded counts as disk full', async () => {
    await expect(
      saveFileAtomically(path.join(dir, 'q.pdf'), bytesOf('abc'), failingWriteFs('EDQUOT')),
    ).rejects.toMatchObject({ reason: 'disk-full' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a folder the process may not write to: no-permission, no file', async () => {
    // root ignores mode bits, so as root use sysfs, where even root may not create files
    let folder = path.join(dir, 'read-only');
    if (process.getuid?.() === 0) folder = '/sys';
    else {
      await mkdir(folder);
      await chmod(folder, 0o555);
    }
    const before = await readdir(folder);
    const failure = await saveFileAtomically(path.join(folder, 'report.pdf'), bytesOf('%PDF')).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(FileSaveError);
    expect((failure as FileSaveError).reason).toBe('no-permission');
    expect(await readdir(folder)).toEqual(before);
  });

  it('a folder that does not exist: not-found', async () => {
    await expect(
      saveFileAtomically(path.join(dir, 'gone', 'report.pdf'), bytesOf('%PDF')),
    ).rejects.toMatchObject({ reason: 'not-found', code: 'ENOENT' });
  });

  it('a failing rename removes the temporary file', async () => {
    const fs: SaveFs = { ...nodeSaveFs, rename: async () => Promise.reject(errnoError('EPERM')) };
    await expect(saveFileAtomically(path.join(dir, 'r.pdf'), bytesOf('abc'), fs)).rejects.toMatchObject({
      reason: 'no-permission',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('classifySaveError', () => {
  it('maps system error codes to what the user is told', () => {
    const cases: Array<[string, string]> = [
      ['ENOSPC', 'disk-full'],
      ['EDQUOT', 'disk-full'],
      ['EACCES', 'no-permission'],
      ['EPERM', 'no-permission'],
      ['EROFS', 'no-permission'],
      ['ENOENT', 'not-found'],
      ['EIO', 'write-failed'],
    ];
    for (const [code, reason] of cases) expect(classifySaveError(errnoError(code))).toBe(reason);
    expect(classifySaveError(new Error('no code'))).toBe('write-failed');
    expect(classifySaveError('a string')).toBe('write-failed');
  });
});
