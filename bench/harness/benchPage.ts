/**
 * Bench page (built by bench/run.ts, never shipped): exposes timed operations on real
 * IndexedDB for the runner to call — the app's demo load (worker: generate + chunked write +
 * aggregates) and, as its baseline, a raw Dexie bulkPut of the very same rows.
 */
import { Dexie } from 'dexie';
import { generateDemoData } from '../../common/demo';
import { GridroomDb } from '../../renderer/db/database';
import { loadDemoData } from '../../renderer/db/loadDemoData';

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
document.body.dataset.ready = '1';
