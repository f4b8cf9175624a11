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
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { buildApp } from '#server/app';
import { openDatabase } from '#server/db/openDatabase';
import { seedStation } from '#server/seed/seedStation';
import { waitForBoardReady } from './appContext';
import { dataset100k } from './dataset100k';
import { startRendererServer } from '#scripts/rendererServer';
import { samplePeak } from './rendererMemory';
import type { BenchResult } from './results';
import { newAppContext } from './appContext';

const CODE = 'BENCH-100K';
const log = (message: string) => console.error(`[sync bench] ${message}`);
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

/** The central API on PostgreSQL (a throwaway schema) where DATABASE_URL is set, else PGlite in memory. */
async function startApiWith100k(now: number) {
  const url = process.env.DATABASE_URL;
  const schema = `bench_sync_${randomBytes(4).toString('hex')}`;
  const db = await openDatabase(url ? { databaseUrl: url, schema } : {});
  const dataset = await dataset100k(now);
  const report = await seedStation(db, dataset, CODE, now);
  const app = await buildApp({ db, logger: false });
  const listening = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  return {
    url: listening,
    rows: report.rows,
    kind: db.kind,
    close: async () => {
      await app.close();
      if (url) await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

async function openWorkstation(url: string): Promise<Page> {
  const context = await newAppContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __gridroomTest: object }).__gridroomTest = {};
    // tsx (esbuild keepNames) wraps named functions in page.evaluate callbacks with __name().
    (globalThis as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  });
  await page.goto(url);
  await waitForBoardReady(page, 900_000);
  return page;
}

