/**
 * The chief's device screen shows each workstation's version and update (issue 17), against the
 * real central API on loopback: the chief's own workstation states its version on every sync
 * request (APP_VERSION_HEADER), so its row shows package.json's version; another workstation
 * reports a release it refused for a bad signature, and its row shows its version, 已拒绝 and the
 * reason in words. Screenshot of the device list in test-results/.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startCentralApi, type CentralApi } from '#server/centralApi';
import { openStationWorkstation, stationCode, type StationWorkstation } from './support/stationWorkstation';

const base = Number(process.env.E2E_PORT ?? 5174);
const appVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test.describe('device versions and updates on the chief’s screen', () => {
  test.setTimeout(600_000);
  let api: CentralApi;
  let station: StationWorkstation | null = null;

  test.beforeAll(async () => {
    api = await startCentralApi({ port: 0 });
  });
  test.afterAll(async () => {
    await station?.close();
    await api?.close();
  });

  test('shows the version each workstation runs and a refused update with its reason', async ({ request }, testInfo) => {
    station = await openStationWorkstation(api, { port: base + 121, officer: 'chief' });
    const { page, board } = station;
    await board.waitForBoard(240_000);

    // Another workstation, still on 0.0.9, refused the 0.1.0 release: a bad signature.
    const root = `${api.url.replace(/\/$/, '')}/api/v1`;
    const enrolled = (await (
      await request.post(`${root}/enrol`, {
        headers: { 'x-gridroom-api': '1', 'content-type': 'application/json' },
        data: { enrolmentCode: stationCode(api), workstation: '三号值班台' },
      })
    ).json()) as { deviceId: string; credential: string };
    const reported = await request.post(`${root}/updates/report`, {
      headers: { authorization: `Bearer ${enrolled.credential}`, 'x-gridroom-app-version': '0.0.9' },
      data: {
        runningVersion: '0.0.9',
        channel: 'stable',
        state: 'refused',
        offeredVersion: '0.1.0',
        refusal: 'signature-invalid',
        detail: 'the signature does not match the pinned publisher key',
      },
    });
    expect(reported.status()).toBe(200);

    await page.goto(`${station.web.url}#/admin`);
    const devices = page.getByTestId('admin-devices');
    await expect(devices).toBeVisible();
    const other = devices.locator('tr', { hasText: '三号值班台' });
    await expect(other.getByTestId('device-version')).toHaveText('0.0.9');
    await expect(other.getByTestId('device-update')).toHaveAttribute('data-state', 'refused');
    await expect(other.getByTestId('device-update')).toContainText('已拒绝');
    await expect(other.getByTestId('device-update')).toContainText('提供版本 0.1.0');
    await expect(other.getByTestId('device-update-refusal')).toHaveText('发布者签名无效');
    // this workstation said its version on its own requests
    const own = devices.locator('tr', { hasText: '本机' });
    await expect(own.getByTestId('device-version')).toHaveText(appVersion);
    await expect(own.getByTestId('device-update')).toHaveCount(0);
    await devices.screenshot({ path: testInfo.outputPath('admin-device-updates.png') });

    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect(other.getByTestId('device-update-refusal')).toHaveText(
      "the publisher's signature is invalid",
    );
    await expect(other.getByTestId('device-update')).toContainText('Refused');
    await devices.screenshot({ path: testInfo.outputPath('admin-device-updates-en.png') });
  });
});
