/**
 * The gate check 卡口核验 against the real central API on loopback (issue 15, deliverable 4):
 * a registration is created and approved through the centre's push as its chief would (the
 * review screen is another part of the issue), so the centre signs its pass code; the duty
 * officer's workstation syncs the code and the centre's pass key, then checks passes at an
 * in-only checkpoint (只进不出) OFFLINE — the network is cut before the first scan. Each code
 * is typed as a USB scanner types it (a burst of keys, then Enter) into the same field, which
 * keeps focus: a genuine code is admitted with the holder's masked name; a forged one (one
 * signature character changed) is refused; an exit is flagged; a fever reading is flagged; and
 * the hourly counts agree with an independent count of the raw cache's gateChecks rows. Back
 * online, the checks reach the centre. Screenshots (zh) go to test/out/screens/.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { OFFICER_SESSION_HEADER } from '#common/auth/protocol';
import { DEMO_PIN } from '#common/demo/demoPin';
import { dayOf, startOfDay } from '#common/domain/time';
import { startCentralApi, type CentralApi } from '#server/centralApi';
import { readTable } from './support/rawCache';
import { demoOfficer } from './support/signIn';
import { openStationWorkstation, stationCode, type StationWorkstation } from './support/stationWorkstation';

const base = Number(process.env.E2E_PORT ?? 5174);
const DAY = 86_400_000;

interface CheckpointRow {
  id: string;
  gridId: string;
  name: string;
  mode: string;
  deleted: boolean;
}
interface GateCheckRow {
  id: string;
  checkpointId: string;
  result: string;
  direction: string;
  temperature: number | null;
  maskedName: string | null;
  checkedAt: number;
  deleted: boolean;
}

/** A device of the test's own, its chief signed in: pushes as the chief would. */
async function chiefDevice(request: APIRequestContext, api: CentralApi, chiefBadge: string) {
  const root = `${api.url.replace(/\/$/, '')}/api/v1`;
  const json = { 'x-gridroom-api': '1', 'content-type': 'application/json' };
  const enrolled = (await (
    await request.post(`${root}/enrol`, {
      headers: json,
      data: { enrolmentCode: stationCode(api), workstation: '通行证后台' },
    })
  ).json()) as { deviceId: string; credential: string };
  const device = { ...json, authorization: `Bearer ${enrolled.credential}` };
  const signedIn = await request.post(`${root}/auth/signin`, {
    headers: device,
    data: { badgeNo: chiefBadge, pin: DEMO_PIN },
  });
  expect(signedIn.status()).toBe(200);
  const { session, officer } = (await signedIn.json()) as { session: string; officer: { id: string } };
  let seq = 1;
  return {
    root,
    headers: { ...device, [OFFICER_SESSION_HEADER]: session },
    async push(entity: string, id: string, patch: Record<string, unknown>, baseVersion: number) {
      const reply = await request.post(`${root}/push`, {
        headers: { ...device, [OFFICER_SESSION_HEADER]: session },
        data: {
          clientId: enrolled.deviceId,
          mutations: [
            {
              clientId: enrolled.deviceId,
              seq: seq++,
              entity,
              id,
              patch,
              baseVersion,
              madeBy: officer.id,
              madeAt: Date.now(),
            },
          ],
        },
      });
      expect(reply.status()).toBe(200);
      const result = ((await reply.json()) as { results: { status: string; version: number }[] }).results[0];
      expect(result?.status).toMatch(/applied|merged/);
      return result!.version;
    },
  };
}

