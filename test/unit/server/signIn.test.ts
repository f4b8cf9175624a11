/**
 * Officers sign in at a device (real routes via app.inject, PGlite and PostgreSQL): badge +
 * PIN → a session bound to the device until the shift's end; wrong PIN and unknown badge are
 * counted alike (and cost the same hashing); 5 wrong tries lock the badge 5 min, then 10; an
 * inactive officer and a display device are refused; a session expires, is bound to its device
 * and ends on sign-out; another officer signing in is an audited handover; PIN change needs the
 * current PIN; only the chief resets a PIN.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOCK_MS, signInErrorSchema, signInReplySchema, type SignInError } from '#common/auth/protocol';
import { DEMO_PIN } from '#common/demo/demoPin';
import { buildApp } from '#server/app';
import { createEnrolmentCode } from '#server/auth/enrolmentCodes';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const T0 = Date.UTC(2022, 9, 1, 0, 0);
const HOUR = 3_600_000;

describe.each(backends)('officer sign-in ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let now = T0;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({
      db: opened.db,
      now: () => now,
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    station = await createStation(opened.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const officer = (i: number) => {
    const o = station.dataset.officers[i];
    if (!o) throw new Error(`no officer ${i}`);
    return o;
  };
  const device = (ws = 'ws') => TestClient.enrol(app, station.code, ws);
  const auditCount = async (action: string, officerId: string) =>
    (
      await opened.db.query<{ n: number }>(
        'SELECT COUNT(*)::int8 AS n FROM audit_log WHERE action = $1 AND officer_id = $2',
        [action, officerId],
      )
    ).rows[0]?.n ?? 0;

  it('signs an active officer in with badge and PIN: a session until the shift ends', async () => {
    now = T0;
    const ws = await device();
    const r = await ws.signIn(officer(0).badgeNo);
    expect(r.status).toBe(200);
    const reply = signInReplySchema.parse(r.body);
    expect(reply.officer).toEqual({
      id: officer(0).id,
      name: officer(0).name,
      badgeNo: officer(0).badgeNo,
      access: 'station-chief',
    });
    expect(reply.expiresAt).toBe(T0 + 12 * HOUR);
    expect(reply.handoverFrom).toBeNull();
    expect(reply.session.startsWith(`${reply.sessionId}.`)).toBe(true);
    const { rows } = await opened.db.query<{ first_signin_at: number }>(
      'SELECT first_signin_at FROM officer_devices WHERE officer_id = $1 AND device_id = $2',
      [officer(0).id, ws.id],
    );
    expect(rows).toEqual([{ first_signin_at: T0 }]);
    const stored = await opened.db.query<{ secret_hash: string }>(
      'SELECT secret_hash FROM officer_sessions WHERE id = $1',
      [reply.sessionId],
    );
    expect(stored.rows[0]?.secret_hash).not.toContain(reply.session.split('.')[1]);
    expect(await auditCount('signin', officer(0).id)).toBeGreaterThan(0);
  });

  it('counts a wrong PIN and an unknown badge alike, at the same hashing cost', async () => {
    now = T0;
    const ws = await device();
    const wrong = await ws.signIn(officer(1).badgeNo, '246810');
    expect(wrong.status).toBe(401);
    expect(signInErrorSchema.parse(wrong.body)).toMatchObject({ refusal: 'wrong-pin', triesLeft: 4 });
    expect(signInErrorSchema.parse(wrong.body).message).toMatch(/警号或PIN错误/);
    const unknown = await ws.signIn('ZZ9999', '246810');
    expect(unknown.status).toBe(401);
    expect(signInErrorSchema.parse(unknown.body)).toMatchObject({ refusal: 'unknown-badge', triesLeft: 4 });
    const again = await ws.signIn('ZZ9999', '246810');
    expect(again.body).toMatchObject({ refusal: 'unknown-badge', triesLeft: 3 });

    // Both spend one scrypt (~100 ms here); an unknown badge is not answered faster (medians of 3,
    // interleaved, badges with tries to spare — the machine is shared, so only a loose bound).
    const timed = async (badge: string) => {
      const t = performance.now();
      await ws.signIn(badge, '246810');
      return performance.now() - t;
    };
    const known: number[] = [];
    const unknownMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      await opened.db.query('DELETE FROM signin_attempts');
      known.push(await timed(officer(1).badgeNo));
      unknownMs.push(await timed('ZZ9998'));
    }
    await opened.db.query('DELETE FROM signin_attempts');
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? 0;
    expect(median(unknownMs)).toBeGreaterThan(median(known) * 0.4);
  });

  it('locks a badge after 5 wrong PINs for 5 minutes, then 10; a right PIN clears the count', async () => {
    now = T0 + HOUR;
    const ws = await device();
    const badge = officer(2).badgeNo;
    const fiveWrong = async () => {
      const replies: SignInError[] = [];
      for (let i = 0; i < 5; i++)
        replies.push((await ws.signIn(badge, '246810')).body as unknown as SignInError);
      return replies;
    };
    const first = await fiveWrong();
    expect(first.map((r) => r.triesLeft)).toEqual([4, 3, 2, 1, 0]);
    expect(first[4]).toMatchObject({ refusal: 'wrong-pin', lockedUntil: now + FIRST_LOCK_MS });
    // Locked: even the right PIN is refused, without checking it.
    const locked = await ws.signIn(badge);
    expect(locked.status).toBe(401);
    expect(locked.body).toMatchObject({ refusal: 'locked', lockedUntil: now + FIRST_LOCK_MS });
    expect((locked.body as unknown as SignInError).message).toMatch(/已锁定/);

    now += FIRST_LOCK_MS;
    const second = await fiveWrong();
    expect(second[4]).toMatchObject({ lockedUntil: now + 2 * FIRST_LOCK_MS });
    now += 2 * FIRST_LOCK_MS - 1;
    expect((await ws.signIn(badge)).body).toMatchObject({ refusal: 'locked' });
    now += 1;
    expect((await ws.signIn(badge)).status).toBe(200);
    // The right PIN cleared the history: the next lock is 5 minutes again.
    const third = await fiveWrong();
    expect(third[4]).toMatchObject({ lockedUntil: now + FIRST_LOCK_MS });
  });

  it('checks at most 5 of many guesses sent at once before the badge locks', async () => {
    now = T0 + 5 * HOUR;
    const ws = await device();
    const replies = await Promise.all(Array.from({ length: 12 }, () => ws.signIn('GUESS01', '246810')));
    const refusals = replies.map((r) => (r.body as unknown as SignInError).refusal);
    expect(refusals.filter((r) => r === 'unknown-badge')).toHaveLength(5);
    expect(refusals.filter((r) => r === 'locked')).toHaveLength(7);
  });

  it('refuses an inactive officer (after the right PIN) and a display device', async () => {
    now = T0;
    const ws = await device();
    await opened.db.query(
      `UPDATE records SET data = jsonb_set(data, '{active}', 'false'::jsonb) WHERE entity = 'officers' AND id = $1`,
      [officer(2).id],
    );
    await opened.db.query(`DELETE FROM signin_attempts`);
    const inactive = await ws.signIn(officer(2).badgeNo);
    expect(inactive.status).toBe(401);
    expect(inactive.body).toMatchObject({ refusal: 'inactive' });
    await opened.db.query(
      `UPDATE records SET data = jsonb_set(data, '{active}', 'true'::jsonb) WHERE entity = 'officers' AND id = $1`,
      [officer(2).id],
    );

    const { code } = await createEnrolmentCode(opened.db, {
      stationId: station.stationId,
      request: { kind: 'display', maxUses: 1, expiresInHours: 24, label: '简报屏' },
      createdBy: 'test',
      now,
    });
    const display = await TestClient.enrol(app, code, 'briefing');
    expect(display.enrolment.kind).toBe('display');
    const r = await display.signIn(officer(0).badgeNo);
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ refusal: 'display-device' });
  });

  it('ends a session at the shift’s end, on sign-out, and never honours it on another device', async () => {
    now = T0;
    const ws = await device();
    const other = await device('other');
    await ws.signIn(officer(1).badgeNo);
    const token = ws.session?.session ?? '';
    const change = { currentPin: DEMO_PIN, newPin: '135791' };
    // Bound to its device: the same header from another device is 401.
    other.session = ws.session;
    expect((await other.asOfficer('POST', '/api/v1/auth/signout')).status).toBe(401);
    expect(
      (await ws.asOfficer('POST', '/api/v1/auth/pin', { ...change, newPin: DEMO_PIN.replace('0', '2') }))
        .status,
    ).toBe(200);
    now = T0 + 12 * HOUR;
    const expired = await ws.asOfficer('POST', '/api/v1/auth/signout');
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: 'unauthorised' });
    now = T0;
    expect(token).toContain('.');
    expect((await ws.asOfficer('POST', '/api/v1/auth/signout')).status).toBe(200);
    expect((await ws.asOfficer('POST', '/api/v1/auth/signout')).status).toBe(401);
    // Put the PIN back for the other tests.
    await ws.signIn(officer(1).badgeNo, DEMO_PIN.replace('0', '2'));
    expect(
      (
        await ws.asOfficer('POST', '/api/v1/auth/pin', {
          currentPin: DEMO_PIN.replace('0', '2'),
          newPin: DEMO_PIN,
        })
      ).status,
    ).toBe(200);
  });

  it('treats another officer signing in at a device as a handover, and audits it', async () => {
    now = T0;
    const ws = await device();
    await ws.signIn(officer(0).badgeNo);
    const chiefSession = ws.session;
    const r = await ws.signIn(officer(1).badgeNo);
    expect(r.status).toBe(200);
    expect(r.body.handoverFrom).toMatchObject({ id: officer(0).id, access: 'station-chief' });
    const nowSession = ws.session;
    ws.session = chiefSession;
    expect((await ws.asOfficer('POST', '/api/v1/auth/signout')).status).toBe(401);
    ws.session = nowSession;
    const { rows } = await opened.db.query<{ detail: { fromOfficerId: string } }>(
      "SELECT detail FROM audit_log WHERE action = 'handover' AND device_id = $1",
      [ws.id],
    );
    expect(rows.map((x) => x.detail.fromOfficerId)).toEqual([officer(0).id]);
    // The same officer signing in again is no handover.
    expect((await ws.signIn(officer(1).badgeNo)).body.handoverFrom).toBeNull();
  });

  it('changes one’s own PIN only with the current one; only the chief resets a PIN', async () => {
    now = T0;
    const ws = await device();
    await ws.signIn(officer(1).badgeNo);
    const wrong = await ws.asOfficer('POST', '/api/v1/auth/pin', { currentPin: '000001', newPin: '246813' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ refusal: 'wrong-pin', triesLeft: 4 });
    const weak = await ws.asOfficer('POST', '/api/v1/auth/pin', { currentPin: DEMO_PIN, newPin: '123456' });
    expect(weak.status).toBe(400);
    expect(
      (await ws.asOfficer('POST', '/api/v1/auth/pin', { currentPin: DEMO_PIN, newPin: '246813' })).status,
    ).toBe(200);
    expect((await ws.signIn(officer(1).badgeNo, DEMO_PIN)).status).toBe(401);
    expect((await ws.signIn(officer(1).badgeNo, '246813')).status).toBe(200);

    // A duty officer may not reset anyone's PIN.
    const reset = `/api/v1/officers/${officer(2).id}/pin-reset`;
    const refused = await ws.asOfficer('POST', reset, { newPin: '975310' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'forbidden' });
    // Without a session: 401.
    expect(
      (await call(app, 'POST', reset, { credential: ws.credential, body: { newPin: '975310' } })).status,
    ).toBe(401);

    await ws.signIn(officer(0).badgeNo);
    const ok = await ws.asOfficer('POST', `/api/v1/officers/${officer(1).id}/pin-reset`, {
      newPin: DEMO_PIN,
    });
    expect(ok.status).toBe(200);
    expect((await ws.signIn(officer(1).badgeNo, DEMO_PIN)).status).toBe(200);
    expect(await auditCount('pin-reset', officer(0).id)).toBe(1);
    const unknown = await (await device()).signIn(officer(0).badgeNo);
    expect(unknown.status).toBe(200);
  });
});
