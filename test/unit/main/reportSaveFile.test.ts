/**
 * `report-save-file` end to end on the main side: requests arrive through the registered IPC
 * handler (fake ipcMain, real contract parsing), the save dialog is a fake (Electron's, the
 * true boundary) and the writer is the real atomic saver on a temp folder — with a file system
 * that fails mid-write for "disk full". Saved files hold exactly the bytes sent; a cancelled
 * dialog writes nothing; a failed write comes back as a typed reason and leaves the folder as
 * it was; oversize and malformed requests are refused by the contract before any dialog opens.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, maxReportFileBase64Length, type AppInfo } from '#common/ipc/contract';
import { nodeSaveFs, saveFileAtomically, type SaveFs } from '#main/fileSave';
import { IpcRequestError, registerIpcHandlers, type IpcHandlerDeps } from '#main/ipcHandlers';
import type { ReportSaveDeps } from '#main/reportSaveFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-reportsave-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const info: AppInfo = {
  name: 'Gridroom',
  version: '0.1.0',
  electronVersion: '44.11.5',
  chromeVersion: '146.0.0.0',
  nodeVersion: '24.0.0',
  platform: 'linux',
  dataDir: '/tmp/gridroom',
  isPackaged: false,
};

function errno(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated`);
  error.code = code;
  return error;
}

/** Real fs, but a write to the temporary file puts half the bytes down, then fails with `code`. */
function failingWriteFs(code: string): SaveFs {
  return {
    ...nodeSaveFs,
    async open(filePath, flags) {
      const real = await nodeSaveFs.open(filePath, flags);
      return {
        async writeFile(data) {
          await real.writeFile(data.subarray(0, Math.floor(data.byteLength / 2)));
          throw errno(code);
        },
        sync: () => real.sync(),
        close: () => real.close(),
      };
    },
  };
}

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/** Registers every channel on a fake ipcMain; returns a caller for report-save-file. */
function setup(reportSave: ReportSaveDeps) {
  const listeners = new Map<string, Listener>();
  const trusted = { senderFrame: { url: 'app://gridroom/index.html' } };
  const deps: IpcHandlerDeps = {
    appInfo: () => info,
    openExternal: async () => {},
    openBriefingDisplay: async () => ({
      displayId: 1,
      label: 'x',
      external: false,
      bounds: { x: 0, y: 0, width: 1, height: 1 },
    }),
    vault: null,
    reportSave,
    exportReportPdf: async () => ({ status: 'cancelled' }),
  };
  registerIpcHandlers(
    { handle: (channel, listener) => void listeners.set(channel, listener) },
    deps,
    (event) => event === trusted,
  );
  const listener = listeners.get(ipcChannels.reportSaveFile);
  if (!listener) throw new Error('report-save-file is not registered');
  return (request: unknown) => listener(trusted, request);
}

const name = '禾山派出所_日报_2026-11-27.xlsx';
const payload = new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 31) % 256));
const request = { suggestedName: name, bytesBase64: Buffer.from(payload).toString('base64'), kind: 'xlsx' };

describe('report-save-file', () => {
  it('saves exactly the bytes sent where the user chose, under the suggested name', async () => {
    const chooseSavePath = vi.fn(async (suggested: string) => path.join(dir, suggested));
    const call = setup({ chooseSavePath, saveFileAtomically: (p, b) => saveFileAtomically(p, b) });
    const reply = await call(request);
    expect(chooseSavePath).toHaveBeenCalledWith(name, 'xlsx');
    expect(reply).toEqual({ status: 'saved', filePath: path.join(dir, name), bytes: payload.byteLength });
    expect(new Uint8Array(await readFile(path.join(dir, name)))).toEqual(payload);
    expect(await readdir(dir)).toEqual([name]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const save = vi.fn(saveFileAtomically);
    const call = setup({ chooseSavePath: async () => null, saveFileAtomically: save });
    expect(await call(request)).toEqual({ status: 'cancelled' });
    expect(save).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a full disk as disk-full and keeps nothing half-written', async () => {
    const call = setup({
      chooseSavePath: async (suggested) => path.join(dir, suggested),
      saveFileAtomically: (p, b) => saveFileAtomically(p, b, failingWriteFs('ENOSPC')),
    });
    const reply = await call(request);
    expect(reply).toMatchObject({ status: 'failed', reason: 'disk-full' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a folder it may not write to as no-permission', async () => {
    const noPermission: SaveFs = { ...nodeSaveFs, open: async () => Promise.reject(errno('EACCES')) };
    const call = setup({
      chooseSavePath: async (suggested) => path.join(dir, suggested),
      saveFileAtomically: (p, b) => saveFileAtomically(p, b, noPermission),
    });
    expect(await call(request)).toMatchObject({ status: 'failed', reason: 'no-permission' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports an unexpected writer error as write-failed with its message', async () => {
    const call = setup({
      chooseSavePath: async (suggested) => path.join(dir, suggested),
      saveFileAtomically: async () => Promise.reject(new Error('the drive went away')),
    });
    expect(await call(request)).toEqual({
      status: 'failed',
      reason: 'write-failed',
      message: 'the drive went away',
    });
  });

  const refused: Array<[string, unknown]> = [
    ['a file over 50 MB', { ...request, bytesBase64: 'A'.repeat(maxReportFileBase64Length + 4) }],
    ['a path instead of a file name', { ...request, suggestedName: '../../etc/禾山.xlsx' }],
    ['an absolute path', { ...request, suggestedName: '/tmp/禾山.xlsx' }],
    ['a hidden file name', { ...request, suggestedName: '.禾山.xlsx' }],
    ['a name whose extension is not the kind', { ...request, suggestedName: '禾山.exe' }],
    ['a CSV name sent as xlsx', { ...request, suggestedName: '禾山.csv' }],
    ['bytes that are not base64', { ...request, bytesBase64: 'not base64!' }],
    ['no bytes', { ...request, bytesBase64: '' }],
    ['an unknown kind', { ...request, kind: 'pdf', suggestedName: '禾山.pdf' }],
    ['an extra field', { ...request, overwrite: true }],
    ['no request at all', undefined],
  ];
  it.each(refused)('refuses %s before any dialog opens', async (_label, bad) => {
    const chooseSavePath = vi.fn(async () => path.join(dir, name));
    const save = vi.fn(saveFileAtomically);
    const call = setup({ chooseSavePath, saveFileAtomically: save });
    await expect(call(bad)).rejects.toThrow(IpcRequestError);
    await expect(call(bad)).rejects.toThrow(/report-save-file/);
    expect(chooseSavePath).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly 50 MB', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 7);
    const save = vi.fn(async (p: string, b: Uint8Array) => ({ filePath: p, bytes: b.byteLength }));
    const call = setup({
      chooseSavePath: async (suggested) => path.join(dir, suggested),
      saveFileAtomically: save,
    });
    const reply = await call({ ...request, bytesBase64: big.toString('base64') });
    expect(reply).toMatchObject({ status: 'saved', bytes: big.byteLength });
  });
});
