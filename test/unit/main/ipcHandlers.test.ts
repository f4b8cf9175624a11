/**
 * IPC registration through a fake ipcMain (the true external boundary): every contract channel
 * is registered, malformed requests are rejected with an error naming the channel and the
 * problem before any handler runs, valid ones reach the pure handler, and link-open-external
 * refuses anything but http(s).
 */
import { describe, expect, it, vi } from 'vitest';
import { ipcChannelList, ipcContract, type AppInfo } from '#common/ipc/contract';
import {
  ipcHandlers,
  IpcRequestError,
  registerIpcHandlers,
  type IpcHandlerDeps,
  type IpcMainLike,
} from '#main/ipcHandlers';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain(): IpcMainLike & {
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown>;
  channels(): string[];
} {
  const listeners = new Map<string, Listener>();
  return {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    invoke(channel, event, ...args) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(event, ...args);
    },
    channels: () => [...listeners.keys()],
  };
}

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

function setup(overrides: Partial<IpcHandlerDeps> = {}) {
  const deps: IpcHandlerDeps = {
    appInfo: vi.fn(() => info),
    openExternal: vi.fn(async () => {}),
    openBriefingDisplay: vi.fn(async () => ({
      displayId: 2,
      label: 'Wall',
      external: true,
      bounds: { x: 1920, y: 0, width: 3840, height: 2160 },
    })),
    // A reversible stand-in for the OS keychain (safeStorage is Electron's, the true boundary).
    vault: {
      seal: (plaintext) => Buffer.from(`sealed:${plaintext}`).toString('base64'),
      open: (sealed) => {
        const text = Buffer.from(sealed, 'base64').toString();
        if (!text.startsWith('sealed:')) throw new Error('not sealed by this keychain');
        return text.slice('sealed:'.length);
      },
    },
    reportSave: { chooseSavePath: vi.fn(async () => null), saveFileAtomically: vi.fn() },
    exportReportPdf: vi.fn(async () => ({ status: 'cancelled' as const })),
    ...overrides,
  };
  const ipcMain = fakeIpcMain();
  const trusted = { senderFrame: { url: 'app://gridroom/index.html' } };
  registerIpcHandlers(ipcMain, deps, (event) => event === trusted);
  return { deps, ipcMain, trusted };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels, kebab-case domain-verb', () => {
    const { ipcMain } = setup();
    expect(ipcMain.channels().sort()).toEqual(Object.keys(ipcContract).sort());
    expect(ipcMain.channels().sort()).toEqual([...ipcChannelList].sort());
    for (const channel of ipcChannelList) expect(channel).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it('passes valid requests to the handler and returns its reply', async () => {
    const { ipcMain, deps, trusted } = setup();
    await expect(ipcMain.invoke('app-get-info', trusted)).resolves.toEqual(info);
    await expect(
      ipcMain.invoke('link-open-external', trusted, { url: 'https://www.gov.cn/' }),
    ).resolves.toEqual({ status: 'ok' });
    expect(deps.openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
    await expect(ipcMain.invoke('briefing-open-display', trusted)).resolves.toMatchObject({
      displayId: 2,
      external: true,
    });
  });

  it.each<[string, unknown[]]>([
    ['link-open-external', []],
    ['link-open-external', [null]],
    ['link-open-external', ['https://www.gov.cn/']],
    ['link-open-external', [{}]],
    ['link-open-external', [{ url: 42 }]],
    ['link-open-external', [{ url: '' }]],
    ['link-open-external', [{ url: `https://a.cn/${'x'.repeat(5000)}` }]],
    ['link-open-external', [{ url: 'https://a.cn/', extra: true }]],
    ['link-open-external', [{ url: 'https://a.cn/' }, 'second']],
    ['app-get-info', [{}]],
    ['app-get-info', ['please']],
    ['briefing-open-display', [{ displayId: 3 }]],
  ])('rejects malformed %s %j with a clear error, before the handler', async (channel, args) => {
    const { ipcMain, deps, trusted } = setup();
    const result = ipcMain.invoke(channel, trusted, ...args);
    await expect(result).rejects.toBeInstanceOf(IpcRequestError);
    await expect(result).rejects.toThrow(new RegExp(`invalid request on "${channel}"`));
    expect(deps.openExternal).not.toHaveBeenCalled();
    expect(deps.appInfo).not.toHaveBeenCalled();
    expect(deps.openBriefingDisplay).not.toHaveBeenCalled();
  });

  it('names the offending field', async () => {
    const { ipcMain, trusted } = setup();
    await expect(ipcMain.invoke('link-open-external', trusted, { url: 42 })).rejects.toThrow(/url/);
  });

  it('refuses requests from a sender that is not the app', async () => {
    const { ipcMain, deps } = setup();
    const stranger = { senderFrame: { url: 'https://evil.example/' } };
    await expect(ipcMain.invoke('app-get-info', stranger)).rejects.toThrow(/sender is not the app/);
    expect(deps.appInfo).not.toHaveBeenCalled();
  });

  it('rejects a handler reply that breaks the contract', async () => {
    const { ipcMain, trusted } = setup({
      appInfo: () => ({ ...info, isPackaged: 'no' }) as unknown as AppInfo,
    });
    await expect(ipcMain.invoke('app-get-info', trusted)).rejects.toThrow();
  });
});

