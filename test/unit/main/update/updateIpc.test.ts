/**
 * The update channels through a fake ipcMain and the real registration (main/ipcHandlers.ts):
 * requests are parsed by the contract (a bad outbox count or URL never reaches the updater),
 * replies are checked against it, a process without an updater answers "disabled" with the
 * running version, and a real controller behind them connects, reports the outbox, and refuses
 * 重启以更新 while changes wait.
 */
import { describe, expect, it } from 'vitest';
import { ipcChannels, type AppInfo } from '#common/ipc/contract';
import { registerIpcHandlers, type IpcHandlerDeps, type IpcMainLike } from '#main/ipcHandlers';
import { emptyUpdateMemory, UpdateController, type UpdaterPort } from '#main/update/updateController';
import { makePublisher, signedYml } from './signedRelease';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const info: AppInfo = {
  name: 'Gridroom',
  version: '0.2.0',
  electronVersion: '44.11.5',
  chromeVersion: '146.0.0.0',
  nodeVersion: '24.0.0',
  platform: 'linux',
  dataDir: '/tmp/gridroom',
  isPackaged: true,
};

function registered(updates?: IpcHandlerDeps['updates']) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const deps = { appInfo: () => info, updates } as IpcHandlerDeps;
  const trusted = {};
  registerIpcHandlers(ipcMain, deps, (event) => event === trusted);
  return (channel: string, ...args: unknown[]) => listeners.get(channel)!(trusted, ...args);
}

describe('update channels', () => {
  it('answer "disabled" with the running version where main runs no updater', async () => {
    const invoke = registered();
    expect(await invoke(ipcChannels.updateGetStatus)).toMatchObject({
      runningVersion: '0.2.0',
      disabled: 'not-packaged',
      state: 'idle',
    });
    expect(await invoke(ipcChannels.updateInstallNow)).toEqual({ status: 'not-ready' });
  });

  it('refuse malformed requests before the updater sees them', async () => {
    const invoke = registered();
    await expect(invoke(ipcChannels.updateSetOutbox, { pending: -1 })).rejects.toThrow(/update-set-outbox/);
    await expect(
      invoke(ipcChannels.updateConnect, { apiUrl: 'file:///etc', credential: 'x'.repeat(30) }),
    ).rejects.toThrow(/update-connect/);
    await expect(invoke(ipcChannels.updateCheckNow, { force: true })).rejects.toThrow(/update-check-now/);
  });

  it('drive a real controller: connect, check, outbox, consent', async () => {
    const publisher = makePublisher();
    const updater: UpdaterPort = {
      configure: () => {},
      check: async () => ({
        updateInfo: signedYml(publisher, { version: '0.2.0' }),
        isUpdateAvailable: false,
      }),
      download: async () => {
        throw new Error('nothing to download');
      },
      quitAndInstall: () => {},
    };
    const controller = new UpdateController({
      updater,
      publicKey: publisher.publicKey,
      runningVersion: '0.2.0',
      channel: 'stable',
      memory: emptyUpdateMemory,
      saveMemory: async () => {},
      report: async () => {},
      now: () => 1_000,
    });
    const invoke = registered(controller);
    const connected = await invoke(ipcChannels.updateConnect, {
      apiUrl: 'http://127.0.0.1:4612',
      credential: 'device-1234.secret-secret-secret',
    });
    expect(connected).toMatchObject({ disabled: null });
    expect(await invoke(ipcChannels.updateCheckNow)).toMatchObject({
      state: 'up-to-date',
      lastCheckedAt: 1_000,
    });
    expect(await invoke(ipcChannels.updateSetOutbox, { pending: 4 })).toMatchObject({ outboxPending: 4 });
    expect(await invoke(ipcChannels.updateInstallNow)).toEqual({ status: 'not-ready' });
    const revision = controller.getStatus().revision;
    expect(await invoke(ipcChannels.updateWatchStatus, { afterRevision: revision - 1 })).toMatchObject({
      revision,
    });
  });
});
