/**
 * Convergence under faults (docs/architecture.md §3): the real central API (buildApp over in-memory
 * PGlite) driven through the real HTTP transport via app.inject, behind a fault-injecting
 * network. Three simulated workstations make random valid edits, creates and deletes of
 * incidents and households, interleaved with sync cycles under dropped requests, dropped
 * replies, duplicates, stale replays and runners killed mid-batch (their durable store
 * survives). Each workstation is enrolled and the station's chief signed in there through the
 * real routes (./signedInStation.ts), so its changes carry an officer the centre accepts. Then the network heals, every client syncs until quiescent, and:
 *   - every client's rows equal the server's rows (snapshot pulled from 0);
 *   - every outbox is empty;
 *   - every mutation was applied exactly once: the server's last_seq and stored results per
 *     client equal the number of mutations the client made, each seq was confirmed exactly
 *     once on the client, and no record's version exceeds 1 + the mutations made to it;
 *   - no timeline note is ever lost: every note acknowledged to any workstation (its mutation
 *     confirmed, not rejected) is in the final row on the server and on every workstation,
 *     however the notes of different workstations interleaved offline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createRng, type Rng } from '#common/demo';
import { incidentStatuses, incidentTypes, severities } from '#common/schemas';
import type { EntityName } from '#common/schemas/entities';
import { httpTransport } from '#common/sync/httpTransport';
import { recordKey, type SyncRow } from '#common/sync/rebase';
import { runSyncCycle } from '#common/sync/syncCycle';
import { NetworkError } from '#common/sync/syncErrors';
import { validateChanges } from '#common/sync/validateChanges';
import type { FetchLike } from '#common/sync/transport';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/database';
import { openDatabase } from '#server/db/openDatabase';
import { faultyNetwork, noFaults, zeroCounts, type FaultCounts, type FaultRates } from './faultyNetwork';
import { injectFetch } from './injectFetch';
import { memoryStore, type MemoryStore } from './memoryStore';
import { enrolSignedIn, signedInStation, type SignedInStation } from './signedInStation';

const API = 'http://central.test';
const SEED = 20_261_120;

let db: Database;
let app: FastifyInstance;
let fetchApp: FetchLike;

beforeAll(async () => {
  db = await openDatabase({});
  app = await buildApp({ db, enrolRateLimit: { max: 100_000, timeWindowMs: 60_000 } });
  fetchApp = injectFetch(app);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
});

/** A new station with its chief and an enrolment code (the centre takes changes only from a signed-in officer). */
const newStation = (): Promise<SignedInStation> =>
  signedInStation(db, `测试派出所 ${randomUUID().slice(0, 4)}`);

interface Workstation {
  name: string;
  deviceId: string;
  credential: string;
  store: MemoryStore;
  /** Mutations made per record, for the version bound. */
  made: Map<string, number>;
  /** Timeline notes each mutation added, by seq. */
  notes: Map<number, { key: string; notes: unknown[] }>;
}

/** Enrols a workstation and signs the station's chief in there: its changes are made by the chief. */
async function enrol(station: SignedInStation, name: string): Promise<Workstation> {
  const { enrolment: reply, officerId } = await enrolSignedIn(API, fetchApp, station, name);
  expect(reply.station.id).toBe(station.stationId);
  return {
    name,
    deviceId: reply.deviceId,
    credential: reply.credential,
    store: memoryStore(reply.deviceId, station.stationId, officerId),
    made: new Map(),
    notes: new Map(),
  };
}

const point: [number, number] = [118.15, 24.5];
const EDITED: readonly EntityName[] = ['incidents', 'households'];

function newIncident(rng: Rng, grids: readonly string[], now: number): Record<string, unknown> {
  return {
    gridId: rng.pick(grids),
    type: rng.pick(incidentTypes),
    severity: rng.pick(severities),
    status: 'new',
    point,
    description: `警情 ${rng.int(1, 9999)}`,
    reportedAt: now,
    assignedAt: null,
    resolvedAt: null,
    assigneeId: null,
    timeline: [],
  };
}

