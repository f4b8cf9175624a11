/**
 * One process at a time per PGlite data folder. PGlite takes no lock of its own: a second
 * process opening the same folder runs happily and the two corrupt each other's files. So the
 * central API writes `gridroom.lock` (its pid, host and start time) into the folder before it
 * opens the database, and removes it on close or exit. A lock whose process is gone — a crash,
 * a `kill -9`, a closed terminal — is stale: it is taken over and reported, never an obstacle.
 * A lock held by a live process is a `DataDirInUseError` that names the process.
 */
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'gridroom.lock';

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export interface DataDirLock {
  file: string;
  /** The lock a crashed process left behind, which this one took over (null: none). */
  stale: LockOwner | null;
  release(): void;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `the data folder ${dataDir} is in use by process ${owner.pid} (since ${owner.startedAt}); ` +
        `stop that process first, or use another folder`,
    );
    this.name = 'DataDirInUseError';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { pid, host, startedAt } = parsed as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    return { pid, host: String(host ?? ''), startedAt: String(startedAt ?? '') };
  } catch {
    // unreadable or half-written (a crash while writing it): nobody holds it
    return null;
  }
}

/** Whether `pid` is a live process that could be a Node program holding the folder. */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A crashed process's pid may since have gone to an unrelated program (Linux can tell).
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

/** Creates the lock with its content in one step (link fails if it exists): never half-written. */
function tryCreate(file: string, owner: LockOwner): boolean {
  const draft = `${file}.${owner.pid}`;
  writeFileSync(draft, JSON.stringify(owner));
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

/** Takes the folder's lock (the folder must exist), or throws DataDirInUseError. */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  let stale: LockOwner | null = null;
  for (let attempt = 0; !tryCreate(file, me); attempt++) {
    const owner = readOwner(file);
    const held = owner !== null && (owner.host !== me.host || processAlive(owner.pid));
    if (held) throw new DataDirInUseError(dataDir, owner);
    // A second racer may have removed and re-created it meanwhile: try again, a few times.
    if (attempt >= 3) throw new Error(`cannot take the lock ${file}`);
    stale = owner ?? { pid: 0, host: me.host, startedAt: '' };
    try {
      unlinkSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // only our own lock: never remove one a later process took over
    if (readOwner(file)?.pid === me.pid) {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    }
  };
  // Also on process.exit() without close (a signal handler that exits early).
  process.on('exit', release);
  return { file, stale, release };
}