describe('link-open-external handler', () => {
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,x',
    'app://gridroom/index.html',
    'smb://host/share',
  ])('refuses %s without opening anything', async (url) => {
    const { deps } = setup();
    const reply = await ipcHandlers['link-open-external']({ url }, deps);
    expect(reply).toMatchObject({ status: 'refused', reason: 'scheme-not-allowed' });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('refuses malformed URLs as invalid', async () => {
    const { deps } = setup();
    await expect(ipcHandlers['link-open-external']({ url: 'not a url' }, deps)).resolves.toMatchObject({
      status: 'refused',
      reason: 'invalid-url',
    });
  });

  it('reports a failure of the OS to open the link', async () => {
    const { deps } = setup({ openExternal: async () => Promise.reject(new Error('no browser')) });
    await expect(ipcHandlers['link-open-external']({ url: 'https://a.cn/' }, deps)).resolves.toEqual({
      status: 'refused',
      reason: 'open-failed',
      message: 'no browser',
    });
  });

  it('replies match the contract schema', async () => {
    const { deps } = setup();
    for (const url of ['https://a.cn/', 'file:///x']) {
      const reply = await ipcHandlers['link-open-external']({ url }, deps);
      expect(ipcContract['link-open-external'].reply.safeParse(reply).success).toBe(true);
    }
  });
});

describe('credential channels', () => {
  const credential = '3f0c6a8e-1d2b-4c5d-8e9f-a0b1c2d3e4f5.abcdefghijklmnop';

  it('seal and open round-trip through the keychain, and the sealed form is not the plaintext', async () => {
    const { ipcMain, trusted } = setup();
    const sealed = (await ipcMain.invoke('credential-seal', trusted, { plaintext: credential })) as {
      status: string;
      value: string;
    };
    expect(sealed.status).toBe('ok');
    expect(sealed.value).not.toContain(credential);
    expect(await ipcMain.invoke('credential-open', trusted, { sealed: sealed.value })).toEqual({
      status: 'ok',
      value: credential,
    });
  });

  it('says so when the keychain is unavailable or the sealed value is not its own', async () => {
    const none = setup({ vault: null });
    expect(
      await none.ipcMain.invoke('credential-seal', none.trusted, { plaintext: credential }),
    ).toMatchObject({ status: 'unavailable' });
    const { ipcMain, trusted } = setup();
    expect(
      await ipcMain.invoke('credential-open', trusted, { sealed: Buffer.from('forged').toString('base64') }),
    ).toMatchObject({
      status: 'unavailable',
    });
  });

  it('refuses malformed requests', async () => {
    const { ipcMain, trusted } = setup();
    await expect(ipcMain.invoke('credential-seal', trusted, { plaintext: 'short' })).rejects.toThrow(
      /credential-seal/,
    );
    await expect(ipcMain.invoke('credential-open', trusted, { sealed: 42 })).rejects.toThrow(
      /credential-open/,
    );
  });
});
