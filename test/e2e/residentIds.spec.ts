/**
 * Residents' IDs end to end, two workstations against the real central API on loopback: on
 * first run each caches the centre's public key; each officer records a visit at a different
 * address and finds the same person there (same ID number). The centre opens both envelopes,
 * matches them, and sync brings back to both workstations rows without envelopes whose list
 * says 另见于 1 处地址. Neither cache ever holds the number or its birth date.
 */
import { expect, test, type Page } from '@playwright/test';
import { residentIdCheckChar } from '#common/domain/residentId';
import { openTwoWorkstations, type TwoWorkstations, type Workstation } from './support/twoWorkstations';
import { readTable } from './support/rawCache';
import { uncoveredHouseholds, type HouseholdRow } from './support/uncoveredHouseholds';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

interface Finding {
  id: string;
  visitId: string;
  idMasked: string;
  idEnvelope?: unknown;
  idSeen?: { findings: number; addresses: number } | null;
}

const first17 = '35020619790823561';
const PERSON = first17 + residentIdCheckChar(first17);

let station: TwoWorkstations | undefined;
let ws: Workstation[] = [];

test.beforeAll(async () => {
  station = await openTwoWorkstations(5312);
  ws = station.ws;
});
test.afterAll(async () => {
  await station?.close();
});

async function visitAndFind(page: Page, household: HouseholdRow): Promise<void> {
  await page.getByRole('menuitem', { name: '摸排' }).click();
  const address = page.getByTestId('visit-address');
  await expect(address).toBeFocused();
  await page.keyboard.type(household.address);
  await expect(page.getByTestId('address-matches').locator('[aria-selected="true"]')).toHaveAttribute(
    'data-household-id',
    household.id,
  );
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  await page.keyboard.type('敲门二组');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('visit-session-count')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('finding-no-key')).toHaveCount(0);
  await page.getByTestId('finding-name').fill('陈晓东');
  await page.getByTestId('finding-resident-id').fill(PERSON);
  await page.getByTestId('finding-save').click();
  await expect(page.getByText('已登记 陈*东')).toBeVisible();
}

test('each workstation caches the centre key; the same person found at two addresses is matched at the centre', async () => {
  for (const w of ws) {
    await w.board.waitForBoard(150_000);
    await expect
      .poll(
        async () => (await readTable<{ key: string }>(w.page, 'meta')).some((m) => m.key === 'identityKey'),
        { timeout: 30_000 },
      )
      .toBe(true);
  }
  const [A, B] = ws as [Workstation, Workstation];
  const { households } = await uncoveredHouseholds(A.page);
  expect(households.length).toBeGreaterThan(2);
  await visitAndFind(A.page, households[0]!);
  await visitAndFind(B.page, households[1]!);

  for (const w of ws) {
    await expect
      .poll(
        async () => {
          const mine = (await readTable<Finding>(w.page, 'findings')).filter(
            (f) => f.idMasked === `3502**********${PERSON.slice(14)}`,
          );
          return mine.map((f) => [f.idSeen ?? null, f.idEnvelope ?? null]);
        },
        { timeout: 60_000 },
      )
      .toEqual([
        [{ findings: 2, addresses: 2 }, null],
        [{ findings: 2, addresses: 2 }, null],
      ]);
    await w.page.getByRole('tab', { name: '发现人员' }).click();
    await expect(w.page.locator('.finding-row').first().getByTestId('finding-id-seen')).toHaveText(
      '另见于 1 处地址',
    );
    for (const table of ['findings', 'outbox', 'audit', 'meta']) {
      const text = JSON.stringify(await readTable(w.page, table));
      expect(text).not.toContain(PERSON);
      expect(text).not.toContain(PERSON.slice(6, 14));
    }
  }
  await A.page.screenshot({ path: 'test/out/screens/sweeps-id-seen.png' });
});
