/**
 * Fast visit entry in the real app: 100 visits entered by keyboard (address, Enter, 1, Enter)
 * on the station demo data in a fresh context. The app brackets each save with the
 * `visit:save` performance measure (writeLocalChange: row + outbox + audit + aggregates in one
 * transaction); its p95 is compared with a raw IndexedDB put of the same visit rows, in the
 * same page and run (Dexie's put is a thin wrapper over it).
 */
import type { Page } from '@playwright/test';
import type { BenchResult } from './results';
import { newAppContext, waitForBoardReady } from './appContext';
import { p95, percentile } from './percentile';

const VISITS = 100;

const ms = (x: number) => Math.round(x * 10) / 10;

/** Unique addresses of households in the screen's campaign, read straight from IndexedDB. */
async function addresses(page: Page, campaignId: string, n: number): Promise<string[]> {
  return page.evaluate(
    ([id, count]) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('gridroom');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['campaigns', 'households'], 'readonly');
          const c = tx.objectStore('campaigns').get(id);
          const h = tx.objectStore('households').getAll();
          tx.oncomplete = () => {
            db.close();
            const targets = new Set((c.result as { targetGridIds: string[] }).targetGridIds);
            const seen = new Map<string, number>();
            const rows = (h.result as { gridId: string; address: string }[]).filter((r) =>
              targets.has(r.gridId),
            );
            for (const r of rows) seen.set(r.address, (seen.get(r.address) ?? 0) + 1);
            resolve(
              rows
                .filter((r) => seen.get(r.address) === 1)
                .slice(0, count)
                .map((r) => r.address),
            );
          };
        };
      }),
    [campaignId, n] as const,
  );
}

/** Puts copies of the visits just saved (new ids) with raw IndexedDB, timing each put. */
async function rawPuts(page: Page, n: number): Promise<number[]> {
  return page.evaluate(
    (count) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('gridroom');
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          const rows = await new Promise<Record<string, unknown>[]>((res) => {
            const req = db.transaction('visits', 'readonly').objectStore('visits').getAll(null, count);
            req.onsuccess = () => res(req.result as Record<string, unknown>[]);
          });
          const times: number[] = [];
          for (const row of rows) {
            const t0 = performance.now();
            await new Promise<void>((res, rej) => {
              const tx = db.transaction('visits', 'readwrite');
              tx.objectStore('visits').put({ ...row, id: crypto.randomUUID() });
              tx.oncomplete = () => res();
              tx.onerror = () => rej(tx.error);
            });
            times.push(performance.now() - t0);
          }
          db.close();
          resolve(times);
        };
      }),
    n,
  );
}

export async function runVisitEntryBench(appUrl: string): Promise<BenchResult[]> {
  const context = await newAppContext();
  const page = await context.newPage();
  await page.goto(`${appUrl}/?demo=station`);
  await waitForBoardReady(page, 600_000);
  await page.goto(`${appUrl}/#/sweeps`);
  const address = page.getByTestId('visit-address');
  await page.getByTestId('visit-entry').getByText('户可选').waitFor({ timeout: 120_000 });
  const campaignId = String(await page.getByTestId('sweeps-screen').getAttribute('data-campaign-id'));
  const list = await addresses(page, campaignId, VISITS);
  await address.focus();
  await page.getByTestId('visit-team').fill('基准一组');
  await address.focus();
  for (const [i, text] of list.entries()) {
    await page.keyboard.type(text);
    await page.getByTestId('address-matches').locator('[aria-selected="true"]').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="visit-session-count"][data-count="${i + 1}"]`);
  }
  const saves = await page.evaluate(() => performance.getEntriesByName('visit:save').map((e) => e.duration));
  const raw = await rawPuts(page, saves.length);
  await context.close();
  const value = p95(saves);
  const baseline = p95(raw);
  return [
    {
      name: 'workflow.visit.save.p95',
      value: Math.round(value * 100) / 100,
      unit: 'ms',
      baseline: Math.round(baseline * 100) / 100,
      ratio: value / baseline,
      target: '< 16.7 ms',
      note: `${saves.length} keyboard visits, station demo; p50 ${ms(percentile(saves, 0.5))} ms, max ${ms(Math.max(...saves))} ms (baseline p50 ${ms(percentile(raw, 0.5))} ms); baseline: raw IndexedDB put of the same rows`,
    },
  ];
}
