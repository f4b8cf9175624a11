/**
 * Electron e2e of the log files: the real app, in its own data directory, writes main's lines
 * and the renderer's (forwarded over `log-write`) to `<data>/logs/gridroom.log`; `log-read`
 * hands them back; an oversized batch is refused by the contract. Skips where the Electron
 * binary is not installed.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronMissingReason, findElectronBinary } from '#scripts/electronBinary';
import { launchGridroom } from './launchGridroom';

const electronBinary = findElectronBinary();

type LogBridge = {
  logRead(): Promise<{ files: { name: string; text: string }[] }>;
  logWrite(request: unknown): Promise<unknown>;
};

test.describe('Electron log files', () => {
  test.skip(electronBinary === null, electronMissingReason);

  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-logs-'));
    ({ app, page } = await launchGridroom(electronBinary, dataDir));
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const fileText = () => readFile(path.join(dataDir, 'logs', 'gridroom.log'), 'utf8').catch(() => '');

  test("writes main's and the renderer's lines to the data directory", async () => {
    await expect.poll(fileText).toContain('"msg":"app starting"');
    await expect.poll(fileText).toMatch(/"msg":"window started".*"proc":"renderer"/);
    const files = await page.evaluate(() =>
      (window as unknown as { gridroom: LogBridge }).gridroom.logRead(),
    );
    expect(files.files.map((f) => f.name)).toContain('gridroom.log');
  });

  test('refuses an oversized batch', async () => {
    const refused = await page.evaluate(async () => {
      const record = { t: Date.now(), level: 'info', scope: 'test', msg: 'x' };
      try {
        await (window as unknown as { gridroom: LogBridge }).gridroom.logWrite({
          records: Array.from({ length: 101 }, () => record),
        });
        return null;
      } catch (error) {
        return String(error);
      }
    });
    expect(refused).toContain('invalid request on "log-write"');
  });
});
