/**
 * The city registration system's credential, end to end against the real central API on
 * loopback: the chief creates it on the admin screen's 城市登记系统 tab (shown once), the
 * "city system" (this test, over HTTP) posts a registration for one of the station's standard
 * addresses with it, and the chief's workstation pulls the registration — masked name and ID
 * mask only, matched to its household; its cache never holds the full name or ID. The chief
 * revokes the credential on the same tab and the city's next post is refused; the centre's
 * audit tab names all three, without the name. Screenshots go to test-results/.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { residentIdCheckChar } from '#common/domain/residentId';
import { startCentralApi, type CentralApi } from '#server/centralApi';
import { startRendererServer, type RendererServer } from '#scripts/rendererServer';
import { BoardPage } from './pages/BoardPage';
import { firstPage } from './support/diskContext';
import { readTable } from './support/rawCache';
import { workstationContext } from './support/stationWorkstation';

const base = Number(process.env.E2E_PORT ?? 5174);
const FULL_NAME = '郑雨萱';
const RESIDENT_ID = '35020619920815402' + residentIdCheckChar('35020619920815402');

interface Opened {
  web: RendererServer;
  context: BrowserContext;
  page: Page;
}

async function openChief(api: CentralApi, port: number, code: string): Promise<Opened> {
  const web = await startRendererServer({
    root: 'dist/renderer',
    port,
    apiTarget: api.url.replace(/\/$/, ''),
    runtimeConfig: { apiUrl: 'same-origin', enrolmentCode: code },
  });
  const context = await workstationContext();
  const page = await firstPage(context);
  const board = await BoardPage.open(page, web.url, 'chief');
  await board.waitForBoard(240_000);
  return { web, context, page };
}

test.describe('city-system intake credential', () => {
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

  test('the chief makes it, the city posts with it, the workstation pulls the registration masked, the chief revokes it', async ({ request }, testInfo) => {
    const code = api.enrolmentCodes.find((c) => c.station === '禾山派出所')!.code;
    const chief = await openChief(api, base + 131 + opened.length, code);
    opened.push(chief);
    const page = chief.page;

    await page.goto(`${chief.web.url}#/admin`);
    await page.getByRole('tab', { name: '城市登记系统' }).click();
    await expect(page.getByTestId('admin-intake')).toBeVisible();
    await page.getByTestId('intake-label').fill('市通行证登记系统');
    await page.getByTestId('intake-create').click();
    const credential = (await page.getByTestId('intake-value').textContent())?.trim() ?? '';
    expect(credential).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    await expect(
      page.getByTestId('admin-intake').locator('tr', { hasText: '市通行证登记系统' }),
    ).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('admin-intake-created.png') });

    // The city system posts one registration for a standard address of the station.
    const households = await readTable<{
      id: string;
      gridId: string;
      address: string;
      building: string;
      unit: string;
      room: string;
      deleted: boolean;
    }>(page, 'households');
    const home = households.find((h) => !h.deleted && h.building !== '')!;
    const url = `${api.url.replace(/\/$/, '')}/api/v1/pass-registrations`;
    const now = Date.now();
    const row = {
      externalRef: `E2E-${now}`,
      fullName: FULL_NAME,
      residentId: RESIDENT_ID,
      phone: '13712345678',
      claimedAddress: { address: home.address, building: home.building, unit: home.unit, room: home.room },
      householdRole: 'tenant',
      healthCode: 'green',
      healthCodeAt: now - 120_000,
      submittedAt: now - 60_000,
    };
    const posted = await request.post(url, {
      headers: {
        'x-gridroom-api': '1',
        'content-type': 'application/json',
        authorization: `Bearer ${credential}`,
      },
      data: { rows: [row] },
    });
    expect(posted.status()).toBe(200);
    const reply = (await posted.json()) as {
      results: Array<{ id: string; status: string; flags: string[] }>;
    };
    expect(reply.results[0]).toMatchObject({ status: 'queued', flags: [] });
    const id = reply.results[0]!.id;

    // The workstation pulls it (a poke, then its sync): masked, matched to the household.
    await expect
      .poll(
        async () => (await readTable<{ id: string }>(page, 'passRegistrations')).some((r) => r.id === id),
        {
          timeout: 60_000,
        },
      )
      .toBe(true);
    const cached = (await readTable<Record<string, unknown>>(page, 'passRegistrations')).find(
      (r) => r.id === id,
    )!;
    expect(cached).toMatchObject({
      maskedName: '郑*萱',
      idMasked: `${RESIDENT_ID.slice(0, 4)}**********${RESIDENT_ID.slice(14)}`,
      householdId: home.id,
      gridId: home.gridId,
      status: 'pending',
      source: 'city-system',
    });
    const everything = JSON.stringify(await readTable(page, 'passRegistrations'));
    expect(everything).not.toContain(FULL_NAME);
    expect(everything).not.toContain(RESIDENT_ID.slice(4, 14));

    // The chief revokes it; the city's next post is refused.
    await page.getByTestId('intake-credential-revoke').first().click();
    await page.getByTestId('intake-credential-revoke-confirm').click();
    await expect(page.getByTestId('intake-credential-revoked')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('admin-intake-revoked.png') });
    const refused = await request.post(url, {
      headers: {
        'x-gridroom-api': '1',
        'content-type': 'application/json',
        authorization: `Bearer ${credential}`,
      },
      data: { rows: [{ ...row, externalRef: `E2E-${now}-2` }] },
    });
    expect(refused.status()).toBe(401);

    // The centre's audit trail names the credential's creation, the intake and the revocation.
    await page.goto(`${chief.web.url}#/audit`);
    await page.getByTestId('audit-tab-centre').click();
    const trail = page.getByTestId('centre-audit');
    await expect(trail.locator('[data-action="intake"]').first()).toHaveText('城市系统推送登记');
    await expect(trail.locator('[data-action="intake-key-create"]').first()).toHaveText('生成城市系统凭据');
    await expect(trail.locator('[data-action="intake-key-revoke"]').first()).toHaveText('吊销城市系统凭据');
    await expect(trail).toContainText('市通行证登记系统：1 条，新入队 1');
    await expect(trail).not.toContainText(FULL_NAME);
    await page.screenshot({ path: testInfo.outputPath('centre-audit-intake.png') });
  });
});
