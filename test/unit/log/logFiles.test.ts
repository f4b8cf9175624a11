/** Rotating log files in a temp folder: size cap, number of files kept, order when read back. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRotatingLog } from '#main/logFiles';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'gridroom-logs-'));
  dirs.push(d);
  return path.join(d, 'logs');
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('rotating log files', () => {
  it('creates the folder and appends lines', () => {
    const log = createRotatingLog({ dir: tempDir() });
    log.append('{"msg":"one"}');
    log.append('{"msg":"two"}');
    expect(log.readAll()).toEqual([{ name: 'gridroom.log', text: '{"msg":"one"}\n{"msg":"two"}\n' }]);
  });

  it('never holds more than maxBytes × keep, and keeps the newest lines', () => {
    const dir = tempDir();
    const log = createRotatingLog({ dir, maxBytes: 1000, keep: 3 });
    for (let i = 0; i < 500; i++) log.append(`line ${String(i).padStart(4, '0')} ${'x'.repeat(40)}`);
    const names = fs.readdirSync(dir).sort();
    expect(names).toEqual(['gridroom.1.log', 'gridroom.2.log', 'gridroom.log']);
    for (const n of names) expect(fs.statSync(path.join(dir, n)).size).toBeLessThanOrEqual(1000);
    const all = log.readAll();
    expect(all.map((f) => f.name)).toEqual(['gridroom.2.log', 'gridroom.1.log', 'gridroom.log']);
    const text = all.map((f) => f.text).join('');
    expect(text.trimEnd().split('\n').at(-1)).toContain('line 0499');
    expect(text).not.toContain('line 0000');
  });

  it('carries on from an existing file after a restart', () => {
    const dir = tempDir();
    createRotatingLog({ dir, maxBytes: 100, keep: 2 }).append('a'.repeat(80));
    const again = createRotatingLog({ dir, maxBytes: 100, keep: 2 });
    again.append('b'.repeat(30));
    expect(again.readAll().map((f) => f.name)).toEqual(['gridroom.1.log', 'gridroom.log']);
  });

  it('drops a line it cannot write instead of throwing', () => {
    const dir = tempDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(dir, 'a file where the folder should be');
    const log = createRotatingLog({ dir });
    expect(() => log.append('lost')).not.toThrow();
    expect(log.readAll()).toEqual([]);
  });
});
