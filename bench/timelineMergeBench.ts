/**
 * The largest timeline the schema allows (1,000 entries of 500 characters, ~1.5 MB as UTF-8)
 * pushed to the centre. The server holds an incident with 999 entries; another workstation
 * pushes, against an older base, 998 of them plus one new entry — the centre must take the
 * union (1,000 entries), validate and store it. Every entry has the same `at`, `by` and `kind`
 * and texts that differ only at the end: the worst case for a pairwise comparison.
 *
 *   sync.merge.timeline.max      the centre's merge of that push (mergeMutation: union +
 *                                validation of the merged row), median ms; baseline: the same
 *                                merge with the old quadratic union (`some(jsonEqual)` per
 *                                entry), same run. Target ≤ 50 ms.
 *   sync.push.timeline.max.pglite / .postgres (with DATABASE_URL)
 *                                the whole push answered by the real route (auth, parse,
 *                                checks, transaction), median ms; baseline: the same push of a
 *                                10-entry timeline. Target ≤ 50 ms.
 * Run alone with `npx tsx bench/timelineMergeBench.ts`.
 */
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { TIMELINE_MAX_ENTRIES, TIMELINE_TEXT_MAX, type TimelineEntry } from '#common/schemas/incident';
import { API_VERSION, API_VERSION_HEADER, type EnrolReply, type PushReply } from '#common/sync/protocol';
import type { Mutation } from '#common/sync/mutation';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/database';
import { jsonEqual } from '#server/sync/jsonEqual';
import { applyFields, mergeMutation } from '#server/sync/mergeMutation';
import type { StoredRecord } from '#server/sync/storedRecord';
import { DEMO_PIN } from '#common/demo/demoPin';
import { signedInStation } from '#test/unit/sync/signedInStation';
import { onBenchDatabases } from './benchDatabases';
import { printTable, type BenchResult } from './results';

const RUNS = 7;
const AT = Date.UTC(2026, 10, 20, 2);
const STATION = '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b77';

const entry = (n: number): TimelineEntry => ({
  at: AT,
  by: 'b'.repeat(64),
  kind: 'note',
  text: `${'警'.repeat(TIMELINE_TEXT_MAX - 6)}${String(n).padStart(6, '0')}`,
});

/** `held` entries on the server; the push carries all but the first of them plus one new. */
function timelines(held: number): { held: TimelineEntry[]; pushed: TimelineEntry[] } {
  const list = Array.from({ length: held }, (_, i) => entry(i));
  return { held: list, pushed: [...list.slice(1), entry(held)] };
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (ms: number): number => Math.round(ms * 10) / 10;

function incident(timeline: TimelineEntry[]): Record<string, unknown> {
  return {
    gridId: randomUUID(),
    type: 'gathering',
    severity: 'medium',
    status: 'new',
    point: [118.15, 24.5],
    description: '长时间线基准',
    reportedAt: AT,
    assignedAt: null,
    resolvedAt: null,
    assigneeId: null,
    timeline,
  };
}

function mutation(
  clientId: string,
  seq: number,
  id: string,
  patch: Record<string, unknown>,
  baseVersion: number,
  madeBy = 'bench',
): Mutation {
  return { clientId, seq, entity: 'incidents', id, patch, baseVersion, madeBy, madeAt: AT };
}

/** The merge as it was before issue 12: quadratic in the number of entries. */
function quadraticMerge(current: StoredRecord, m: Mutation): void {
  const merged = [...(current.data.timeline as unknown[])];
  for (const e of m.patch.timeline as unknown[]) if (!merged.some((x) => jsonEqual(x, e))) merged.push(e);
  const result = applyFields(current, { timeline: merged }, m.madeBy, AT, m.clientId);
  if (!result.ok) throw new Error(result.reason);
}

function mergeOnly(): BenchResult {
  const { held, pushed } = timelines(TIMELINE_MAX_ENTRIES - 1);
  const id = randomUUID();
  const created = mergeMutation(null, mutation('a', 1, id, incident(held), 0), {
    stationId: STATION,
    now: AT,
  });
  if (created.status === 'rejected' || !created.next) throw new Error('create failed');
  const current: StoredRecord = {
    ...created.next,
    version: 2,
    fieldVersions: { timeline: 2 },
    fieldClients: { timeline: 'a' },
  };
  const m = mutation('b', 1, id, { timeline: pushed }, 1);
  const time = (f: () => void) => {
    const s = performance.now();
    f();
    return performance.now() - s;
  };
  const fresh: number[] = [];
  const old: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    fresh.push(
      time(() => {
        const out = mergeMutation(current, m, { stationId: STATION, now: AT });
        if (out.status !== 'merged' || (out.next?.data.timeline as unknown[]).length !== TIMELINE_MAX_ENTRIES)
          throw new Error(`unexpected merge ${out.status}`);
      }),
    );
    if (r < 3) old.push(time(() => quadraticMerge(current, m)));
  }
  const value = median(fresh);
  const baseline = median(old);
  return {
    name: 'sync.merge.timeline.max',
    value: round(value),
    unit: 'ms',
    baseline: round(baseline),
    ratio: value / baseline,
    target: '≤ 50 ms',
    note: `union of ${TIMELINE_MAX_ENTRIES - 1} held + ${pushed.length} pushed entries of ${TIMELINE_TEXT_MAX} chars + validation of the merged row, median of ${RUNS}; baseline: the old some(jsonEqual) union (median of ${old.length}); load average ${loadavg()[0]?.toFixed(1)}`,
  };
}

