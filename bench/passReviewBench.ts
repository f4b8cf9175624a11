/**
 * The review queue at district size: 5,000 pending registrations (green codes at district
 * households, oldest first) put into the district demo cache, then 100 approvals by keyboard
 * (A) on the 通行证审核 screen. The app brackets each approval with the `epass:approve` mark
 * and the `epass:review:next` measure, ending at the animation frame that paints the next
 * registration; between approvals the bench waits for the write and the window's re-read to
 * finish (the queue's `data-in-flight` back to 0), as an officer reading the next one would.
 * Baseline, in the same page and run: a raw IndexedDB read of the next pending row through the
 * same `[status+submittedAt]` index (what a screen cannot do without).
 */
import type { Page } from '@playwright/test';
import type { BenchResult } from './results';
import { newAppContext, waitForBoardReady } from './appContext';
import { p95, percentile } from './percentile';

const PENDING = 5_000;
const APPROVALS = 100;

const ms = (x: number): number => Math.round(x * 10) / 10;

/** Puts `n` pending registrations at households spread over the district, in one transaction. */
async function seedPending(page: Page, n: number): Promise<number> {
  return page.evaluate(
    (count) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gridroom');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction(['households', 'stations'], 'readonly');
          const households = read.objectStore('households').getAll(null, count * 8);
          const stations = read.objectStore('stations').getAll();
          read.oncomplete = () => {
            const stationId = (stations.result as { id: string }[])[0]?.id;
            const pool = (
              households.result as { id: string; gridId: string; address: string; deleted: boolean }[]
            ).filter((h) => !h.deleted);
            if (!stationId || pool.length === 0) return reject(new Error('no district cache'));
            const base = Date.now() - 30 * 86_400_000;
            const write = db.transaction('passRegistrations', 'readwrite');
            const store = write.objectStore('passRegistrations');
            for (let i = 0; i < count; i++) {
              const h = pool[(i * 7) % pool.length]!;
              const tail = String(i % 10_000).padStart(4, '0');
              const at = base + i * 1_000;
              store.put({
                id: crypto.randomUUID(),
                stationId,
                version: 1,
                updatedAt: at,
                updatedBy: 'system',
                deleted: false,
                source: 'city-system',
                externalRef: `BENCH-${i}`,
                maskedName: '林*华',
                idMasked: `3502**********${tail}`,
                idEnvelope: null,
                phone: `139${tail}${tail}`,
                claimedAddress: { address: h.address, building: '', unit: '', room: '' },
                householdId: h.id,
                gridId: h.gridId,
                householdRole: 'member',
                healthCode: 'green',
                healthCodeAt: at,
                submittedAt: at,
                status: 'pending',
                reviewedBy: null,
                reviewedAt: null,
                reason: null,
                reasonNote: '',
                validFrom: at,
                validUntil: at + 7 * 86_400_000,
                flags: [],
              });
            }
            write.oncomplete = () => {
              db.close();
              resolve(count);
            };
            write.onerror = () => reject(write.error);
          };
        };
      }),
    n,
  );
}

/** Raw IndexedDB: the oldest pending row through the `[status+submittedAt]` index, timed, `n` times. */
async function rawNextReads(page: Page, n: number): Promise<number[]> {
  return page.evaluate(
    (count) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('gridroom');
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          const times: number[] = [];
          for (let i = 0; i < count; i++) {
            const t0 = performance.now();
            await new Promise<void>((res, rej) => {
              const index = db
                .transaction('passRegistrations', 'readonly')
                .objectStore('passRegistrations')
                .index('[status+submittedAt]');
              const req = index.openCursor(IDBKeyRange.bound(['pending', -Infinity], ['pending', Infinity]));
              req.onsuccess = () => res();
              req.onerror = () => rej(req.error);
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

export async function runPassReviewBench(appUrl: string): Promise<BenchResult[]> {
  const context = await newAppContext({ width: 1600, height: 900 });
  const page = await context.newPage();
  await page.goto(`${appUrl}/?demo=district`);
  await waitForBoardReady(page, 900_000);
  await seedPending(page, PENDING);
  await page.goto(`${appUrl}/#/passes`);
  const queue = page.getByTestId('review-queue');
  await queue.waitFor({ timeout: 120_000 });
  await page.waitForSelector(`[data-testid="review-queue"][data-pending="${PENDING}"]`, { timeout: 120_000 });
  await page.getByTestId('review-current').waitFor();
  await queue.focus();
  for (let i = 0; i < APPROVALS; i++) {
    await page.keyboard.press('a');
    await page.waitForFunction((n) => performance.getEntriesByName('epass:review:next').length >= n, i + 1, {
      polling: 'raf',
    });
    await page.waitForSelector(
      `[data-testid="review-queue"][data-pending="${PENDING - i - 1}"][data-in-flight="0"]`,
      { timeout: 30_000 },
    );
  }
  const next = await page.evaluate(() =>
    performance.getEntriesByName('epass:review:next').map((e) => e.duration),
  );
  const raw = await rawNextReads(page, APPROVALS);
  await context.close();
  const value = p95(next);
  const baseline = p95(raw);
  return [
    {
      name: 'epass.review.next.p95',
      value: Math.round(value * 100) / 100,
      unit: 'ms',
      baseline: Math.round(baseline * 100) / 100,
      ratio: value / baseline,
      target: '≤ 50 ms',
      note: `${next.length} keyboard approvals (p50 ${ms(percentile(next, 0.5))} ms, max ${ms(Math.max(...next))} ms), ${PENDING} pending, district demo; to the frame that paints the next; baseline: raw IndexedDB read of the next pending row`,
    },
  ];
}
