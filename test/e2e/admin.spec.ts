/**
 * The station chief's admin screen against the real central API on loopback: the chief (signed
 * in online, so with a centre session) creates a single-use enrolment code, shown once; a
 * second workstation enrols with it; the code then refuses a third; the chief sees the second
 * workstation in the device list and revokes it (before that, a duty officer's offline edit made
 * after the centre deactivated them is refused and stays visible with its reason), after which it shows it is no longer
 * authorised. The chief resets a third officer's PIN in settings (a weak PIN refused first); the
 * centre then takes the new PIN and refuses the old. The centre's audit tab lists the revocation
 * and the reset. Screenshots of the admin screen go
 * to test-results/.
 */
import {
  expect,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { OFFICER_SESSION_HEADER } from '#common/auth/protocol';
import { DEMO_PIN } from '#common/demo/demoPin';
import { startCentralApi, type CentralApi } from '#server/centralApi';
import { startRendererServer, type RendererServer } from '#scripts/rendererServer';
import { BoardPage } from './pages/BoardPage';
import { IncidentsPage } from './pages/IncidentsPage';
import { firstPage } from './support/diskContext';
import { readTable } from './support/rawCache';
import { workstationContext } from './support/stationWorkstation';
import { demoOfficer } from './support/signIn';

const base = Number(process.env.E2E_PORT ?? 5174);

interface Opened {
  web: RendererServer;
  context: BrowserContext;
  page: Page;
}

async function openWorkstation(
  api: CentralApi,
  port: number,
  code: string,
  officer: 'chief' | 'duty',
): Promise<Opened> {
  const web = await startRendererServer({
    root: 'dist/renderer',
    port,
    apiTarget: api.url.replace(/\/$/, ''),
    runtimeConfig: { apiUrl: 'same-origin', enrolmentCode: code },
  });
  const context = await workstationContext();
  const page = await firstPage(context);
  const board = await BoardPage.open(page, web.url, officer);
  await board.waitForBoard(240_000);
  return { web, context, page };
}

/** Enrols a device of the test's own with the demo station's code: its id and request headers. */
async function enrolDevice(request: APIRequestContext, api: CentralApi, workstation: string) {
  const root = `${api.url.replace(/\/$/, '')}/api/v1`;
  const code = api.enrolmentCodes.find((c) => c.station === '禾山派出所')!.code;
  const json = { 'x-gridroom-api': '1', 'content-type': 'application/json' };
  const enrolled = (await (
    await request.post(`${root}/enrol`, { headers: json, data: { enrolmentCode: code, workstation } })
  ).json()) as { deviceId: string; credential: string };
  return { enrolled, device: { ...json, authorization: `Bearer ${enrolled.credential}` } };
}

/** The chief, at a device of the test's own, deactivates an officer at the centre (a roster push). */
async function deactivateAtCentre(
  request: APIRequestContext,
  api: CentralApi,
  chiefBadge: string,
  chiefId: string,
  officerId: string,
  baseVersion: number,
): Promise<void> {
  const root = `${api.url.replace(/\/$/, '')}/api/v1`;
  const { enrolled, device } = await enrolDevice(request, api, '所长办公室');
  const signedIn = await request.post(`${root}/auth/signin`, {
    headers: device,
    data: { badgeNo: chiefBadge, pin: DEMO_PIN },
  });
  expect(signedIn.status()).toBe(200);
  const { session } = (await signedIn.json()) as { session: string };
  const pushed = await request.post(`${root}/push`, {
    headers: { ...device, [OFFICER_SESSION_HEADER]: session },
    data: {
      clientId: enrolled.deviceId,
      mutations: [
        {
          clientId: enrolled.deviceId,
          seq: 1,
          entity: 'officers',
          id: officerId,
          patch: { active: false },
          baseVersion,
          madeBy: chiefId,
          madeAt: Date.now(),
        },
      ],
    },
  });
  expect(pushed.status()).toBe(200);
  expect(((await pushed.json()) as { results: { status: string }[] }).results[0]?.status).toMatch(
    /applied|merged/,
  );
  // The officer's offline edit comes after this.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

test.describe('chief admin screen', () => {
  test.setTimeout(600_000);
  let api: CentralApi;
  const opened: Opened[] = [];

  test.beforeAll(async () => {
    api = await startCentralApi({ port: 0 });
  });
  test.afterAll(async () => {
    for (const o of opened) {
      await o.context.close();
      await o.web.close();
    }
    await api?.close();
  });

  test('single-use code enrols one workstation, which the chief then revokes', async ({ request }, testInfo) => {
    const demoCode = api.enrolmentCodes.find((c) => c.station === '禾山派出所')?.code;
    expect(demoCode).toBeTruthy();
    const chief = await openWorkstation(api, base + 111, demoCode!, 'chief');
    opened.push(chief);
    const page = chief.page;

    await page.goto(`${chief.web.url}#/admin`);
    await expect(page.getByTestId('admin-devices')).toBeVisible();
    await page.getByRole('tab', { name: '注册码' }).click();
    await page.getByTestId('code-label').fill('二号值班台');
    await page.getByTestId('code-create').click();
    const code = (await page.getByTestId('code-value').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(code).not.toContain('HESHAN');
    await expect(page.getByTestId('code-uses').first()).toHaveText('0 / 1');
    await page.screenshot({ path: testInfo.outputPath('admin-codes.png') });

    // A second workstation enrols with it…
    const second = await openWorkstation(api, base + 112, code, 'duty');
    opened.push(second);
    // …and the code then refuses a third.
    const third = await request.post(`${api.url.replace(/\/$/, '')}/api/v1/enrol`, {
      headers: { 'x-gridroom-api': '1', 'content-type': 'application/json' },
      data: { enrolmentCode: code, workstation: '三号' },
    });
    expect(third.status()).toBe(401);

    // A refused change stays visible: the duty officer signed in on the second workstation
    // edits offline after the centre deactivated them; the push is refused with the reason.
    const duty = await demoOfficer(second.page, 'duty');
    const chiefOfficer = await demoOfficer(page, 'chief');
    const dutyRow = (await readTable<{ id: string; version: number }>(second.page, 'officers')).find(
      (o) => o.id === duty.id,
    );
    const incident = (
      await readTable<{
        id: string;
        description: string;
        status: string;
        deleted: boolean;
        reportedAt: number;
      }>(second.page, 'incidents')
    )
      .filter((r) => r.status !== 'resolved' && !r.deleted)
      .sort((x, y) => y.reportedAt - x.reportedAt)[0]!;
    // The screen's code is loaded while online; then the network drops (the worker's too).
    const incidents = new IncidentsPage(second.page);
    await incidents.open();
    await incidents.openIncident(incident.description.slice(0, 8), incident.id);
    await second.context.setOffline(true);
    await deactivateAtCentre(request, api, chiefOfficer.badgeNo, chiefOfficer.id, duty.id, dutyRow!.version);
    await incidents.edit({ description: `${incident.description}（离线补充）` });
    await incidents.closeDrawer();
    await second.context.setOffline(false);
    await second.page.getByTestId('sync-now').click();
    await expect(second.page.getByTestId('sync-refused')).toBeVisible({ timeout: 30_000 });
    await second.page.getByTestId('sync-refused').click();
    const refused = second.page.getByTestId('refused-changes');
    await expect(refused.getByTestId('refused-reason').first()).toHaveAttribute(
      'data-refusal',
      'officer-inactive',
    );
    await expect(refused.getByTestId('refused-reason').first()).toContainText('修改人的账号在修改前已被停用');
    await expect(refused.getByTestId('refused-fields').first()).toContainText('离线补充');
    await second.page.screenshot({ path: testInfo.outputPath('refused-changes.png') });

    await page.getByRole('tab', { name: '注册码' }).click();
    await page.getByRole('tab', { name: '设备' }).click();
    await page.reload();
    await expect(page.getByTestId('admin-devices')).toBeVisible();
    const row = page
      .getByTestId('admin-devices')
      .locator('tr', { has: page.getByTestId('device-revoke'), hasNotText: '所长办公室' })
      .first();
    await expect(row).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('admin-devices.png') });
    await row.getByTestId('device-revoke').click();
    await page.getByTestId('device-revoke-confirm').click();
    await expect(page.getByTestId('device-revoked')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('admin-devices-revoked.png') });

    // The revoked workstation: its next sync is refused, and it says why.
    await second.page.getByTestId('sync-now').click();
    await expect(second.page.getByTestId('sync-error')).toHaveAttribute('aria-label', /授权无效或已吊销/, {
      timeout: 30_000,
    });

    // The chief resets a third officer's PIN in settings: the centre then takes the new PIN
    // and refuses the old one.
    const officers = await readTable<{
      id: string;
      badgeNo: string;
      name: string;
      access: string;
      active: boolean;
    }>(page, 'officers');
    const another = officers.find((o) => o.id !== duty.id && o.id !== chiefOfficer.id && o.active !== false)!;
    await page.goto(`${chief.web.url}#/settings`);
    await page.getByTestId('pin-reset-officer').click();
    await page.keyboard.type(another.badgeNo);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: another.badgeNo })
      .click();
    await page.getByTestId('pin-reset-new').fill('111111');
    await page.getByTestId('pin-reset-save').click();
    await expect(page.getByText('PIN 须为 6 位数字，不能全部相同，也不能是连续数字')).toBeVisible();
    await page.getByTestId('pin-reset-new').fill('482916');
    await page.screenshot({ path: testInfo.outputPath('pin-reset.png') });
    await page.getByTestId('pin-reset-save').click();
    await expect(page.getByText('已重置该民警的 PIN')).toBeVisible();
    const { device } = await enrolDevice(request, api, '复核终端');
    const signIn = (pin: string) =>
      request.post(`${api.url.replace(/\/$/, '')}/api/v1/auth/signin`, {
        headers: device,
        data: { badgeNo: another.badgeNo, pin },
      });
    expect((await signIn(DEMO_PIN)).status()).toBe(401);
    expect((await signIn('482916')).status()).toBe(200);

    // The centre's audit trail shows the revocation.
    await page.goto(`${chief.web.url}#/audit`);
    await page.getByTestId('audit-tab-centre').click();
    await expect(page.getByTestId('centre-audit').locator('[data-action="device-revoke"]')).toHaveText(
      '吊销设备',
    );
    await expect(page.getByTestId('centre-audit').locator('[data-action="pin-reset"]').first()).toHaveText(
      '重置PIN',
    );
    await expect(page.getByTestId('centre-audit').locator('.ant-spin-spinning')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('centre-audit.png') });
  });
});
