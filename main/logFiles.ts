/**
 * Rotating log files: `gridroom.log` in a folder of the user-data directory, rolled over to
 * `gridroom.1.log` … `gridroom.<keep-1>.log` when the current file would pass `maxBytes`, so
 * the folder never holds more than `maxBytes × keep`. Writes are synchronous appends: lines are
 * few, and a crash line must be on disk before the process dies. Plain Node, no Electron, so
 * tests drive it with a temp folder. A write that fails (disk full, folder gone) is dropped.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface RotatingLogOptions {
  dir: string;
  /** Size cap of one file (default 1 MB). */
  maxBytes?: number;
  /** Files kept, the current one included (default 5). */
  keep?: number;
  baseName?: string;
}

export interface LogFile {
  name: string;
  text: string;
}

export interface RotatingLog {
  readonly dir: string;
  /** Appends one line (a newline is added). */
  append(line: string): void;
  /** The kept files, oldest first, each read whole (at most maxBytes each). */
  readAll(): LogFile[];
}

export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const { dir } = options;
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = Math.max(1, options.keep ?? 5);
  const base = options.baseName ?? 'gridroom';
  const fileAt = (i: number) => path.join(dir, i === 0 ? `${base}.log` : `${base}.${i}.log`);
  let size: number | null = null;

  const currentSize = (): number => {
    if (size === null) {
      try {
        size = fs.statSync(fileAt(0)).size;
      } catch {
        size = 0;
      }
    }
    return size;
  };

  const rotate = () => {
    fs.rmSync(fileAt(keep - 1), { force: true });
    for (let i = keep - 2; i >= 0; i--) {
      if (fs.existsSync(fileAt(i))) fs.renameSync(fileAt(i), fileAt(i + 1));
    }
    size = 0;
  };

  return {
    dir,
    append(line) {
      const bytes = Buffer.from(`${line.length > maxBytes ? line.slice(0, maxBytes - 2) : line}\n`, 'utf8');
      try {
        fs.mkdirSync(dir, { recursive: true });
        if (currentSize() > 0 && currentSize() + bytes.length > maxBytes) {
          if (keep === 1) {
            fs.rmSync(fileAt(0), { force: true });
            size = 0;
          } else rotate();
        }
        fs.appendFileSync(fileAt(0), bytes);
        size = currentSize() + bytes.length;
      } catch {
        size = null; // re-read the size next time: the folder may have changed under us
      }
    },
    readAll() {
      const files: LogFile[] = [];
      for (let i = keep - 1; i >= 0; i--) {
        try {
          files.push({ name: path.basename(fileAt(i)), text: fs.readFileSync(fileAt(i), 'utf8') });
        } catch {
          // not there (yet)
        }
      }
      return files;
    },
  };
}
