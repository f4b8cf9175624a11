/**
 * Sync figures against the real central API on loopback (in-memory PGlite) in Chromium:
 *   sync.initial.100k   first run of the app: enrol + initial sync of ≈100,000 records into
 *                       IndexedDB (marks central:sync-start → central:sync-done), against a raw
 *                       Dexie bulkPut of the same rows, pulled beforehand, in the same browser
 *   sync.memory.100k    peak RSS of the renderer processes during that sync, against before it
 *   sync.latency.p50/95 a change written on workstation A until it is in B's cache, against two
 *                       plain API round trips from the page (the network + server floor)
 *   sync.localwrite.p95 writeLocalChange (row + outbox + audit + aggregates in one transaction)
 *                       against a raw Dexie put of the same row
 */
import type { Browser, Page } from '@playwright/test';
import { generateDemoData } from '../common/demo';
import { buildApp } from '../server/app';
import { openDatabase } from '../server/db/openDatabase';
import { seedStation } from '../server/seed/seedStation';
import { startRendererServer } from '../scripts/rendererServer';
import { samplePeak, rendererRssMb } from './rendererMemory';
import type { BenchResult } from './results';

const CODE = 'BENCH-100K';
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

async function startApiWith100k(now: number) {
  const db = await openDatabase({});
  const d = await generateDemoData({ size: 'district', now });
  const dataset = { ...d, households: d.households.slice(0, 95_000), visits: [], findings: [], incidents: d.incidents.slice(0, 3_500) };
  const report = await seedStation(db, dataset, CODE, now);
  const app = await buildApp({ db, logger: false });
  const url = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  return { url, rows: report.rows, close: async () => (await app.close(), await db.close()) };
}

async function openWorkstation(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __gridroomTest: object }).__gridroomTest = {};
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('board:ready').length > 0, undefined, { timeout: 900_000, polling: 200 });
  return page;
}

export async function runSyncBench(browser: Browser): Promise<BenchResult[]> {
  const now = Date.now();
  const api = await startApiWith100k(now);
  const web = await startRendererServer({ root: 'dist/renderer', port: 5183, apiTarget: api.url, runtimeConfig: { apiUrl: 'same-origin', enrolmentCode: CODE } });
  const harness = await startRendererServer({ root: 'dist/bench', port: 5184, apiTarget: api.url });
  const results: BenchResult[] = [];
  try {
    // Baseline first: raw bulkPut of the same rows, in its own context.
    const rawContext = await browser.newContext();
    const rawPage = await rawContext.newPage();
    await rawPage.goto(harness.url);
    await rawPage.waitForSelector('body[data-ready="1"]', { state: 'attached' });
    type Raw = { ms: number; rows: number };
    const raw = await rawPage.evaluate((code) => (window as unknown as { bench: { rawBulkPutFromApi(c: string, n: string): Promise<Raw> } }).bench.rawBulkPutFromApi(code, 'bench-raw-sync'), CODE);
    await rawContext.close();

    const idleMb = rendererRssMb();
    const memory = samplePeak();
    const a = await openWorkstation(browser, web.url);
    const peakMb = memory.stop();
    const syncMs = await a.evaluate(() => {
      const m = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return m('central:sync-done') - m('central:sync-start');
    });
    results.push(
      { name: 'sync.initial.100k', value: Math.round(syncMs), unit: 'ms', baseline: Math.round(raw.ms), ratio: syncMs / raw.ms, target: 'ratio ≤ 1.25', note: `${raw.rows} rows; enrol + pull pages + validate + write + aggregates` },
      { name: 'sync.memory.100k', value: Math.round(peakMb), unit: 'MB', baseline: Math.round(idleMb), ratio: peakMb / Math.max(1, idleMb), target: 'bounded (pages of 5,000)', note: 'peak RSS of renderer processes during the sync vs before' },
    );

    const b = await openWorkstation(browser, web.url);
    const ids: string[] = await a.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const req = indexedDB.open('gridroom');
          req.onsuccess = () => {
            const get = req.result.transaction('incidents').objectStore('incidents').getAllKeys(undefined, 40);
            get.onsuccess = () => resolve(get.result.map(String));
          };
        }),
    );
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const id = ids[i % ids.length] ?? '';
      const text = `延迟测试 ${i} ${Date.now()}`;
      const waiting = b.evaluate(
        ([rowId, value]) =>
          new Promise<number>((resolve) => {
            const started = performance.now();
            const poll = () => {
              const req = indexedDB.open('gridroom');
              req.onsuccess = () => {
                const get = req.result.transaction('incidents').objectStore('incidents').get(rowId as string);
                get.onsuccess = () => {
                  req.result.close();
                  if ((get.result as { description?: string } | undefined)?.description === value) resolve(performance.now() - started);
                  else setTimeout(poll, 5);
                };
              };
            };
            poll();
          }),
        [id, text] as const,
      );
      const t0 = Date.now();
      await a.evaluate(([rowId, value]) => (window as unknown as { __gridroomTest: { write(e: string, i: string, p: object): Promise<unknown> } }).__gridroomTest.write('incidents', rowId as string, { description: value }), [id, text] as const);
      await waiting;
      latencies.push(Date.now() - t0);
    }
    const floor = await b.evaluate(async () => {
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await fetch('/api/v1/health', { headers: { 'x-gridroom-api': '1' } });
        await fetch('/api/v1/health', { headers: { 'x-gridroom-api': '1' } });
        times.push(performance.now() - t);
      }
      return times.sort((x, y) => x - y)[5] ?? NaN;
    });
    const p50 = percentile(latencies, 0.5);
    const p95 = percentile(latencies, 0.95);
    results.push(
      { name: 'sync.latency.p50', value: Math.round(p50), unit: 'ms', baseline: Math.round(floor), ratio: p50 / floor, target: '≤ 150 ms', note: '20 edits on A until in B’s cache; baseline: two loopback API round trips' },
      { name: 'sync.latency.p95', value: Math.round(p95), unit: 'ms', baseline: Math.round(floor), ratio: p95 / floor, target: '≤ 500 ms', note: 'same run' },
    );

    const writes = await a.evaluate(async (rowIds) => {
      type Bridge = { write(e: string, i: string, p: object): Promise<unknown>; db: { table(n: string): { get(k: string): Promise<object>; put(r: object): Promise<unknown> } } };
      const bridge = (window as unknown as { __gridroomTest: Bridge }).__gridroomTest;
      const app: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < 200; i++) {
        const id = rowIds[i % rowIds.length] ?? '';
        let t = performance.now();
        await bridge.write('incidents', id, { description: `本地写入 ${i}` });
        app.push(performance.now() - t);
        const row = await bridge.db.table('incidents').get(id);
        t = performance.now();
        await bridge.db.table('incidents').put({ ...row, description: `直接写入 ${i}` });
        raw.push(performance.now() - t);
      }
      const p95 = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * 0.95)] ?? NaN;
      return { app: p95(app), raw: p95(raw) };
    }, ids);
    results.push({ name: 'sync.localwrite.p95', value: Number(writes.app.toFixed(1)), unit: 'ms', baseline: Number(writes.raw.toFixed(1)), ratio: writes.app / writes.raw, target: '≤ 16 ms', note: '200 writes with outbox + audit; baseline raw Dexie put' });
    await a.context().close();
    await b.context().close();
  } finally {
    await web.close();
    await harness.close();
    await api.close();
  }
  return results;
}
