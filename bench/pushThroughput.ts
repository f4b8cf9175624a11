/**
 * Central API push throughput: batches of 200 incident updates pushed through the real route
 * (auth, zod validation, batch checks, one transaction with the officer/role checks, merge,
 * change seqs, results and the audit trail), made by an officer signed in at the device, on
 * PGlite (`sync.push.pglite`) and, when DATABASE_URL is set, PostgreSQL (`sync.push.postgres`,
 * in a throwaway schema). Baseline, same run and database: a raw multi-row INSERT of the same
 * rows (same batch size, as jsonb) into a plain table. value/baseline are mutations per second;
 * ratio = push rate ÷ raw-insert rate (= raw time ÷ push time; 1 would mean no overhead).
 * `sync.push.<db>.again`: the same updates once more on the same incidents.
 * Run alone with `npx tsx bench/pushThroughput.ts`.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { generateDemoData } from '#common/demo';
import { DEMO_PIN } from '#common/demo/demoPin';
import { API_VERSION, API_VERSION_HEADER, type EnrolReply, type PushReply } from '#common/sync/protocol';
import type { Mutation } from '#common/sync/mutation';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/database';
import { seedStation } from '#server/seed/seedStation';
import { onBenchDatabases } from './benchDatabases';
import { printTable, type BenchResult } from './results';

const BATCH = 200;
const BATCHES = 15;
const NOW = Date.UTC(2022, 8, 30, 2, 30);

interface Timing {
  pushMs: number;
  rawMs: number;
  mutations: number;
}

async function measure(db: Database): Promise<{ first: Timing; again: Timing }> {
  const dataset = await generateDemoData({
    size: 'station',
    now: NOW,
    stationId: '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b99',
  });
  const code = `BENCH-${randomBytes(4).toString('hex').toUpperCase()}`;
  await seedStation(db, dataset, code, NOW);
  const app = await buildApp({ db });
  const headers = { [API_VERSION_HEADER]: String(API_VERSION), 'content-type': 'application/json' };
  try {
    const enrol = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/enrol',
        headers,
        payload: { enrolmentCode: code, workstation: 'bench' },
      })
    ).json<EnrolReply>();
    const auth = { ...headers, authorization: `Bearer ${enrol.credential}` };
    const officer = dataset.officers[1];
    if (!officer) throw new Error('no officers');
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      headers: auth,
      payload: { badgeNo: officer.badgeNo, pin: DEMO_PIN },
    });
    if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.statusCode} ${signIn.body}`);
    const incidents = dataset.incidents;
    const versions = new Map(incidents.map((i) => [i.id, i.version]));
    let seq = 1;
    const batches: Mutation[][] = [];
    for (let n = 0; n < 2 * BATCHES; n++) {
      const b = n % BATCHES;
      const batch: Mutation[] = [];
      for (let i = 0; i < BATCH; i++) {
        const incident = incidents[(b * BATCH + i) % incidents.length];
        if (!incident) throw new Error('no incidents');
        const base = versions.get(incident.id) ?? 1;
        versions.set(incident.id, base + 1);
        batch.push({
          clientId: enrol.deviceId,
          seq: seq++,
          entity: 'incidents',
          id: incident.id,
          patch: {
            description: `巡查更新 ${b}-${i}`,
            severity: (['high', 'medium', 'low'] as const)[(b + i) % 3],
          },
          baseVersion: base,
          madeBy: officer.id,
          madeAt: NOW,
        });
      }
      batches.push(batch);
    }
    const pushAll = async (round: Mutation[][]): Promise<number> => {
      const started = performance.now();
      for (const batch of round) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/push',
          headers: auth,
          payload: { clientId: enrol.deviceId, mutations: batch },
        });
        if (res.statusCode !== 200) throw new Error(`push failed: ${res.statusCode} ${res.body}`);
        const reply = res.json<PushReply>();
        if (reply.results.some((r) => r.status !== 'applied'))
          throw new Error('bench mutations should all apply');
      }
      return performance.now() - started;
    };
    const pushMs = await pushAll(batches.slice(0, BATCHES));
    // Round two edits the same incidents again, as a station's day does: records edited a
    // second time once got a plan that read the whole station's index per row.
    const againMs = await pushAll(batches.slice(BATCHES));
    await db.query('CREATE TABLE IF NOT EXISTS bench_plain (id uuid, data jsonb)');
    const rows = batches
      .slice(0, BATCHES)
      .map((batch) =>
        batch.map((m) => ({ id: m.id, data: { ...incidents.find((i) => i.id === m.id), ...m.patch } })),
      );
    const rawStarted = performance.now();
    for (const batch of rows)
      await db.query(
        "INSERT INTO bench_plain (id, data) SELECT (r->>'id')::uuid, r->'data' FROM jsonb_array_elements($1::jsonb) AS r",
        [JSON.stringify(batch)],
      );
    const rawMs = performance.now() - rawStarted;
    const mutations = BATCH * BATCHES;
    return { first: { pushMs, rawMs, mutations }, again: { pushMs: againMs, rawMs, mutations } };
  } finally {
    await app.close();
  }
}

function result(name: string, t: Timing, note: string, again = false): BenchResult {
  const rate = Math.round(t.mutations / (t.pushMs / 1000));
  const rawRate = Math.round(t.mutations / (t.rawMs / 1000));
  return {
    name,
    value: rate,
    unit: 'mutations/s',
    baseline: rawRate,
    ratio: rate / rawRate,
    // Issue 12: within 10% of the 7,280/s measured before role checks; issue 16: half of raw.
    target: name === 'sync.push.postgres' ? '≥ 6,552 mutations/s and ratio ≥ 0.5' : 'ratio ≥ 0.5',
    note: `${t.mutations} incident updates in batches of ${BATCH} via POST /api/v1/push${again ? ', a second time on the same incidents' : ''}; baseline: raw multi-row INSERT of the same rows into a plain table, same database; ${note}`,
  };
}

export async function runPushBench(): Promise<BenchResult[]> {
  return onBenchDatabases(async (db, on) => {
    const t = await measure(db);
    return [
      result(`sync.push.${on.kind}`, t.first, on.where),
      result(`sync.push.${on.kind}.again`, t.again, on.where, true),
    ];
  });
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  runPushBench().then(printTable, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
