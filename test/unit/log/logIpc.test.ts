/**
 * The log channels end to end in main, without Electron: a renderer batch arrives over the
 * fake ipcMain, is parsed by the contract (size limits, shape), re-redacted, written to the
 * rotating files in a temp folder, and read back by `log-read`; main's own logger writes there
 * too, and crash events are logged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '#common/ipc/contract';
import { createLogger, type LogRecord } from '#common/log';
import { registerIpcHandlers, type IpcHandlerDeps, type IpcMainLike } from '#main/ipcHandlers';
import { logProcessEvents, startMainLogging, type MainLogging } from '#main/logging';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function setup(): { logging: MainLogging; invoke(channel: string, ...args: unknown[]): Promise<unknown> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridroom-ipc-log-'));
  const logging = startMainLogging({ dir: path.join(dir, 'logs') });
  cleanups.push(() => {
    logging.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (c, l) => void listeners.set(c, l) };
  const deps = { logs: logging } as unknown as IpcHandlerDeps;
  registerIpcHandlers(ipcMain, deps, () => true);
  return { logging, invoke: (channel, ...args) => listeners.get(channel)!({}, ...args) };
}

const record = (over: Partial<LogRecord> = {}): LogRecord => ({
  t: 1_796_000_000_000,
  level: 'warn',
  scope: 'sync',
  msg: 'push failed',
  data: { reason: 'network' },
  ...over,
});

describe('log-write and log-read', () => {
  it('writes the renderer batch to the files and reads it back', async () => {
    const { invoke } = setup();
    await expect(
      invoke(ipcChannels.logWrite, { records: [record(), record({ level: 'error' })] }),
    ).resolves.toEqual({
      status: 'ok',
      written: 2,
    });
    const reply = (await invoke(ipcChannels.logRead)) as { files: { name: string; text: string }[] };
    expect(reply.files.map((f) => f.name)).toEqual(['gridroom.log']);
    const lines = reply.files[0]!.text.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      scope: 'sync',
      msg: 'push failed',
      proc: 'renderer',
      data: { reason: 'network' },
    });
  });

  it('re-redacts what a renderer sends', async () => {
    const { invoke, logging } = setup();
    await invoke(ipcChannels.logWrite, {
      records: [
        record({ msg: 'row 350203199001011234 refused', data: { pin: '123456', residentName: '张三' } }),
      ],
    });
    const text = logging
      .readFiles()
      .map((f) => f.text)
      .join('');
    expect(text).not.toContain('350203199001011234');
    expect(text).not.toContain('123456');
    expect(text).not.toContain('张三');
  });

  it('refuses oversized and malformed batches before they reach the files', async () => {
    const { invoke, logging } = setup();
    const many = Array.from({ length: 101 }, () => record());
    await expect(invoke(ipcChannels.logWrite, { records: many })).rejects.toThrow(/log-write/);
    await expect(
      invoke(ipcChannels.logWrite, { records: [record({ msg: 'x'.repeat(2001) })] }),
    ).rejects.toThrow();
    await expect(
      invoke(ipcChannels.logWrite, { records: [record({ data: { blob: 'y'.repeat(9000) } })] }),
    ).rejects.toThrow();
    await expect(
      invoke(ipcChannels.logWrite, { records: [record({ scope: 'Bad Scope' })] }),
    ).rejects.toThrow();
    await expect(invoke(ipcChannels.logWrite, { records: [] })).rejects.toThrow();
    expect(logging.readFiles()).toEqual([]);
  });

  it("writes main's own logger and its crash events to the same files", () => {
    const { logging } = setup();
    const proc = new EventEmitter();
    const app = new EventEmitter();
    logProcessEvents(proc, app);
    createLogger('main').info('window created', { windows: 1 });
    proc.emit('unhandledRejection', new Error('boom in main'));
    app.emit('render-process-gone', {}, {}, { reason: 'crashed', exitCode: 133 });
    const text = logging
      .readFiles()
      .map((f) => f.text)
      .join('');
    expect(text).toContain('window created');
    expect(text).toContain('boom in main');
    expect(text).toMatch(/renderer process gone.*"reason":"crashed"/);
  });
});