/** Median ms of pushes of a `held`+1-entry union through the real route. */
async function pushTimes(
  db: Database,
  held: number,
): Promise<{ median: number; max: number; kb: number; stallMs: number }> {
  const app = await buildApp({ db });
  try {
    // The centre takes changes only from an officer signed in at the device (its chief here).
    const { code, officer } = await signedInStation(db, '基准派出所', Date.now());
    const headers = { [API_VERSION_HEADER]: String(API_VERSION), 'content-type': 'application/json' };
    const enrol = async (workstation: string) => {
      const device = (
        await app.inject({
          method: 'POST',
          url: '/api/v1/enrol',
          headers,
          payload: { enrolmentCode: code, workstation },
        })
      ).json<EnrolReply>();
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        headers: { ...headers, authorization: `Bearer ${device.credential}` },
        payload: { badgeNo: officer.badgeNo, pin: DEMO_PIN },
      });
      if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.statusCode} ${signIn.body}`);
      return device;
    };
    const push = async (device: EnrolReply, mutations: Mutation[]) => {
      const payload = JSON.stringify({ clientId: device.deviceId, mutations });
      const started = performance.now();
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/push',
        headers: { ...headers, authorization: `Bearer ${device.credential}` },
        payload,
      });
      const ms = performance.now() - started;
      if (res.statusCode !== 200) throw new Error(`push failed: ${res.statusCode} ${res.body}`);
      return { ms, reply: res.json<PushReply>(), bytes: Buffer.byteLength(payload) };
    };
    const a = await enrol('bench-a');
    const b = await enrol('bench-b');
    const { held: list, pushed } = timelines(held);
    const ids = Array.from({ length: RUNS + 1 }, () => randomUUID());
    await push(
      a,
      ids.map((id, i) => mutation(a.deviceId, i + 1, id, incident(list), 0, officer.id)),
    );
    const times: number[] = [];
    let bytes = 0;
    // The longest the event loop was blocked while these pushes ran (what /health would wait).
    const stall = monitorEventLoopDelay({ resolution: 1 });
    stall.enable();
    for (const [i, id] of ids.entries()) {
      // A's edit moves the record to version 2, so B's push is based on an older version.
      await push(a, [mutation(a.deviceId, ids.length + i + 1, id, { severity: 'high' }, 1, officer.id)]);
      const out = await push(b, [mutation(b.deviceId, i + 1, id, { timeline: pushed }, 1, officer.id)]);
      if (out.reply.results[0]?.status !== 'merged')
        throw new Error(`expected merged: ${JSON.stringify(out.reply)}`);
      bytes = out.bytes;
      if (i > 0) times.push(out.ms); // the first push warms the route up
    }
    stall.disable();
    return {
      median: median(times),
      max: Math.max(...times),
      kb: Math.round(bytes / 1024),
      stallMs: stall.max / 1e6,
    };
  } finally {
    await app.close();
  }
}

async function pushResult(name: string, db: Database, where: string): Promise<BenchResult> {
  const small = await pushTimes(db, 10);
  const max = await pushTimes(db, TIMELINE_MAX_ENTRIES - 1);
  return {
    name,
    value: round(max.median),
    unit: 'ms',
    baseline: round(small.median),
    ratio: max.median / small.median,
    target: '≤ 50 ms',
    note: `POST /api/v1/push of ${TIMELINE_MAX_ENTRIES - 1} held + 1 new entries (${max.kb} KB), ${where}, median of ${RUNS} (max ${Math.round(max.max)} ms; longest event-loop stall ${Math.round(max.stallMs)} ms); baseline: the same push of an 11-entry timeline (${small.kb} KB); load average ${loadavg()[0]?.toFixed(1)}`,
  };
}

export async function runTimelineMergeBench(): Promise<BenchResult[]> {
  const pushes = await onBenchDatabases((db, on) =>
    pushResult(`sync.push.timeline.max.${on.kind}`, db, on.where),
  );
  return [mergeOnly(), ...pushes];
}

const main = process.argv[1];
if (main !== undefined && import.meta.url === pathToFileURL(main).href) {
  runTimelineMergeBench().then(printTable, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
