/**
 * Electron e2e of the offline basemap's desktop path: the open dialog (stubbed in main) hands
 * a real PMTiles archive to `basemap-pick-file`, the renderer saves it, main serves it through
 * `gridroom-pmtiles://file/<token>` and the board draws its tile colour; a token main did not
 * issue, or a path in its place, gets nothing. A tile server origin widens the CSP only after
 * main's native dialog (stubbed) names it and the user allows it; a refusal leaves the CSP as it
 * was and the settings say so. Skips, with the reason, where the Electron
 * binary is not installed (this machine).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { bridgeName } from '#common/ipc/bridgeName';
import { electronMissingReason, findElectronBinary } from '#scripts/electronBinary';
import { launchGridroom } from './launchGridroom';
import { solidRasterArchive } from '../e2e/support/pmtilesFixture';

const electronBinary = findElectronBinary();

test.describe('Electron offline basemap', () => {
  test.skip(electronBinary === null, electronMissingReason);

  let dataDir: string;
  let archivePath: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-e2e-basemap-'));
    archivePath = path.join(dataDir, 'xiamen.pmtiles');
    await writeFile(archivePath, solidRasterArchive([226, 18, 170], [117.5, 24.0, 118.8, 25.0], 8, 12));
    ({ app, page } = await launchGridroom(electronBinary, dataDir));
    // the open dialog answers with our archive
    await app.evaluate(({ dialog }, file) => {
      dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [file] });
    }, archivePath);
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('a PMTiles file picked in the dialog is served by main and drawn on the board', async () => {
    await page.goto('app://gridroom/index.html#/settings');
    await page.locator('label', { has: page.getByTestId('basemap-kind-pmtiles') }).click();
    await page.getByTestId('basemap-file-choose').click();
    await expect(page.getByTestId('basemap-file-summary')).toContainText('8–12');
    await page.getByTestId('basemap-save').click();
    await page.goto('app://gridroom/index.html#/');
    await expect(page.getByTestId('situation-map')).toHaveAttribute('data-basemap', 'pmtiles');
    await expect(page.getByTestId('basemap-failure')).toHaveCount(0);
  });

  test('the file scheme serves ranges of the active file only', async () => {
    const results = await page.evaluate(async () => {
      const probe = async (url: string) => {
        try {
          const response = await fetch(url, { headers: { range: 'bytes=0-6' } });
          return `${response.status}:${response.status === 206 ? await response.text() : ''}`;
        } catch (error) {
          return `error:${String(error)}`;
        }
      };
      return {
        unknown: await probe('gridroom-pmtiles://file/0b7c7a44-1d7c-4a39-9f0e-1f2a3b4c5d6e'),
        traversal: await probe('gridroom-pmtiles://file/..%2F..%2Fetc%2Fpasswd'),
      };
    });
    expect(results.unknown).toMatch(/^404|^error/);
    expect(results.traversal).toMatch(/^404|^error/);
  });

  test('bridge offers the basemap channels and refuses a malformed activation', async () => {
    const message = await page.evaluate(async (name) => {
      const bridge = (
        window as unknown as Record<
          string,
          { basemapActivate(request: unknown): Promise<unknown> } | undefined
        >
      )[name];
      try {
        await bridge?.basemapActivate({ tileOrigin: 'http://a.cn/path', fileToken: '../../etc/passwd' });
        return 'accepted';
      } catch (error) {
        return String(error);
      }
    }, bridgeName);
    expect(message).toContain('invalid request on "basemap-activate"');
  });

  test('a tile server origin needs the native confirmation naming it', async () => {
    const activate = (tileOrigin: string) =>
      page.evaluate(
        async ({ name, origin }) => {
          const bridge = (
            window as unknown as Record<
              string,
              { basemapActivate(request: unknown): Promise<unknown> } | undefined
            >
          )[name];
          return bridge?.basemapActivate({ tileOrigin: origin, fileToken: null });
        },
        { name: bridgeName, origin: tileOrigin },
      );
    // The user refuses: nothing widens, and the reply says why.
    await app.evaluate(({ dialog }) => {
      const asked: string[] = [];
      (globalThis as Record<string, unknown>).gridroomAsked = asked;
      dialog.showMessageBox = async (options: { message: string }) => {
        asked.push(options.message);
        return { response: 0, checkboxChecked: false };
      };
    });
    expect(await activate('http://tiles.example:8080')).toMatchObject({
      status: 'refused',
      reason: 'declined',
    });
    const asked = await app.evaluate(() => (globalThis as Record<string, unknown>).gridroomAsked as string[]);
    expect(asked).toEqual([expect.stringContaining('http://tiles.example:8080')]);
    const refusedCsp = await page.evaluate(async () =>
      (await fetch('app://gridroom/index.html')).headers.get('content-security-policy'),
    );
    expect(refusedCsp ?? '').not.toContain('tiles.example');
    // The user allows: the CSP names the origin from the next load.
    await app.evaluate(({ dialog }) => {
      dialog.showMessageBox = async () => ({ response: 1, checkboxChecked: false });
    });
    expect(await activate('http://tiles.example:8080')).toMatchObject({ status: 'ok', reload: true });
    const allowedCsp = await page.evaluate(async () =>
      (await fetch('app://gridroom/index.html')).headers.get('content-security-policy'),
    );
    expect(allowedCsp ?? '').toContain('http://tiles.example:8080');
  });
});
