/**
 * One process per PGlite data folder: a second start on a folder in use is refused naming the
 * holder (and opens nothing); a lock left by a process that is gone (kill -9) is taken over and
 * reported; close and a refused start leave no lock behind; a torn or unreadable lock is stale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from '#server/db/dataDirLock';
import { startCentralApi } from '#server/centralApi';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gridroom-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The pid of a process that has ended. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(run.stdout.toString());
}

describe('data folder lock', () => {
  it('refuses a second holder while the first lives, and is free again after release', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(lock.stale).toBeNull();
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    let refused: unknown;
    try {
      lockDataDir(dir);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect((refused as DataDirInUseError).owner.pid).toBe(process.pid);
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const again = lockDataDir(dir);
    expect(again.stale).toBeNull();
    again.release();
  });

  it('takes over the lock of a process that is gone, and a torn lock, saying whose', () => {
    const dir = freshDir();
    const gone = { pid: deadPid(), host: hostname(), startedAt: '2026-12-06T01:02:03.000Z' };
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(gone));
    const lock = lockDataDir(dir);
    expect(lock.stale).toEqual(gone);
    lock.release();
    writeFileSync(path.join(dir, LOCK_FILE), '{"pid":');
    const torn = lockDataDir(dir);
    expect(torn.stale).toMatchObject({ pid: 0 });
    torn.release();
  });

  it('the central API holds it while open: a second start on the folder fails and leaves the first working', async () => {
    const dataDir = freshDir();
    const first = await startCentralApi({ port: 0, dataDir, seed: false });
    expect(first.staleLock).toBeNull();
    await expect(startCentralApi({ port: 0, dataDir, seed: false })).rejects.toBeInstanceOf(
      DataDirInUseError,
    );
    expect((await fetch(`${first.url}/api/v1/health`)).status).toBe(200);
    await first.close();
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 180_000);
});