/** Types a code as a USB scanner does: one burst of keystrokes into the focused field, then Enter. */
async function scan(page: Page, code: string): Promise<void> {
  await expect(page.getByTestId('gate-code')).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

test.describe('gate check', () => {
  test.setTimeout(600_000);
  let api: CentralApi;
  let station: StationWorkstation | undefined;

  // A centre and a workstation of each run's own (--repeat-each runs share nothing).
  test.beforeEach(async () => {
    api = await startCentralApi({ port: 0 });
  });
  test.afterEach(async () => {
    await station?.close();
    station = undefined;
    await api?.close();
  });

  test('a genuine code is admitted offline, a forged one refused, an exit and a fever flagged, counts per hour', async ({ request }) => {
    station = await openStationWorkstation(api, { port: base + 40, officer: 'duty' });
    const { page, board } = station;
    await board.waitForBoard(240_000);

    // An in-only checkpoint of the station and its grid, from the synced cache.
    const checkpoint = (await readTable<CheckpointRow>(page, 'checkpoints'))
      .filter((c) => c.mode === 'in-only' && !c.deleted)
      .sort((a, b) => a.id.localeCompare(b.id))[0];
    if (!checkpoint) throw new Error('the demo station has no in-only checkpoint');
    const grid = (await readTable<{ id: string; code: string; name: string }>(page, 'grids')).find(
      (g) => g.id === checkpoint.gridId,
    )!;

    // The chief creates and approves a registration at the centre; the centre signs its code.
    const chief = await demoOfficer(page, 'chief');
    const device = await chiefDevice(request, api, chief.badgeNo);
    const registrationId = randomUUID();
    const now = Date.now();
    const created = await device.push(
      'passRegistrations',
      registrationId,
      {
        source: 'city-system',
        externalRef: `E2E-${registrationId.slice(0, 8)}`,
        maskedName: '陈*华',
        idMasked: '3502**********123X',
        idEnvelope: null,
        phone: '13900000001',
        claimedAddress: { address: '禾山路 18 号', building: '3', unit: '2', room: '501' },
        householdId: randomUUID(),
        gridId: checkpoint.gridId,
        householdRole: 'head',
        healthCode: 'green',
        healthCodeAt: now - 3_600_000,
        submittedAt: now - DAY,
        status: 'pending',
        reviewedBy: null,
        reviewedAt: null,
        reason: null,
        reasonNote: '',
        validFrom: now - 60_000,
        validUntil: now + 7 * DAY,
        flags: [],
      },
      0,
    );
    await device.push(
      'passRegistrations',
      registrationId,
      { status: 'approved', reviewedBy: chief.id, reviewedAt: now },
      created,
    );

    // The workstation gets the code (pull after the centre's poke) and the centre's pass key.
    let passCode = '';
    await expect
      .poll(
        async () => {
          const row = (
            await readTable<{ id: string; passCode?: string | null }>(page, 'passRegistrations')
          ).find((r) => r.id === registrationId);
          passCode = row?.passCode ?? '';
          return passCode;
        },
        { timeout: 60_000 },
      )
      .toMatch(/^GRP1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    await expect
      .poll(async () => (await readTable<{ key: string }>(page, 'meta')).some((m) => m.key === 'passKey'), {
        timeout: 60_000,
      })
      .toBe(true);

    // Where the centre's change feed stands before any check.
    const mark = (
      (await (
        await request.get(`${device.root}/pull?after=0&limit=1`, { headers: device.headers })
      ).json()) as {
        watermark: number;
      }
    ).watermark;

    // The gate tab; the network goes: everything below is verified offline.
    await page.getByRole('menuitem', { name: '卡口' }).click();
    await page.getByTestId('tab-gate').click();
    await expect(page.getByTestId('gate-panel')).toBeVisible();
    await expect(page.getByTestId('gate-key')).toHaveAttribute('data-kind', 'centre');
    await station.context.setOffline(true);
    await page.getByTestId('gate-checkpoint').click();
    await page.keyboard.type(`${checkpoint.name} · ${grid.code} ${grid.name}`);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('gate-checkpoint')).toContainText(checkpoint.name);
    await page.getByTestId('gate-direction').getByText('进', { exact: true }).click();
    // The guard puts the cursor in the code field once; from then on it keeps focus.
    await page.getByTestId('gate-code').click();

    const rows = async () =>
      (await readTable<GateCheckRow>(page, 'gateChecks')).filter(
        (c) => c.checkpointId === checkpoint.id && !c.deleted,
      );
    const earlier = new Set((await rows()).map((c) => c.id));

    // 1. Genuine, in: admitted, holder named (masked), green.
    await scan(page, passCode);
    const result = page.getByTestId('gate-result');
    await expect(result).toHaveAttribute('data-result', 'valid');
    await expect(result).toContainText('准予通行');
    await expect(page.getByTestId('gate-holder')).toHaveText('陈*华');
    await expect(page.getByTestId('gate-colour')).toHaveAttribute('data-colour', 'green');
    await expect(page.getByTestId('gate-code')).toHaveValue('');
    await expect(page.getByTestId('gate-code')).toBeFocused();
    await page.screenshot({ path: 'test/out/screens/gate-valid.png' });

    // 2. Forged: one signature character changed; the field kept focus, the next scan goes straight in.
    const last = passCode.at(-2) === 'A' ? 'B' : 'A';
    const forged = `${passCode.slice(0, -2)}${last}${passCode.at(-1)}`;
    let checkId = await result.getAttribute('data-check-id');
    await scan(page, forged);
    await expect(result).not.toHaveAttribute('data-check-id', checkId ?? '');
    await expect(result).toHaveAttribute('data-result', 'forged');
    await expect(page.getByTestId('gate-result-reason')).toHaveText('通行证签名无效（伪造或被篡改）');
    await expect(result).toContainText('拒绝通行');
    await expect(result).toContainText('无法识别持证人');
    await page.screenshot({ path: 'test/out/screens/gate-forged.png' });

    // 3. Exit at the in-only checkpoint: flagged.
    await page.getByTestId('gate-direction').getByText('出', { exact: true }).click();
    checkId = await result.getAttribute('data-check-id');
    await scan(page, passCode);
    await expect(result).not.toHaveAttribute('data-check-id', checkId ?? '');
    await expect(result).toHaveAttribute('data-result', 'exit-at-in-only');
    await expect(page.getByTestId('gate-result-reason')).toHaveText('只进不出卡口：禁止外出');
    await page.screenshot({ path: 'test/out/screens/gate-exit.png' });

    // 4. A fever reading: typed first, Enter moves to the code field; the pass is genuine but flagged.
    await page.getByTestId('gate-direction').getByText('进', { exact: true }).click();
    await page.getByTestId('gate-temperature').fill('38.2');
    await page.getByTestId('gate-temperature').press('Enter');
    checkId = await result.getAttribute('data-check-id');
    await scan(page, passCode);
    await expect(result).not.toHaveAttribute('data-check-id', checkId ?? '');
    await expect(result).toHaveAttribute('data-fever', 'true');
    await expect(result).toHaveAttribute('data-result', 'valid');
    await expect(page.getByTestId('gate-fever')).toHaveText('发热 38.2 °C（≥ 37.3 °C）');
    await expect(result).toContainText('拒绝通行');
    await expect(page.getByTestId('gate-temperature')).toHaveValue('');

    // Every check is a gateChecks row; the hourly counts agree with an independent count of
    // all of today's rows at the checkpoint (the demo data may hold some of its own).
    await expect.poll(async () => (await rows()).filter((c) => !earlier.has(c.id)).length).toBe(4);
    const mine = (await rows()).filter((c) => !earlier.has(c.id));
    expect(mine.map((c) => c.result).sort()).toEqual(['exit-at-in-only', 'forged', 'valid', 'valid']);
    expect(mine.find((c) => c.result === 'forged')?.maskedName).toBeNull();
    expect(mine.filter((c) => c.maskedName === '陈*华')).toHaveLength(3);
    const dayStart = startOfDay(dayOf(Date.now()));
    const checks = (await rows()).filter((c) => c.checkedAt >= dayStart && c.checkedAt < dayStart + DAY);
    const hourOf = (ms: number) =>
      Number(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Asia/Shanghai',
          hour: '2-digit',
          hourCycle: 'h23',
        }).format(ms),
      );
    const row = page.locator(`[data-testid="gate-count-row"][data-checkpoint-id="${checkpoint.id}"]`);
    await expect(row.getByTestId('gate-count-total')).toHaveText(String(checks.length));
    await expect(row.getByTestId('gate-count-refused')).toHaveText(
      String(checks.filter((c) => c.result !== 'valid').length),
    );
    await expect(row.getByTestId('gate-count-fever')).toHaveText(
      String(checks.filter((c) => (c.temperature ?? 0) >= 37.3).length),
    );
    await expect(row.getByTestId('gate-count-exit')).toContainText(
      String(checks.filter((c) => c.result === 'exit-at-in-only').length),
    );
    await expect(row.getByTestId('gate-count-exit')).toContainText('⚑');
    for (const hour of new Set(checks.map((c) => hourOf(c.checkedAt))))
      await expect(row.locator(`[data-testid="gate-count-cell"][data-hour="${hour}"]`)).toHaveAttribute(
        'data-checks',
        String(checks.filter((c) => hourOf(c.checkedAt) === hour).length),
      );
    await page.getByTestId('gate-counts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/out/screens/gate-counts.png', fullPage: true });

    // Back online: the checks reach the centre (synced like any change).
    await station.context.setOffline(false);
    await page.getByTestId('sync-now').click();
    await expect
      .poll(
        async () => {
          const pulled = await request.get(`${device.root}/pull?after=${mark}&limit=5000`, {
            headers: device.headers,
          });
          const body = (await pulled.json()) as {
            changes: { entity: string; row: { checkpointId?: string } }[];
          };
          return body.changes.filter((c) => c.entity === 'gateChecks' && c.row.checkpointId === checkpoint.id)
            .length;
        },
        { timeout: 60_000 },
      )
      .toBe(4);
  });
});