export async function runSyncBench(): Promise<BenchResult[]> {
  const now = Date.now();
  const api = await startApiWith100k(now);
  const web = await startRendererServer({
    root: 'dist/renderer',
    port: 5183,
    apiTarget: api.url,
    runtimeConfig: { apiUrl: 'same-origin', enrolmentCode: CODE },
  });
  const harness = await startRendererServer({ root: 'dist/bench', port: 5184, apiTarget: api.url });
  const results: BenchResult[] = [];
  try {
    log(`central API seeded with ${api.rows} rows`);
    // Baseline first: raw bulkPut of the same rows, in its own context.
    const rawContext = await newAppContext();
    const rawPage = await rawContext.newPage();
    await rawPage.goto(harness.url);
    await rawPage.waitForSelector('body[data-ready="1"]', { state: 'attached' });
    type Raw = { ms: number; rows: number };
    const rawMemory = samplePeak();
    const raw = await rawPage.evaluate(
      (code) =>
        (
          window as unknown as { bench: { rawBulkPutFromApi(c: string, n: string): Promise<Raw> } }
        ).bench.rawBulkPutFromApi(code, 'bench-raw-sync'),
      CODE,
    );
    const rawPeakMb = rawMemory.stop();
    await rawContext.close();
    log(`raw bulkPut baseline: ${Math.round(raw.ms)} ms for ${raw.rows} rows`);

    const memory = samplePeak();
    const a = await openWorkstation(web.url);
    const peakMb = memory.stop();
    const marks = await a.evaluate(() =>
      Object.fromEntries(
        ['central:sync-start', 'central:sync-done', 'board:data', 'board:ready'].map((name) => [
          name,
          performance.getEntriesByName(name)[0]?.startTime ?? NaN,
        ]),
      ),
    );
    log(`A marks: ${JSON.stringify(marks)}`);
    const syncMs = (marks['central:sync-done'] ?? NaN) - (marks['central:sync-start'] ?? NaN);
    results.push(
      {
        name: 'sync.initial.100k',
        value: Math.round(syncMs),
        unit: 'ms',
        baseline: Math.round(raw.ms),
        ratio: syncMs / raw.ms,
        target: 'ratio ≤ 0.5',
        note: `${raw.rows} rows from ${api.kind}; enrol + pull pages + validate + write + aggregates`,
      },
      {
        name: 'sync.memory.100k',
        value: Math.round(peakMb),
        unit: 'MB',
        baseline: Math.round(rawPeakMb),
        ratio: peakMb / Math.max(1, rawPeakMb),
        target: 'ratio ≤ 1.0',
        note: 'peak RSS of renderer processes (app, its worker) during the sync vs during the raw bulkPut',
      },
    );

    log(`workstation A synced in ${Math.round(syncMs)} ms`);
    const b = await openWorkstation(web.url);
    log('workstation B synced');
    const ids: string[] = await a.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const req = indexedDB.open('gridroom');
          req.onsuccess = () => {
            const get = req.result
              .transaction('incidents')
              .objectStore('incidents')
              .getAllKeys(undefined, 40);
            get.onsuccess = () => resolve(get.result.map(String));
          };
        }),
    );
    const latencies: number[] = [];
    const WARM_UP = 3;
    // Main-thread stalls during the edits, on each side: where a slow edit's time went.
    const observeLongTasks = () => {
      const w = window as unknown as { __benchLongTasks: number[] };
      w.__benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__benchLongTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask', buffered: false });
    };
    const longTasks = (page: Page) =>
      page.evaluate(() => (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks);
    await a.evaluate(observeLongTasks);
    await b.evaluate(observeLongTasks);
    for (let i = 0; i < 30 + WARM_UP; i++) {
      const id = ids[i % ids.length] ?? '';
      const text = `延迟测试 ${i} ${Date.now()}`;
      const waiting = b.evaluate(
        ([rowId, value]) =>
          new Promise<number>((resolve) => {
            const started = performance.now();
            // One connection for the whole wait: opening one per poll costs B's cache more
            // than the read, and competes with the sync write being waited for.
            const req = indexedDB.open('gridroom');
            req.onsuccess = () => {
              const db = req.result;
              const poll = () => {
                const get = db.transaction('incidents').objectStore('incidents').get(rowId as string);
                get.onsuccess = () => {
                  if ((get.result as { description?: string } | undefined)?.description === value) {
                    db.close();
                    resolve(performance.now() - started);
                  } else setTimeout(poll, 5);
                };
              };
              poll();
            };
          }),
        [id, text] as const,
      );
      const t0 = Date.now();
      await a.evaluate(
        ([rowId, value]) =>
          (
            window as unknown as {
              __gridroomTest: { write(e: string, i: string, p: object): Promise<unknown> };
            }
          ).__gridroomTest.write('incidents', rowId as string, { description: value }),
        [id, text] as const,
      );
      await waiting;
      if (i >= WARM_UP) latencies.push(Date.now() - t0);
    }
    const [stallsA, stallsB] = [await longTasks(a), await longTasks(b)];
    const stalls = (xs: number[]) => `${xs.length} long tasks${xs.length ? `, longest ${Math.max(...xs)} ms` : ''}`;
    log(`latency samples: ${latencies.join(', ')}`);
    log(`main-thread stalls during the edits: A ${stalls(stallsA)}; B ${stalls(stallsB)}`);
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
      {
        name: 'sync.latency.p50',
        value: Math.round(p50),
        unit: 'ms',
        baseline: Math.round(floor),
        ratio: p50 / floor,
        target: '≤ 150 ms',
        note: '30 edits on A until in B’s cache (after 3 warm-up edits); baseline: two loopback API round trips',
      },
      {
        name: 'sync.latency.p95',
        value: Math.round(p95),
        unit: 'ms',
        baseline: Math.round(floor),
        ratio: p95 / floor,
        target: '≤ 300 ms',
        note: `same run; main-thread stalls during the edits: A ${stalls(stallsA)}, B ${stalls(stallsB)}`,
      },
    );

    const writes = await a.evaluate(async (rowIds) => {
      type Bridge = {
        write(e: string, i: string, p: object): Promise<unknown>;
        db: { table(n: string): { get(k: string): Promise<object>; put(r: object): Promise<unknown> } };
      };
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
    results.push({
      name: 'sync.localwrite.p95',
      value: Number(writes.app.toFixed(1)),
      unit: 'ms',
      baseline: Number(writes.raw.toFixed(1)),
      ratio: writes.app / writes.raw,
      target: '≤ 16 ms',
      note: '200 writes with outbox + audit; baseline raw Dexie put',
    });
    await a.context().close();
    await b.context().close();
  } finally {
    await web.close();
    await harness.close();
    await api.close();
  }
  return results;
}
