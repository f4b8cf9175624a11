/**
 * Officers sign in at the workstation (issue 12 item 1), as they would, with the keyboard:
 * - demo mode (no centre): the 演示模式 sign-in screen, the title bar with name, role, lock and
 *   sign-out; a wrong PIN says how many tries are left and five lock the badge, with the time
 *   left; the lock keeps a half-typed form, hides the app from focus and survives a reload; a
 *   handover at the lock screen changes the title bar, discards the old officer's form and is
 *   audited; the chief's inactivity time locks the screen by itself;
 * - against the real central API on loopback: an online sign-in caches the offline verifier, so
 *   the same officer signs in again with the network gone; an officer who never signed in
 *   online here is refused offline, and the screen says why; an officer changes their own PIN
 *   (online only); a display device (enrolled with the
 *   station's display code) never asks for a PIN and shows only the briefing display.
 * Screenshots of the sign-in screen, the lock screen and the title bar: test/out/screens/.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PIN } from '#common/demo/demoPin';
import { startCentralApi, type CentralApi } from '#server/centralApi';
import { startRendererServer, type RendererServer } from '#scripts/rendererServer';
import { BoardPage } from './pages/BoardPage';
import { readTable } from './support/rawCache';
import { demoOfficer, signIn } from './support/signIn';
import { diskContext, firstPage } from './support/diskContext';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const shots = 'test/out/screens';

async function typeSignIn(page: Page, badgeNo: string, pin: string): Promise<void> {
  const form = page.getByTestId('signin-form');
  await form.getByTestId('signin-badge').fill(badgeNo);
  await form.getByTestId('signin-pin').fill(pin);
  await form.getByTestId('signin-pin').press('Enter');
}

test.describe('demo mode', () => {
  let page: Page;

  test.beforeAll(async ({ baseURL }) => {
    page = await firstPage(await diskContext({ baseURL: String(baseURL) }));
    await BoardPage.open(page, '/?demo=station');
  });
  test.afterAll(async () => page.context().close());

  test('no screen is reachable before sign-in; the demo roster signs in with the demo PIN', async () => {
    await expect(page.getByTestId('signin-screen')).toBeVisible({ timeout: 180_000 });
    await expect(page.getByTestId('signin-demo')).toHaveText('演示模式');
    await expect(page.getByTestId('board')).toHaveCount(0);
    await expect(page.locator('.shell')).toHaveCount(0);
    const chief = await demoOfficer(page, 'chief');
    await expect(page.getByTestId('demo-roster')).toContainText(`所长 ${chief.name}：警号 ${chief.badgeNo}`);
    await page.screenshot({ path: `${shots}/signin-screen.png` });

    const duty = await demoOfficer(page, 'duty');
    await typeSignIn(page, duty.badgeNo, '246801');
    await expect(page.getByTestId('signin-error')).toHaveText(
      'PIN 不正确，还可尝试 4 次，之后该警号将被锁定',
    );
    await typeSignIn(page, duty.badgeNo, DEMO_PIN);
    await expect(page.getByTestId('signed-in-name')).toHaveText(duty.name);
    await expect(page.getByTestId('signed-in-role')).toHaveText('值班民警');
    await expect(page.getByTestId('demo-mode')).toHaveText('演示模式');
    await expect(page.getByTestId('lock-button')).toBeVisible();
    await expect(page.getByTestId('signout-button')).toContainText('交班/退出');
    await expect(page.getByTestId('board')).toBeVisible();
    await page.locator('.shell-header').screenshot({ path: `${shots}/signin-title-bar.png` });
    const audit = (await readTable<{ action: string; who: string }>(page, 'audit')).filter(
      (a) => a.action === 'sign-in',
    );
    expect(audit.at(-1)?.who).toBe(duty.id);
  });

  test('the lock keeps a half-typed form behind an opaque, inert overlay, across a reload; the same PIN unlocks', async () => {
    const duty = await demoOfficer(page, 'duty');
    await page.getByRole('menuitem', { name: '设置' }).click();
    const workstation = page.getByTestId('settings').getByLabel('工作站名称');
    // the form shows the saved name once settings are read; typing before that races it
    await expect(workstation).not.toHaveValue('');
    await workstation.fill('值班台-半截输入');
    await page.getByTestId('lock-button').click();
    const lock = page.getByTestId('lock-screen');
    await expect(lock).toBeVisible();
    await expect(page.getByTestId('lock-officer')).toHaveText(
      `当前登录：${duty.name}（警号 ${duty.badgeNo}）`,
    );
    // the app is still mounted, but nothing behind the overlay can be focused or read
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    await expect(page.locator('#root')).toHaveAttribute('aria-hidden', 'true');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.querySelector('#root')?.contains(document.activeElement)),
      ).toBe(false);
    }
    await page.screenshot({ path: `${shots}/signin-lock-screen.png` });

    await typeSignIn(page, duty.badgeNo, '864201');
    await expect(page.getByTestId('signin-error')).toContainText('PIN 不正确');
    await expect(lock).toBeVisible();
    await page.getByTestId('signin-pin').fill(DEMO_PIN);
    await page.getByTestId('signin-submit').click();
    await expect(lock).toHaveCount(0);
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(workstation).toHaveValue('值班台-半截输入');

    // a reload stays locked (the form, a fresh page, is not kept across it)
    await page.getByTestId('lock-button').click();
    await expect(lock).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('lock-screen')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    await typeSignIn(page, duty.badgeNo, DEMO_PIN);
    await expect(page.getByTestId('lock-screen')).toHaveCount(0);
    await expect(page.getByTestId('signed-in-name')).toHaveText(duty.name);
  });

  test('another officer at the lock screen is a handover: audited, the title bar changes, the old form is gone', async () => {
    const duty = await demoOfficer(page, 'duty');
    const chief = await demoOfficer(page, 'chief');
    await page.getByRole('menuitem', { name: '设置' }).click();
    const workstation = page.getByTestId('settings').getByLabel('工作站名称');
    await expect(workstation).not.toHaveValue('');
    const saved = await workstation.inputValue();
    await workstation.fill('值班台-交班前未保存');
    await page.getByTestId('lock-button').click();
    await typeSignIn(page, chief.badgeNo, DEMO_PIN);
    await expect(page.getByTestId('lock-screen')).toHaveCount(0);
    await expect(page.getByTestId('signed-in-name')).toHaveText(chief.name);
    await expect(page.getByTestId('signed-in-role')).toHaveText('所长');
    await expect(page.getByTestId('signed-in')).toHaveAttribute('data-role', 'station-chief');
    await expect(page.getByTestId('settings').getByLabel('工作站名称')).toHaveValue(saved);
    const audit = await readTable<{
      action: string;
      who: string;
      before: { id: string };
      after: { id: string };
    }>(page, 'audit');
    const handover = audit.filter((a) => a.action === 'handover').at(-1);
    expect(handover).toMatchObject({ who: chief.id, before: { id: duty.id }, after: { id: chief.id } });
    // the chief may set the lock time; it is the station's, so it syncs to every workstation
    await expect(page.getByTestId('lock-minutes')).toBeEnabled();
  });

  test('five wrong PINs lock the badge, with the time left, and the right PIN is refused until then', async () => {
    const other = await demoOfficer(page, 'duty', 1);
    await page.getByTestId('signout-button').click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(page.getByTestId('signin-screen')).toBeVisible();
    for (let tries = 4; tries >= 1; tries--) {
      await typeSignIn(page, other.badgeNo, '975310');
      await expect(page.getByTestId('signin-error')).toHaveText(
        `PIN 不正确，还可尝试 ${tries} 次，之后该警号将被锁定`,
      );
    }
    await typeSignIn(page, other.badgeNo, '975310');
    const error = page.getByTestId('signin-error');
    await expect(error).toHaveAttribute('data-reason', 'locked');
    await expect(error).toHaveText(/^该警号因多次输错 PIN 已被锁定，请 (4 分 \d{1,2}|5 分 0) 秒 后再试$/);
    await typeSignIn(page, other.badgeNo, DEMO_PIN);
    await expect(error).toHaveAttribute('data-reason', 'locked');
    await expect(page.getByTestId('signin-screen')).toBeVisible();
    await page.screenshot({ path: `${shots}/signin-locked-out.png` });
  });

  test('the screen locks by itself after the chief’s inactivity time (设置 → 自动锁屏)', async () => {
    await page.clock.install();
    await page.reload();
    const chief = await demoOfficer(page, 'chief');
    await signIn(page, { badgeNo: chief.badgeNo });
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByTestId('lock-settings').getByRole('spinbutton').fill('1');
    await page.getByTestId('lock-minutes-save').click();
    await expect(page.getByText('锁屏时间已保存')).toBeVisible();
    const station = (await readTable<{ lockAfterMinutes?: number }>(page, 'stations'))[0];
    expect(station?.lockAfterMinutes).toBe(1);
    await page.clock.fastForward('00:30');
    await expect(page.getByTestId('lock-screen')).toHaveCount(0);
    await page.clock.fastForward('00:40');
    await expect(page.getByTestId('lock-screen')).toBeVisible();
    await typeSignIn(page, chief.badgeNo, DEMO_PIN);
    await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  });
});

test.describe('against the central API', () => {
  let api: CentralApi;
  let web: RendererServer;
  let display: RendererServer;
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async () => {
    api = await startCentralApi({ port: 0 });
    const codes = api.enrolmentCodes.find((c) => c.station === '禾山派出所');
    const serve = (port: number, enrolmentCode: string | null) =>
      startRendererServer({
        root: 'dist/renderer',
        port,
        apiTarget: api.url.replace(/\/$/, ''),
        runtimeConfig: { apiUrl: 'same-origin', enrolmentCode },
      });
    web = await serve(Number(process.env.E2E_PORT ?? 5174) + 102, codes?.code ?? null);
    display = await serve(Number(process.env.E2E_PORT ?? 5174) + 103, codes?.displayCode ?? null);
    context = await diskContext();
    page = await firstPage(context);
    await BoardPage.open(page, web.url);
  });
  test.afterAll(async () => {
    await context?.close();
    await web?.close();
    await display?.close();
    await api?.close();
  });

  test('online sign-in, then offline sign-in by the same officer; never-online officers are refused offline', async () => {
    await signIn(page, 'duty');
    const duty = await demoOfficer(page, 'duty');
    await expect(page.getByTestId('signed-in-name')).toHaveText(duty.name);
    await expect(page.getByTestId('demo-mode')).toHaveCount(0);
    const meta = await readTable<{ key: string; value: { mode?: string; storedToken?: string | null } }>(
      page,
      'meta',
    );
    expect(meta.find((m) => m.key === 'officerSession')?.value).toMatchObject({ mode: 'online' });
    expect(meta.find((m) => m.key === 'officerSession')?.value.storedToken).toBeTruthy();
    const verifier = meta.find((m) => m.key === `officerVerifier:${duty.badgeNo}`)?.value as Record<
      string,
      unknown
    >;
    expect(verifier).toMatchObject({ iterations: 600_000 });
    expect(JSON.stringify(verifier)).not.toContain(DEMO_PIN);

    // the network goes away: sign out, and the same officer signs in offline
    await page.getByTestId('signout-button').click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(page.getByTestId('signin-screen')).toBeVisible();
    await context.setOffline(true);
    const other = await demoOfficer(page, 'duty', 1);
    await typeSignIn(page, other.badgeNo, DEMO_PIN);
    await expect(page.getByTestId('signin-error')).toHaveText(
      '该警号从未在本工作站联网登录，无法离线验证 PIN。请在连接中心服务器后登录一次，之后即可离线登录。',
    );
    await typeSignIn(page, duty.badgeNo, '135791');
    await expect(page.getByTestId('signin-error')).toContainText('PIN 不正确');
    await typeSignIn(page, duty.badgeNo, DEMO_PIN);
    await expect(page.getByTestId('signed-in-name')).toHaveText(duty.name);
    await expect(page.getByTestId('signed-in')).toContainText('离线登录');
    await context.setOffline(false);
  });

  test('an officer changes their own PIN at the centre (online only); the old PIN no longer signs in', async () => {
    const duty = await demoOfficer(page, 'duty');
    await page.getByRole('menuitem', { name: '设置' }).click();
    // signed in offline: no centre session, so the PIN can't be changed here
    await expect(page.getByTestId('pin-needs-online')).toBeVisible();
    await page.getByTestId('signout-button').click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await typeSignIn(page, duty.badgeNo, DEMO_PIN);
    await expect(page.getByTestId('signed-in')).not.toContainText('离线登录');
    await page.getByTestId('pin-current').fill(DEMO_PIN);
    await page.getByTestId('pin-new').fill('246813');
    await page.getByTestId('pin-confirm').fill('246813');
    await page.getByTestId('pin-save').click();
    await expect(page.getByText('PIN 已修改，下次登录请使用新 PIN')).toBeVisible();
    await page.getByTestId('signout-button').click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await typeSignIn(page, duty.badgeNo, DEMO_PIN);
    await expect(page.getByTestId('signin-error')).toContainText('PIN 不正确');
    await typeSignIn(page, duty.badgeNo, '246813');
    await expect(page.getByTestId('signed-in-name')).toHaveText(duty.name);
  });

  test('a display device never asks for a PIN: it shows the briefing display and may change nothing', async () => {
    const wall = await diskContext();
    try {
      const screen = await wall.newPage();
      await screen.addInitScript(() => {
        (window as unknown as { __gridroomTest: object }).__gridroomTest = {};
      });
      await screen.goto(`${display.url}#/settings`);
      await expect(screen.getByTestId('briefing')).toBeVisible({ timeout: 150_000 });
      expect(screen.url()).toContain('#/briefing');
      await expect(screen.getByTestId('signin-screen')).toHaveCount(0);
      await expect(screen.getByTestId('settings')).toHaveCount(0);
      const config = (await readTable<{ key: string; value: { kind?: string } }>(screen, 'meta')).find(
        (m) => m.key === 'syncConfig',
      );
      expect(config?.value.kind).toBe('display');
    } finally {
      await wall.close();
    }
  });
});
