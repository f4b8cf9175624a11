/**
 * The city system's intake throughput: batches of 1,000 registrations posted through the real
 * route (city credential, row checks, one transaction: replays, standard-address match by
 * index over the station's 15,000 households, HMACs, flags, change seqs, match table, audit),
 * on PGlite (`intake.batch.pglite`) and, when DATABASE_URL is set, PostgreSQL
 * (`intake.batch.postgres`). Baseline, same run and database: a raw multi-row INSERT of the
 * same rows as jsonb into a plain table. value/baseline are rows per second.
 * Run alone with `npx tsx bench/intakeBench.ts`.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { generateDemoData } from '#common/demo';
import { residentIdCheckChar } from '#common/domain/residentId';
import { API_VERSION, API_VERSION_HEADER } from '#common/sync/protocol';
import { INTAKE_MAX_ROWS, INTAKE_ROUTE, type IntakeReply } from '#common/sync/intakeProtocol';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/database';
import { createIntakeCredential } from '#server/intake/intakeCredentials';
import { seedStation } from '#server/seed/seedStation';
import { onBenchDatabases } from './benchDatabases';
import { printTable, type BenchResult } from './results';

const BATCHES = 5;
const NOW = Date.UTC(2022, 8, 30, 2, 30);

interface Timing {
  intakeMs: number;
  rawMs: number;
  rows: number;
}

async function measure(db: Database): Promise<Timing> {
  const dataset = await generateDemoData({
    size: 'station',
    now: NOW,
    stationId: '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b98',
  });
  await seedStation(db, dataset, `BENCH-${randomBytes(4).toString('hex').toUpperCase()}`, NOW);
  const { credential } = await createIntakeCredential(db, {
    stationId: dataset.station.id,
    label: 'bench',
    createdBy: 'bench',
    now: NOW,
  });
  const app = await buildApp({ db, now: () => NOW });
  const headers = {
    [API_VERSION_HEADER]: String(API_VERSION),
    'content-type': 'application/json',
    authorization: `Bearer ${credential}`,
  };
  try {
    const households = dataset.households;
    const batches = Array.from({ length: BATCHES }, (_, b) =>
      Array.from({ length: INTAKE_MAX_ROWS }, (_, i) => {
        const n = b * INTAKE_MAX_ROWS + i;
        const h = households[(n * 7) % households.length]!;
        // every 10th address unknown: the unmatched path is measured too
        const address = n % 10 === 0 ? `${h.address}附${n}号` : h.address;
        const first17 = `350203${1950 + (n % 60)}0${1 + (n % 9)}1${n % 10}${String(n % 1000).padStart(3, '0')}`;
        return {
          externalRef: `BENCH-${n}`,
          fullName: '陈志强',
          residentId: first17 + residentIdCheckChar(first17),
          phone: '13800138000',
          claimedAddress: { address, building: h.building, unit: h.unit, room: h.room },
          householdRole: 'member',
          healthCode: 'green',
          healthCodeAt: NOW - 3_600_000,
          submittedAt: NOW - 3_000_000,
        };
      }),
    );
    const started = performance.now();
    for (const rows of batches) {
      const res = await app.inject({ method: 'POST', url: INTAKE_ROUTE, headers, payload: { rows } });
      if (res.statusCode !== 200)
        throw new Error(`intake failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (res.json<IntakeReply>().queued !== rows.length) throw new Error('bench rows should all be queued');
    }
    const intakeMs = performance.now() - started;

    await db.query('CREATE TABLE IF NOT EXISTS bench_plain (id uuid, data jsonb)');
    const rawStarted = performance.now();
    for (const rows of batches)
      await db.query(
        'INSERT INTO bench_plain (id, data) SELECT gen_random_uuid(), r FROM jsonb_array_elements($1::jsonb) AS r',
        [JSON.stringify(rows)],
      );
    const rawMs = performance.now() - rawStarted;
    return { intakeMs, rawMs, rows: BATCHES * INTAKE_MAX_ROWS };
  } finally {
    await app.close();
  }
}

function result(name: string, t: Timing, note: string): BenchResult {
  const rate = Math.round(t.rows / (t.intakeMs / 1000));
  const rawRate = Math.round(t.rows / (t.rawMs / 1000));
  return {
    name,
    value: rate,
    unit: 'rows/s',
    baseline: rawRate,
    ratio: rate / rawRate,
    target: 'report (no target set)',
    note: `${t.rows} registrations in batches of ${INTAKE_MAX_ROWS} via POST ${INTAKE_ROUTE}, matched against 15,000 households; baseline: raw multi-row INSERT of the same rows into a plain table, same database; ${note}`,
  };
}

export async function runIntakeBench(): Promise<BenchResult[]> {
  return onBenchDatabases(async (db, on) => result(`intake.batch.${on.kind}`, await measure(db), on.where));
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  runIntakeBench().then(printTable, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
