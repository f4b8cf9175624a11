/**
 * Electron e2e: launches the real app (dist/main/index.cjs, built here) with its own
 * GRIDROOM_DATA_DIR in test mode and proves the security settings from the outside: the window
 * keeps its title, the page sees `window.gridroom` but no Node (`window.require`), and
 * navigating to an external URL or opening a window is blocked. Skips, with the reason, where
 * the Electron binary is not installed (this machine: Node 20, no access to Electron's host).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { bridgeName } from '#common/ipc/bridgeName';
import { electronMissingReason, findElectronBinary } from '#scripts/electronBinary';
import { launchGridroom } from './launchGridroom';

const electronBinary = findElectronBinary();

test.describe('Electron app', () => {
  test.skip(electronBinary === null, electronMissingReason);

  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-e2e-'));
    ({ app, page } = await launchGridroom(electronBinary, dataDir));
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('opens the workstation window from app:// with its title', async () => {
    expect(page.url()).toMatch(/^app:\/\/gridroom\//);
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe('网格态势室 Gridroom');
  });

  test('uses the given data directory', async () => {
    const info = await page.evaluate((name) => {
      const bridge = (
        window as unknown as Record<string, { appGetInfo(): Promise<{ dataDir: string }> } | undefined>
      )[name];
      return bridge?.appGetInfo();
    }, bridgeName);
    expect(info?.dataDir).toBe(dataDir);
  });

  test('exposes the bridge and no Node', async () => {
    const globals = await page.evaluate(
      (name) => ({
        bridge: typeof (window as unknown as Record<string, unknown>)[name],
        require: typeof (window as unknown as Record<string, unknown>).require,
        process: typeof (window as unknown as Record<string, unknown>).process,
        ipcRenderer: typeof (window as unknown as Record<string, unknown>).ipcRenderer,
      }),
      bridgeName,
    );
    expect(globals).toEqual({
      bridge: 'object',
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
    });
  });

  test('blocks navigation to an external URL', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // A blocked navigation leaves the document in place; give a real one time to commit.
    await page.waitForTimeout(1500);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => window.location.protocol)).toBe('app:');
  });

  test('denies window.open', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('refuses a malformed IPC request with a clear error', async () => {
    const message = await page.evaluate(async (name) => {
      const bridge = (
        window as unknown as Record<
          string,
          { linkOpenExternal(request: unknown): Promise<unknown> } | undefined
        >
      )[name];
      try {
        await bridge?.linkOpenExternal({ url: 42 });
        return 'accepted';
      } catch (error) {
        return String(error);
      }
    }, bridgeName);
    expect(message).toContain('invalid request on "link-open-external"');
  });
});
