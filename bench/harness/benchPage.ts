/**
 * Bench page (built by bench/run.ts, never shipped): exposes timed operations on real
 * IndexedDB for the runner to call — the app's demo load (worker: generate + chunked write +
 * aggregates) and, as its baseline, a raw Dexie bulkPut of the very same rows.
 */
import { Dexie } from 'dexie';
import { generateDemoData } from '#common/demo';
import { GridroomDb } from '#renderer/db/database';
import { loadDemoData } from '#renderer/db/loadDemoData';
import { signInOffline } from './signInBenchPage';

type Size = 'station' | 'district';

async function appLoad(size: Size, now: number, dbName: string, concurrency: number) {
  await Dexie.delete(dbName);
  const started = performance.now();
  const done = await loadDemoData({ size, now, dbName, concurrency });
  return { ms: performance.now() - started, generatedMs: done.generatedMs };
}

async function rawBulkPut(size: Size, now: number, dbName: string) {
  await Dexie.delete(dbName);
  const { station, ...rest } = await generateDemoData({ size, now });
  const data: Record<string, unknown[]> = { stations: [station], ...rest };
  const rows = Object.values(data).reduce((n, r) => n + r.length, 0);
  const db = new GridroomDb(dbName);
  await db.open();
  const started = performance.now();
  for (const [table, list] of Object.entries(data)) await db.table(table).bulkPut(list);
  const ms = performance.now() - started;
  db.close();
  return { ms, rows };
}

(window as unknown as { bench: object }).bench = {
  appLoad,
  rawBulkPut,
  deleteDb: (n: string) => Dexie.delete(n),
};

/**
 * Baseline of the initial-sync bench: enrol, pull every page of the station from the API on
 * this origin (not timed), then time a raw Dexie bulkPut of exactly those rows per table.
 */
async function rawBulkPutFromApi(enrolmentCode: string, dbName: string) {
  const headers = { 'x-gridroom-api': '1', 'content-type': 'application/json' };
  const enrol = (await (
    await fetch('/api/v1/enrol', {
      method: 'POST',
      headers,
      body: JSON.stringify({ enrolmentCode, workstation: 'bench-raw' }),
    })
  ).json()) as { credential: string };
  const auth = { ...headers, authorization: `Bearer ${enrol.credential}` };
  const byTable = new Map<string, unknown[]>();
  let after = 0;
  for (;;) {
    const page = (await (
      await fetch(`/api/v1/pull?after=${after}&limit=5000`, { headers: auth })
    ).json()) as {
      changes: Array<{ entity: string; row: unknown }>;
      nextCursor: number;
      hasMore: boolean;
    };
    for (const c of page.changes) {
      const list = byTable.get(c.entity) ?? [];
      list.push(c.row);
      byTable.set(c.entity, list);
    }
    after = page.nextCursor;
    if (!page.hasMore) break;
  }
  await Dexie.delete(dbName);
  const db = new GridroomDb(dbName);
  await db.open();
  const started = performance.now();
  for (const [table, rows] of byTable) await db.table(table).bulkPut(rows);
  const ms = performance.now() - started;
  db.close();
  return { ms, rows: [...byTable.values()].reduce((n, r) => n + r.length, 0) };
}

(window as unknown as { bench: Record<string, unknown> }).bench.rawBulkPutFromApi = rawBulkPutFromApi;
(window as unknown as { bench: Record<string, unknown> }).bench.signInOffline = signInOffline;
document.body.dataset.ready = '1';

/** `epass.fusion.district`: the district's rows to the fusion bench worker, which times them. */
async function fusionDistrict(now: number) {
  const { fusionBenchInput } = await import('./fusionBenchData');
  const input = await fusionBenchInput(now);
  const worker = new Worker(new URL('./fusionBench.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(input);
    });
  } finally {
    worker.terminate();
  }
}
(window as unknown as { bench: Record<string, unknown> }).bench.fusionDistrict = fusionDistrict;

/** Issue 16's packed-block question: per-row against three block encodings (packedBlocks.ts). */
async function packedBlocks(now: number) {
  const { packedBlocksBench } = await import('./packedBlocks');
  return packedBlocksBench(now);
}
(window as unknown as { bench: Record<string, unknown> }).bench.packedBlocks = packedBlocks;

/** Issue 16's packed store on an initial sync's path, against the per-row table (packedStore.ts). */
async function packedStore(now: number) {
  const { packedStoreBench } = await import('./packedStore');
  return packedStoreBench(now);
}
(window as unknown as { bench: Record<string, unknown> }).bench.packedStore = packedStore;
