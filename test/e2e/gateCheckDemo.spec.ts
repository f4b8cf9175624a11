/**
 * The gate check in demo mode (never enrolled, no centre): the panel says it trusts the demo
 * key 演示; the demo's sample button signs a code for an approved registration of the
 * checkpoint's grid (one is planted here, beside the demo's own), which is admitted with the
 * holder its code names — an approved, current registration of that grid in the cache; a code
 * with the same content as the planted one, signed by any other key, is refused as forged. Screenshot (zh) to test/out/screens/gate-demo.png.
 */
import { randomUUID } from 'node:crypto';
import { buildPassCode, decodePassPayload } from '#common/epass/passCode';
import { passPayloadOf } from '#common/epass/passPayload';
import { passRegistrationSchema } from '#common/schemas/pass';
import { putRaw, readTable } from './support/rawCache';
import { expect, test } from './support/stationFixture';

const DAY = 86_400_000;

test('demo mode: the demo key, a sample pass admitted, another key refused', async ({ station }) => {
  test.setTimeout(300_000);
  const { page } = station;
  const checkpoint = (
    await readTable<{
      id: string;
      stationId: string;
      gridId: string;
      name: string;
      mode: string;
      deleted: boolean;
    }>(page, 'checkpoints')
  )
    .filter((c) => c.mode === 'two-way' && !c.deleted)
    .sort((a, b) => a.id.localeCompare(b.id))[0];
  if (!checkpoint) throw new Error('no two-way checkpoint in the demo data');
  const now = Date.now();
  const registration = passRegistrationSchema.parse({
    id: randomUUID(),
    stationId: checkpoint.stationId,
    version: 1,
    updatedAt: now,
    updatedBy: 'system',
    deleted: false,
    source: 'demo',
    externalRef: `DEMO-${randomUUID().slice(0, 8)}`,
    maskedName: '林*芳',
    idMasked: '3502**********123X',
    idEnvelope: null,
    phone: '13900000002',
    claimedAddress: { address: '演示路 1 号', building: '1', unit: '1', room: '101' },
    householdId: randomUUID(),
    gridId: checkpoint.gridId,
    householdRole: 'tenant',
    healthCode: 'green',
    healthCodeAt: now - 3_600_000,
    submittedAt: now - DAY,
    status: 'approved',
    reviewedBy: 'system',
    reviewedAt: now - 60_000,
    reason: null,
    reasonNote: '',
    validFrom: now - 60_000,
    validUntil: now + 7 * DAY,
    flags: [],
    passCode: null,
    idPasses: null,
  });
  await putRaw(page, 'passRegistrations', registration);

  await page.getByRole('menuitem', { name: '卡口' }).click();
  await page.getByTestId('tab-gate').click();
  await expect(page.getByTestId('gate-key')).toHaveAttribute('data-kind', 'demo');
  await expect(page.getByTestId('gate-key')).toContainText('演示');
  await page.getByTestId('gate-checkpoint').click();
  await page.keyboard.type(checkpoint.name);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('gate-checkpoint')).toContainText(checkpoint.name);

  // The sample: filled in, Enter admits it.
  await page.getByTestId('gate-demo-sample').click();
  await expect(page.getByTestId('gate-code')).toHaveValue(/^GRP1\./);
  await expect(page.getByTestId('gate-code')).toBeFocused();
  const sampleCode = await page.getByTestId('gate-code').inputValue();
  await page.keyboard.press('Enter');
  const result = page.getByTestId('gate-result');
  await expect(result).toHaveAttribute('data-result', 'valid');
  // the holder is the one the sample's code names: an approved, current pass of this grid
  const sampled = decodePassPayload(Buffer.from(sampleCode.split('.')[1] ?? '', 'base64url'));
  if (!sampled) throw new Error(`the sample is not a pass code: ${sampleCode.slice(0, 12)}…`);
  const named = (
    await readTable<{
      id: string;
      gridId: string | null;
      status: string;
      maskedName: string;
      validUntil: number;
    }>(page, 'passRegistrations')
  ).find((r) => r.id === sampled.registrationId);
  expect(named).toMatchObject({
    gridId: checkpoint.gridId,
    status: 'approved',
    maskedName: sampled.maskedName,
  });
  expect(named?.validUntil).toBeGreaterThan(now);
  await expect(page.getByTestId('gate-holder')).toHaveText(sampled.maskedName);
  await page.screenshot({ path: 'test/out/screens/gate-demo.png' });

  // The same content under another key: forged.
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const payload = passPayloadOf(registration, now);
  if (!payload) throw new Error('not signable');
  const stranger = await buildPassCode(
    payload,
    async (m) => new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, m)),
  );
  const checkId = await result.getAttribute('data-check-id');
  await page.keyboard.type(stranger);
  await page.keyboard.press('Enter');
  await expect(result).not.toHaveAttribute('data-check-id', checkId ?? '');
  await expect(result).toHaveAttribute('data-result', 'forged');
});