function newHousehold(rng: Rng, grids: readonly string[]): Record<string, unknown> {
  return {
    gridId: rng.pick(grids),
    address: `湖里区禾山街道 ${rng.int(1, 300)} 号`,
    building: String(rng.int(1, 30)),
    unit: String(rng.int(1, 4)),
    room: String(rng.int(101, 3002)),
    point,
    registeredResidents: rng.int(0, 8),
  };
}

/** A patch of 1-2 random fields with valid values; an incident's may add a timeline note. */
function randomEdit(
  rng: Rng,
  entity: EntityName,
  grids: readonly string[],
  row: SyncRow,
  note: () => Record<string, unknown>,
): Record<string, unknown> {
  const options: (() => [string, unknown])[] =
    entity === 'incidents'
      ? [
          () => ['timeline', [...(Array.isArray(row.timeline) ? row.timeline : []), note()]],
          () => ['timeline', [...(Array.isArray(row.timeline) ? row.timeline : []), note()]],
          () => ['severity', rng.pick(severities)],
          () => ['status', rng.pick(incidentStatuses)],
          () => ['type', rng.pick(incidentTypes)],
          () => ['description', `更新 ${rng.int(1, 99)}`],
          () => ['gridId', rng.pick(grids)],
        ]
      : [
          () => ['address', `湖里区 ${rng.int(1, 50)} 号`],
          () => ['room', String(rng.int(101, 120))],
          () => ['registeredResidents', rng.int(0, 6)],
          () => ['gridId', rng.pick(grids)],
        ];
  return Object.fromEntries(Array.from({ length: rng.int(1, 2) }, () => rng.pick(options)()));
}

interface Scenario {
  seed: number;
  mutations: number;
  rates: FaultRates;
  /** Chance that a step is a sync cycle rather than a local change. */
  syncChance: number;
}

interface Figures {
  cycles: number;
  /** Timeline notes acknowledged to a workstation, each found in the final state everywhere. */
  notes: number;
  failedCycles: number;
  healRounds: number;
  statuses: Record<string, number>;
  faults: FaultCounts;
}

