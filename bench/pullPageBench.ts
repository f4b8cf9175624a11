/**
 * Central API pull page: GET /api/v1/pull?after=…&limit=5000 through the real app on loopback
 * HTTP (device authentication with an enrolled device's credential, the route, the reply read
 * to its last byte by a node:http client) from a station holding ≈100,000 records
 * (bench/dataset100k.ts), on PGlite (`sync.pull.page.pglite`) and, when DATABASE_URL is set,
 * PostgreSQL (`sync.pull.page.postgres`, in a throwaway schema). Pages at 10 cursors spread
 * over the station's change seqs, twice round; value = p50, p95 in the note. Baseline, same
 * run and database, interleaved page by page: the same 5,000 rows' jsonb text read raw
 * (`SELECT data::text … ORDER BY change_seq LIMIT 5000` along records_station_seq, bitmap scans
 * and sorts off so the plan is the index scan however fresh the statistics are), so the ratio
 * says what the route adds to the database's own read. Run alone with
 * `npx tsx bench/pullPageBench.ts`.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { pathToFileURL } from 'node:url';
import type { DemoDataset } from '#common/demo';
import { API_VERSION, API_VERSION_HEADER, pullReplySchema, type EnrolReply } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/database';
import { seedStation } from '#server/seed/seedStation';
import { onBenchDatabases, type BenchDatabase } from './benchDatabases';
import { dataset100k } from './dataset100k';
import { printTable, type BenchResult } from './results';
import { percentile } from './percentile';

const PAGE = 5000;
const CURSORS = 10;
const ROUNDS = 2;
const NOW = Date.UTC(2022, 8, 30, 2, 30);
const log = (message: string) => console.error(`[pull page bench] ${message}`);

/** GET over loopback; resolves when the body's last byte has arrived. */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ ms: number; status: number; body: Buffer }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          ms: performance.now() - started,
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The baseline: the same rows' jsonb text, read raw along the (station_id, change_seq) index. */
async function rawPage(db: Database, stationId: string, after: number): Promise<number> {
  const started = performance.now();
  const rows = await db.transaction(async (tx) => {
    await tx.query(
      "SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true)",
    );
    const { rows } = await tx.query<{ data: string }>(
      'SELECT data::text AS data FROM records WHERE station_id = $1 AND change_seq > $2 ORDER BY change_seq LIMIT $3',
      [stationId, after, PAGE],
    );
    return rows;
  });
  const ms = performance.now() - started;
  if (rows.length !== PAGE) throw new Error(`baseline read ${rows.length} rows`);
  return ms;
}

async function measure(db: Database, dataset: DemoDataset, on: BenchDatabase): Promise<BenchResult> {
  const code = `BENCH-${randomBytes(4).toString('hex').toUpperCase()}`;
  const seeded = performance.now();
  const report = await seedStation(db, dataset, code, NOW);
  log(`${on.kind}: seeded ${report.rows} rows in ${Math.round(performance.now() - seeded)} ms`);
  const stationId = dataset.station.id;
  const app = await buildApp({ db, logger: false });
  try {
    const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    const version = { [API_VERSION_HEADER]: String(API_VERSION) };
    const enrol = await app.inject({
      method: 'POST',
      url: '/api/v1/enrol',
      headers: { ...version, 'content-type': 'application/json' },
      payload: { enrolmentCode: code, workstation: 'bench' },
    });
    if (enrol.statusCode !== 200) throw new Error(`enrol failed: ${enrol.statusCode} ${enrol.body}`);
    const auth = { ...version, authorization: `Bearer ${enrol.json<EnrolReply>().credential}` };
    const { rows } = await db.query<{ first: number; n: number }>(
      'SELECT MIN(change_seq)::int8 AS first, COUNT(*)::int8 AS n FROM records WHERE station_id = $1',
      [stationId],
    );
    const first = rows[0]?.first ?? 1;
    const n = rows[0]?.n ?? 0;
    // Cursors from the start of the station's changes to one full page before its end.
    const cursors = Array.from(
      { length: CURSORS },
      (_, k) => first - 1 + Math.round((k * (n - PAGE)) / (CURSORS - 1)),
    );
    const pull = async (after: number) => {
      const r = await get(`${base}/api/v1/pull?after=${after}&limit=${PAGE}`, auth);
      if (r.status !== 200) throw new Error(`pull failed: ${r.status} ${r.body.toString()}`);
      return r;
    };
    // Warm-up, and a check (untimed) that a page is a whole PullReply of 5,000 changes.
    const warm = await pull(cursors[0] ?? 0);
    const reply = pullReplySchema.parse(JSON.parse(warm.body.toString('utf8')));
    if (reply.changes.length !== PAGE || !reply.hasMore) throw new Error('a full page was expected');
    await rawPage(db, stationId, cursors[0] ?? 0);
    const route: number[] = [];
    const raw: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++)
      for (const after of cursors) {
        const r = await pull(after);
        route.push(r.ms);
        bytes = Math.max(bytes, r.body.length);
        raw.push(await rawPage(db, stationId, after));
      }
    const p50 = percentile(route, 0.5);
    const rawP50 = percentile(raw, 0.5);
    log(`${on.kind}: route ${route.map(Math.round).join(' ')} ms; raw ${raw.map(Math.round).join(' ')} ms`);
    return {
      name: `sync.pull.page.${on.kind}`,
      value: Math.round(p50),
      unit: 'ms',
      baseline: Math.round(rawP50),
      ratio: p50 / rawP50,
      target: '≤ 150 ms',
      note: `p50 of ${route.length} pages of ${PAGE} rows (≤ ${(bytes / 1e6).toFixed(1)} MB) at ${CURSORS} cursors over ${report.rows} records, GET /api/v1/pull on loopback HTTP; p95 ${Math.round(percentile(route, 0.95))} ms (baseline p95 ${Math.round(percentile(raw, 0.95))} ms); baseline: SELECT data::text of the same rows along the index; ${on.where}`,
    };
  } finally {
    await app.close();
  }
}

export async function runPullPageBench(): Promise<BenchResult[]> {
  const dataset = await dataset100k(NOW);
  return onBenchDatabases((db, on) => measure(db, dataset, on));
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  runPullPageBench().then(printTable, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
