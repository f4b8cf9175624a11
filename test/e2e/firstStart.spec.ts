/**
 * First start, every start: `npm start` (scripts/start.ts, its browser path) run twice over
 * the same central-API data folder, the first run ended by `kill -9` as a crash would. The
 * first start seeds the centre and the app enrols with the printed code and syncs; the second
 * start takes over the crashed run's lock with a notice, issues a fresh code though the city
 * is already seeded, and the app syncs from the centre again: the workstation of the first
 * start re-uses its enrolment, a new workstation enrols with the new code. Neither shows
 * 未连接中心（仅本机）. A third start on the same ports or the same folder says why it cannot.
 * Own ports beside the e2e server's (E2E_PORT + 102/103), a temp data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { firstPage } from './support/diskContext';
import { readTable } from './support/rawCache';
import { runStart, startApp, type StartedApp, type StartOptions } from './support/startScript';
import { workstationContext } from './support/stationWorkstation';

test.describe.configure({ mode: 'serial' });

const base = Number(process.env.E2E_PORT ?? 5174);
const dataDir = mkdtempSync(path.join(tmpdir(), 'gridroom-first-start-'));
const options: StartOptions = { port: base + 102, apiPort: base + 103, dataDir };

let app: StartedApp | null = null;
const contexts: BrowserContext[] = [];
let first: Page;

test.afterAll(async () => {
  for (const c of contexts) await c.close();
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openWorkstation(url: string): Promise<Page> {
  const context = await workstationContext();
  contexts.push(context);
  const page = await firstPage(context);
  const board = await BoardPage.open(page, url);
  await board.waitForBoard(150_000);
  return page;
}

/** The app's own sync snapshot, as it keeps it in the cache. */
async function lastSyncedAt(page: Page): Promise<number> {
  const meta = await readTable<{ key: string; value: { lastSyncedAt?: number | null } }>(page, 'meta');
  return meta.find((m) => m.key === 'syncStatus')?.value.lastSyncedAt ?? 0;
}

/** Synced with the centre since `since`: online, no error, the station's name from the centre. */
async function expectSyncedSince(page: Page, since: number): Promise<void> {
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toHaveAttribute('data-mode', 'online');
  await expect(indicator).not.toContainText('未连接中心');
  await expect.poll(() => lastSyncedAt(page), { timeout: 60_000 }).toBeGreaterThan(since);
  await expect(page.getByTestId('sync-error')).toHaveCount(0);
  await expect(page.getByTestId('station-name')).toHaveText('禾山派出所');
}

async function servedCode(page: Page, url: string): Promise<string | null> {
  const config = (await (await page.request.get(`${url}gridroom-config.json`)).json()) as {
    enrolmentCode: string | null;
  };
  return config.enrolmentCode;
}

test('the first start seeds the centre; the app enrols with the printed code and syncs', async () => {
  test.setTimeout(420_000);
  const since = Date.now();
  app = await startApp(options);
  expect(app.output()).toMatch(/禾山派出所: enrolment code [0-9A-Z]{4}-/);
  first = await openWorkstation(app.url);
  await expectSyncedSince(first, since);
  await first.screenshot({ path: 'test/out/screens/first-start-1.png' });
});

test('after a crash the second start syncs: the enrolled workstation re-uses its credential, a new one enrols', async () => {
  test.setTimeout(300_000);
  const firstCode = await servedCode(first, app?.url ?? '');
  const deviceId = (await readTable<{ key: string; value: { deviceId?: string } }>(first, 'meta')).find(
    (m) => m.key === 'syncConfig',
  )?.value.deviceId;
  expect(deviceId).toBeTruthy();
  await app?.crash();
  app = null;

  const since = Date.now();
  app = await startApp(options);
  // the crashed run's lock is taken over, and the seeded city still gets a fresh code
  expect(app.output()).toContain('没有正常退出');
  const code = await servedCode(first, app.url);
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(code).not.toBe(firstCode);

  // the first start's workstation: same cache, same credential, synced by the new start
  await first.reload();
  await new BoardPage(first).waitForBoard(150_000);
  await expectSyncedSince(first, since);
  const after = (await readTable<{ key: string; value: { deviceId?: string } }>(first, 'meta')).find(
    (m) => m.key === 'syncConfig',
  )?.value.deviceId;
  expect(after).toBe(deviceId);
  await first.screenshot({ path: 'test/out/screens/first-start-2-reused.png' });

  // a workstation new at the second start enrols with its fresh code and syncs
  const second = await openWorkstation(app.url);
  await expectSyncedSince(second, since);
  const [a, b] = await Promise.all([first, second].map((p) => readTable(p, 'grids')));
  expect(b?.length).toBeGreaterThan(0);
  expect(b?.length).toBe(a?.length);
  await second.screenshot({ path: 'test/out/screens/first-start-2-new.png' });
});

test('a third start on the same ports, or the same data folder, says why it cannot start', async () => {
  const samePorts = runStart({ ...options, dataDir: path.join(dataDir, 'other') });
  expect(await samePorts.exited).toBe(1);
  expect(samePorts.output()).toContain(`端口 ${options.port}（应用界面 the app）已被占用`);
  expect(samePorts.output()).toContain(`Port ${options.port} (应用界面 the app) is already in use`);

  const sameFolder = runStart({ ...options, port: 0, apiPort: 0 });
  expect(await sameFolder.exited).toBe(1);
  expect(sameFolder.output()).toContain(`数据目录 ${dataDir} 正被另一个进程`);
  expect(sameFolder.output()).toContain('one npm start');
  // and the running start is untouched by either
  await expect(first.getByTestId('sync-indicator')).toHaveAttribute('data-mode', 'online');
});