async function runScenario(s: Scenario): Promise<Figures> {
  const rng = createRng(s.seed);
  const station = await newStation();
  const grids = Array.from({ length: 3 }, () => rng.uuid());
  const seeder = await enrol(station, 'seed');
  const now = Date.parse('2026-11-20T02:00:00Z');
  for (let i = 0; i < 20; i++) seeder.store.write('incidents', rng.uuid(), newIncident(rng, grids, now), now);
  for (let i = 0; i < 20; i++) seeder.store.write('households', rng.uuid(), newHousehold(rng, grids), now);
  const seedTransport = httpTransport(API, seeder.credential, fetchApp);
  await runSyncCycle({ store: seeder.store, transport: seedTransport, clientId: seeder.deviceId });
  expect(seeder.store.outbox).toEqual([]);

  const clients = [await enrol(station, 'A'), await enrol(station, 'B'), await enrol(station, 'C')];
  const counts = zeroCounts();
  let faulty = true;
  const networks = clients.map((_, i) =>
    faultyNetwork(fetchApp, rng.fork(`net${i}`), () => (faulty ? s.rates : noFaults), counts),
  );
  const figures: Figures = {
    cycles: 0,
    notes: 0,
    failedCycles: 0,
    healRounds: 0,
    statuses: {},
    faults: counts,
  };
  // A session is the runner's memory: its transport. A kill discards it; the store survives.
  const sessions = clients.map((c, i) => httpTransport(API, c.credential, networks[i]!.fetch));

  const cycle = async (i: number): Promise<number> => {
    const c = clients[i]!;
    figures.cycles += 1;
    try {
      const r = await runSyncCycle({
        store: c.store,
        transport: sessions[i]!,
        clientId: c.deviceId,
        batchSize: rng.int(1, 40),
        pageSize: rng.int(5, 60),
      });
      for (const [k, v] of Object.entries(r.statuses)) figures.statuses[k] = (figures.statuses[k] ?? 0) + v;
      return r.pulled + r.pushed;
    } catch (error) {
      figures.failedCycles += 1;
      // Under faults a cycle may only fail the way a network fails.
      if (!(error instanceof NetworkError)) throw error;
      if (networks[i]!.killed) {
        networks[i]!.killed = false;
        sessions[i] = httpTransport(API, c.credential, networks[i]!.fetch);
      }
      return -1;
    }
  };

  faulty = false;
  for (let i = 0; i < clients.length; i++) await cycle(i);
  faulty = true;

  let made = 0;
  let noteCount = 0;
  while (made < s.mutations) {
    const i = rng.int(0, clients.length - 1);
    const c = clients[i]!;
    if (rng.chance(s.syncChance)) {
      await cycle(i);
      continue;
    }
    // Edits go to incidents and households only (not to the station's own row or its chief's).
    const live = [...c.store.rows]
      .filter(([k, r]) => EDITED.some((e) => k.startsWith(`${e}:`)) && r.deleted === false)
      .map(([, r]) => r);
    const roll = rng.next();
    let change = null;
    if (roll < 0.08 || live.length === 0) {
      const entity: EntityName = rng.chance(0.5) ? 'incidents' : 'households';
      change = c.store.write(
        entity,
        rng.uuid(),
        entity === 'incidents' ? newIncident(rng, grids, now) : newHousehold(rng, grids),
        now,
      );
    } else {
      const row = rng.pick(live);
      const entity: EntityName = 'timeline' in row ? 'incidents' : 'households';
      const note = () => ({
        at: now + rng.int(0, 3_600_000),
        by: c.name,
        kind: 'note',
        text: `${c.name} 记录 ${(noteCount += 1)}`,
      });
      const patch = roll < 0.12 ? { deleted: true } : randomEdit(rng, entity, grids, row, note);
      change = c.store.write(entity, String(row.id), patch, now);
      if (change && Array.isArray(change.mutation.patch.timeline)) {
        const before = new Set(
          (Array.isArray(row.timeline) ? row.timeline : []).map((e) => JSON.stringify(e)),
        );
        const added = change.mutation.patch.timeline.filter((e) => !before.has(JSON.stringify(e)));
        c.notes.set(change.mutation.seq, { key: recordKey(entity, String(row.id)), notes: added });
      }
    }
    if (change) {
      made += 1;
      const key = recordKey(change.mutation.entity, change.mutation.id);
      c.made.set(key, (c.made.get(key) ?? 0) + 1);
    }
  }

  // Heal the network; sync everyone until a whole round moves nothing.
  faulty = false;
  for (let moved = 1; moved > 0;) {
    figures.healRounds += 1;
    moved = 0;
    for (let i = 0; i < clients.length; i++) moved += Math.max(0, await cycle(i));
    if (figures.healRounds > 50) throw new Error('no quiescence after 50 rounds');
  }

  // The server's rows: a snapshot pulled from 0.
  const server = new Map<string, SyncRow>();
  for (let cursor = 0, more = true; more;) {
    const page = await seedTransport.pull(cursor, 5000);
    for (const ch of validateChanges(page.changes)) server.set(recordKey(ch.entity, ch.id), ch.row);
    more = page.hasMore;
    cursor = page.nextCursor;
  }
  for (const c of clients) {
    expect(c.store.outbox, `${c.name}'s outbox`).toEqual([]);
    expect(Object.fromEntries(c.store.rows), `${c.name}'s rows`).toEqual(Object.fromEntries(server));
  }

  const { rows: state } = await db.query<{ client_id: string; last_seq: number }>(
    'SELECT client_id, last_seq::int AS last_seq FROM client_state WHERE client_id = ANY($1)',
    [clients.map((c) => c.deviceId)],
  );
  const { rows: stored } = await db.query<{ client_id: string; n: number }>(
    'SELECT client_id, count(*)::int AS n FROM mutation_results WHERE client_id = ANY($1) GROUP BY client_id',
    [clients.map((c) => c.deviceId)],
  );
  for (const c of clients) {
    const n = c.store.nextSeq() - 1;
    expect(state.find((r) => r.client_id === c.deviceId)?.last_seq ?? 0, `${c.name}: server last_seq`).toBe(
      n,
    );
    expect(stored.find((r) => r.client_id === c.deviceId)?.n ?? 0, `${c.name}: stored results`).toBe(n);
    const seqs = c.store.confirmedLog.map((x) => x.seq);
    expect(seqs, `${c.name}: each seq confirmed exactly once, in order`).toEqual(
      Array.from({ length: n }, (_, k) => k + 1),
    );
  }
  // No note acknowledged to any workstation is lost, on the server or on any workstation.
  const has = (row: SyncRow | undefined, note: unknown) =>
    Array.isArray(row?.timeline) && row.timeline.some((e) => JSON.stringify(e) === JSON.stringify(note));
  let acknowledged = 0;
  for (const c of clients) {
    for (const { seq, status } of c.store.confirmedLog) {
      const made = c.notes.get(seq);
      if (!made || status === 'rejected') continue;
      for (const n of made.notes) {
        acknowledged += 1;
        expect(has(server.get(made.key), n), `${c.name} seq ${seq}: note on the server`).toBe(true);
        for (const other of clients)
          expect(has(other.store.rows.get(made.key), n), `${c.name} seq ${seq}: note on ${other.name}`).toBe(
            true,
          );
      }
    }
  }
  figures.notes = acknowledged;
  for (const [key, row] of server) {
    const mutations =
      clients.reduce((sum, c) => sum + (c.made.get(key) ?? 0), 0) + (seeder.made.get(key) ?? 0) + 1;
    expect(Number(row.version), `${key}: version ≤ 1 + mutations to it`).toBeLessThanOrEqual(mutations + 1);
  }
  return figures;
}

