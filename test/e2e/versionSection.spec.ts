/**
 * Settings → 版本 (issue 17). In the browser build it shows the bundled version and that updates
 * are installed by the desktop app. Then, since the Electron binary cannot run here, the page
 * gets a stand-in for main's side of the update channels (the statuses main's controller sends,
 * pushed by the test through `update-watch-status`), to see what the officer sees: ready with
 * 重启以更新, the button disabled with the reason once a real local change (the chief saving
 * the lock minutes) waits in the outbox — whose live count the app reports to main — a download
 * with its named progress bar, and a refusal in Chinese and English. Screenshots of each.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/stationFixture';
import type { UpdateStatus } from '#common/ipc/updateContract';
import { BoardPage } from './pages/BoardPage';
import { signInIfAsked } from './support/signIn';

const out = 'test/out/screens';

/** axe's findings inside the section only (the rest of settings is the a11y spec's). */
async function sectionViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-testid="version-section"]').analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const base: UpdateStatus = {
  revision: 1,
  runningVersion: '0.1.0',
  channel: 'stable',
  disabled: null,
  state: 'ready',
  lastCheckedAt: Date.UTC(2026, 11, 6, 1, 30),
  offeredVersion: '0.2.0',
  downgrade: false,
  progress: null,
  refusal: null,
  detail: null,
  outboxPending: null,
};

type StandIn = {
  push(patch: Partial<UpdateStatus>): void;
  outboxReports: number[];
  installs: number;
};

/** Main's update channels as the preload would expose them, answered from a scripted status. */
async function installStandInMain(page: Page, first: UpdateStatus): Promise<void> {
  await page.addInitScript((initial: UpdateStatus) => {
    let status = initial;
    const waiters: ((s: UpdateStatus) => void)[] = [];
    const standIn = {
      outboxReports: [] as number[],
      installs: 0,
      push(patch: Partial<UpdateStatus>) {
        status = { ...status, ...patch, revision: status.revision + 1 };
        waiters.splice(0).forEach((w) => w(status));
      },
    };
    (window as unknown as { __updateMain: typeof standIn }).__updateMain = standIn;
    (window as unknown as { gridroom: object }).gridroom = {
      logWrite: async (r: { records: unknown[] }) => ({ status: 'ok', written: r.records.length }),
      updateGetStatus: async () => status,
      updateWatchStatus: ({ afterRevision }: { afterRevision: number }) =>
        status.revision > afterRevision
          ? Promise.resolve(status)
          : new Promise((resolve) => waiters.push(resolve)),
      updateCheckNow: async () => status,
      updateInstallNow: async () => {
        if (status.outboxPending !== 0) return { status: 'outbox-pending', pending: status.outboxPending };
        standIn.installs += 1;
        return { status: 'installing', version: status.offeredVersion };
      },
      updateSetOutbox: async ({ pending }: { pending: number }) => {
        standIn.outboxReports.push(pending);
        standIn.push({ outboxPending: pending });
        return status;
      },
      updateConnect: async () => status,
    };
  }, first);
}

const standIn = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __updateMain: StandIn }).__updateMain;
    return { outboxReports: s.outboxReports, installs: s.installs };
  });
const push = (page: Page, patch: Partial<UpdateStatus>) =>
  page.evaluate((p) => (window as unknown as { __updateMain: StandIn }).__updateMain.push(p), patch);

async function openSettings(page: Page): Promise<void> {
  const settings = new URL(page.url());
  settings.hash = '#/settings';
  await page.goto(settings.href);
  await expect(page.getByTestId('version-section')).toBeVisible();
}

test('settings → 版本: the browser build, then the desktop states', async ({ loadedPage: page }) => {
  test.setTimeout(240_000);
  const board = await BoardPage.open(page, '/?demo=station', 'chief');
  await board.waitForBoard();

  // the browser build: its version, and who installs updates
  await openSettings(page);
  const section = page.getByTestId('version-section');
  await expect(section).toHaveAttribute('data-mode', 'browser');
  await expect(section.getByRole('heading', { name: '版本' })).toBeVisible();
  await expect(section.getByTestId('version-current')).toHaveText('v0.1.0');
  await expect(section.getByTestId('version-browser-note')).toHaveText(
    '更新由桌面版安装 / Updates are installed by the desktop app',
  );
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: `${out}/settings-version-browser.png` });
  expect(await sectionViolations(page)).toEqual([]);

  // the desktop app: a verified release is ready, the outbox is empty
  await installStandInMain(page, base);
  await page.reload(); // still on #/settings
  await signInIfAsked(page, 'chief', page.getByTestId('signed-in'));
  await expect(section).toBeVisible();
  await expect(section).toHaveAttribute('data-mode', 'desktop');
  await expect(section.getByTestId('version-state')).toHaveText('v0.2.0 已下载并校验，可重启以更新');
  const install = section.getByRole('button', { name: '重启以更新' });
  await expect(install).toBeEnabled();
  await expect(section.getByText('如不立即重启，将在下次启动时安装。')).toBeVisible();
  expect((await standIn(page)).outboxReports.at(-1)).toBe(0);

  // a real local change waits in the outbox: the app tells main, the button says why it waits
  await page.getByTestId('lock-settings').getByRole('spinbutton').fill('25');
  await page.getByTestId('lock-minutes-save').click();
  await expect(page.getByText('锁屏时间已保存')).toBeVisible();
  await expect(
    section.getByText('有 1 条改动待上传。上传完成后才能重启以更新，改动不会丢失。'),
  ).toBeVisible();
  await expect(install).toBeDisabled();
  await expect.poll(async () => (await standIn(page)).outboxReports.at(-1)).toBe(1);
  expect((await standIn(page)).installs).toBe(0);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: `${out}/settings-version-ready-outbox.png` });
  expect(await sectionViolations(page)).toEqual([]);

  // downloading: a progress bar with a name
  await push(page, {
    state: 'downloading',
    offeredVersion: '0.3.0',
    progress: { percent: 42, transferred: 42, total: 100 },
  });
  await expect(section.getByTestId('version-state')).toHaveText('正在下载 v0.3.0');
  await expect(section.getByRole('progressbar', { name: '下载进度' })).toBeVisible();
  await section.screenshot({ path: `${out}/settings-version-downloading.png` });
  expect(await sectionViolations(page)).toEqual([]);

  // refused: the reason in Chinese and English, the running version keeps working
  await push(page, {
    state: 'refused',
    refusal: 'signature-invalid',
    progress: null,
    detail: 'bad signature',
  });
  await expect(section.getByTestId('version-refusal')).toContainText(
    "原因：发布者签名无效 / the publisher's signature is invalid。当前版本照常使用，未安装任何内容。",
  );
  await expect(section.getByRole('button', { name: '重启以更新' })).toHaveCount(0);
  await section.screenshot({ path: `${out}/settings-version-refused.png` });
  expect(await sectionViolations(page)).toEqual([]);
});
