/**
 * Integrity of the push and pull routes against a hostile or confused workstation (issue 12
 * item 5), on PGlite and real PostgreSQL, through the real routes:
 *   - timeline notes are never lost: Y's note survives X's offline batch of two notes both
 *     based on the version before it;
 *   - the timeline's schema limits (entries, field lengths) are enforced at the centre;
 *   - a cursor beyond the station's watermark (a restore) gets 410 resync-required from 0;
 *   - every prototype member name as a patch key gets 400 (never a 500);
 *   - a replayed (clientId, seq) with a different payload gets 409 seq-reused and changes
 *     nothing; an identical replay gets its stored result; results stored before migration
 *     003 (no hash) are answered as before.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReplySchema, pullReplySchema, pushReplySchema } from '#common/sync/protocol';
import { TIMELINE_MAX_ENTRIES } from '#common/schemas/incident';
import { buildApp } from '#server/app';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const note = (at: number, text: string, by = 'officer-x') => ({ at, by, kind: 'note' as const, text });

/** Every name an object inherits from Object.prototype, plus __proto__. */
const prototypeKeys = [...Object.getOwnPropertyNames(Object.prototype)];

describe.each(backends)('push and pull integrity ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let clock = Date.UTC(2022, 9, 1);

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({
      db: opened.db,
      now: () => (clock += 1000),
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    station = await createStation(opened.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const incident = (i: number) => {
    const found = station.dataset.incidents[i];
    if (!found) throw new Error(`no incident ${i}`);
    return found;
  };
  const row = async (id: string) =>
    (
      await opened.db.query<{ data: Record<string, unknown>; version: number }>(
        'SELECT data, version FROM records WHERE id = $1',
        [id],
      )
    ).rows[0];

  it('keeps a note added on Y when X, offline, pushes two notes based on the version before it', async () => {
    const x = await TestClient.enrol(app, station, 'X');
    const y = await TestClient.enrol(app, station, 'Y');
    const inc = incident(0);
    const v1 = inc.timeline;
    const ry = await y.push([
      y.mutation('incidents', inc.id, { timeline: [...v1, note(NOW_AT + 2, 'Y：已到场')] }, inc.version),
    ]);
    expect(pushReplySchema.parse(ry.body).results[0]).toMatchObject({ status: 'applied' });
    const rx = await x.push([
      x.mutation('incidents', inc.id, { timeline: [...v1, note(NOW_AT + 1, 'X：接群众来电')] }, inc.version),
      x.mutation(
        'incidents',
        inc.id,
        { timeline: [...v1, note(NOW_AT + 1, 'X：接群众来电'), note(NOW_AT + 3, 'X：已劝散')] },
        inc.version,
      ),
    ]);
    const results = pushReplySchema.parse(rx.body).results;
    expect(results.map((r) => r.status)).toEqual(['merged', 'merged']);
    const texts = ((await row(inc.id))?.data.timeline as { text: string }[]).map((e) => e.text);
    expect(texts).toEqual([...v1.map((e) => e.text), 'X：接群众来电', 'Y：已到场', 'X：已劝散']);
    // X's later same-base edit (its copy says the new version, its timeline still lacks Y's note).
    const version = (await row(inc.id))?.version ?? 0;
    const again = await x.push([
      x.mutation(
        'incidents',
        inc.id,
        { timeline: [...v1, note(NOW_AT + 1, 'X：接群众来电'), note(NOW_AT + 4, 'X：办结')] },
        version,
      ),
    ]);
    expect(pushReplySchema.parse(again.body).results[0]).toMatchObject({ status: 'applied' });
    const final = ((await row(inc.id))?.data.timeline as { text: string }[]).map((e) => e.text);
    expect(final).toEqual([...v1.map((e) => e.text), 'X：接群众来电', 'Y：已到场', 'X：已劝散', 'X：办结']);
    // And the pulled row says the same.
    const pulled = pullReplySchema.parse((await y.pull(0, 5000)).body).changes.find((c) => c.id === inc.id);
    expect((pulled?.row.timeline as { text: string }[]).map((e) => e.text)).toEqual(final);
  });

  it('enforces the timeline’s limits: entries, `by` and `text` lengths', async () => {
    const c = await TestClient.enrol(app, station, 'limits');
    const inc = incident(1);
    const tooMany = Array.from({ length: TIMELINE_MAX_ENTRIES + 1 }, (_, i) => note(NOW_AT + i, `n${i}`));
    for (const timeline of [tooMany, [note(NOW_AT, 'x', 'b'.repeat(65))], [note(NOW_AT, '字'.repeat(501))]]) {
      const r = await c.push([c.mutation('incidents', inc.id, { timeline }, inc.version)]);
      expect(r.status).toBe(400);
      expect(errorReplySchema.parse(r.body)).toMatchObject({ error: 'invalid-batch', index: 0 });
    }
    const most = [
      ...inc.timeline,
      ...Array.from({ length: TIMELINE_MAX_ENTRIES - inc.timeline.length }, (_, i) =>
        note(NOW_AT + i, `n${i}`, 'b'.repeat(64)),
      ),
    ];
    // The refused batches applied nothing, so this client's next seq is still 1.
    const ok = await c.push([
      { ...c.mutation('incidents', inc.id, { timeline: most }, inc.version), seq: 1 },
    ]);
    expect(pushReplySchema.parse(ok.body).results[0]).toMatchObject({ status: 'applied' });
    // A union that would grow beyond the limit is refused whole, with the reason — nothing dropped.
    const more = await c.push([
      {
        ...c.mutation('incidents', inc.id, { timeline: [note(NOW_AT - 1, '再加一条')] }, inc.version),
        seq: 2,
      },
    ]);
    const result = pushReplySchema.parse(more.body).results[0];
    expect(result).toMatchObject({ status: 'rejected' });
    expect(result?.reason).toMatch(/timeline/);
    expect(((await row(inc.id))?.data.timeline as unknown[]).length).toBe(TIMELINE_MAX_ENTRIES);
  });

  it('answers a cursor beyond the station’s watermark with 410 resync-required from 0', async () => {
    const c = await TestClient.enrol(app, station, 'restore');
    const snapshot = pullReplySchema.parse((await c.pull(0, 5000)).body);
    expect((await c.pull(snapshot.watermark)).status).toBe(200);
    for (const after of [snapshot.watermark + 1, snapshot.watermark + 1_000_000]) {
      const r = await c.pull(after);
      expect(r.status).toBe(410);
      expect(errorReplySchema.parse(r.body)).toMatchObject({ error: 'resync-required', oldestCursor: 0 });
    }
  });

  it.each(prototypeKeys)('refuses the prototype key %s as a patch field with 400, never 500', async (key) => {
    const c = await TestClient.enrol(app, station, 'proto');
    const inc = incident(2);
    const before = await row(inc.id);
    // Written as JSON text: an object literal would not carry `__proto__` as an own key.
    const body = `{"clientId":${JSON.stringify(c.id)},"mutations":[${JSON.stringify(c.mutation('incidents', inc.id, { severity: 'high' }, inc.version))},${JSON.stringify(c.mutation('incidents', inc.id, {}, inc.version)).replace('"patch":{}', `"patch":{${JSON.stringify(key)}:"x"}`)}]}`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/push',
      headers: {
        'x-gridroom-api': '1',
        authorization: `Bearer ${c.credential}`,
        'content-type': 'application/json',
      },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(400);
    const reply = errorReplySchema.parse(res.json());
    // __proto__ is refused by the JSON parser itself (prototype poisoning), before any schema.
    if (key === '__proto__') expect(reply.error).toBe('invalid-request');
    else expect(reply).toMatchObject({ error: 'invalid-batch', index: 1 });
    expect((await row(inc.id))?.version).toBe(before?.version);
  });

  it('answers an identical replay with its stored result and a different payload under a used seq with 409', async () => {
    const c = await TestClient.enrol(app, station, 'replay');
    const inc = incident(3);
    const m1 = c.mutation('incidents', inc.id, { severity: 'high' }, inc.version);
    const first = await c.push([m1]);
    expect(first.status).toBe(200);
    const stored = pushReplySchema.parse(first.body).results;
    // The same mutation again (madeAt may differ: it is display only).
    const same = await c.push([{ ...m1, madeAt: m1.madeAt + 5 }]);
    expect(same.status).toBe(200);
    expect(pushReplySchema.parse(same.body).results).toEqual(stored);
    const before = await row(inc.id);
    for (const changed of [
      { ...m1, patch: { severity: 'low' } },
      { ...m1, baseVersion: m1.baseVersion + 1 },
      { ...m1, madeBy: 'someone-else' },
      { ...m1, id: incident(4).id },
    ]) {
      const r = await c.push([changed]);
      expect(r.status).toBe(409);
      expect(errorReplySchema.parse(r.body).error).toBe('seq-reused');
    }
    // A batch mixing the reused seq with a fresh one applies nothing of it.
    const m2 = c.mutation('incidents', inc.id, { description: '不应写入' }, inc.version);
    const mixed = await c.push([{ ...m1, patch: { severity: 'low' } }, m2]);
    expect(mixed.status).toBe(409);
    expect(await row(inc.id)).toEqual(before);
    const fresh = await c.push([m1, m2]);
    expect(pushReplySchema.parse(fresh.body).results.map((r) => r.seq)).toEqual([m1.seq, m2.seq]);
  });

  it('answers replays of results stored before migration 003 (no hash) as before', async () => {
    const c = await TestClient.enrol(app, station, 'legacy');
    const inc = incident(5);
    const m1 = c.mutation('incidents', inc.id, { severity: 'low' }, inc.version);
    const first = pushReplySchema.parse((await c.push([m1])).body).results;
    await opened.db.query('UPDATE mutation_results SET payload_hash = NULL WHERE client_id = $1', [c.id]);
    const r = await c.push([{ ...m1, patch: { severity: 'medium' } }]);
    expect(r.status).toBe(200);
    expect(pushReplySchema.parse(r.body).results).toEqual(first);
    const hash = await call(app, 'GET', '/api/v1/health');
    expect(hash.status).toBe(200);
  });
});

const NOW_AT = Date.UTC(2022, 9, 1, 8);