const faultRates = fc.record({
  dropRequest: fc.double({ min: 0, max: 0.15, noNaN: true }),
  dropResponse: fc.double({ min: 0, max: 0.15, noNaN: true }),
  duplicate: fc.double({ min: 0, max: 0.15, noNaN: true }),
  replayStale: fc.double({ min: 0, max: 0.15, noNaN: true }),
  kill: fc.double({ min: 0, max: 0.1, noNaN: true }),
});

describe('three workstations converge with the central API under faults', () => {
  it('small scenarios (fast-check, 8 runs of 300 mutations)', async () => {
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        faultRates,
        fc.double({ min: 0.03, max: 0.2, noNaN: true }),
        async (seed, rates, syncChance) => {
          const f = await runScenario({ seed, mutations: 300, rates, syncChance });
          expect(f.notes, 'notes were exercised').toBeGreaterThan(0);
        },
      ),
      { seed: SEED, numRuns: 8, endOnFailure: true },
    );
    console.log(
      `convergence: 8 runs × 300 mutations in ${((performance.now() - started) / 1000).toFixed(1)} s (fast-check seed ${SEED})`,
    );
  }, 300_000);

  it('10,000 mutations across three workstations', async () => {
    const started = performance.now();
    const rates = { dropRequest: 0.08, dropResponse: 0.08, duplicate: 0.08, replayStale: 0.08, kill: 0.04 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const f = await runScenario({ seed, mutations: 10_000, rates, syncChance: 0.06 });
        console.log(`convergence 10k: ${JSON.stringify(f)}`);
      }),
      { seed: SEED + 1, numRuns: 1, endOnFailure: true },
    );
    console.log(
      `convergence: 10,000 mutations in ${((performance.now() - started) / 1000).toFixed(1)} s (fast-check seed ${SEED + 1})`,
    );
  }, 600_000);
});
