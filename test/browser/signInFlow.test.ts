/**
 * Sign-in checks against real IndexedDB and WebCrypto in Chromium: demo mode (local roster +
 * DEMO_PIN, active officers only), the wrong-PIN lock-out counted on the workstation, and the
 * offline verifier when the centre can't be reached (refused for a badge that never signed in
 * online here). The online path is covered by the e2e spec against the real central API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { FIRST_LOCK_MS, PIN_TRIES_BEFORE_LOCK } from '#common/auth/protocol';
import { DEMO_PIN } from '#common/demo/demoPin';
import { GridroomDb } from '#renderer/db/database';
import { verifierKey } from '#renderer/db/officerRows';
import { signIn } from '#renderer/features/signin/signInFlow';
import { checkVerifier, makeVerifier, PBKDF2_ITERATIONS } from '#renderer/features/signin/offlineVerifier';

const names: string[] = [];
function freshDb(): GridroomDb {
  const name = `gridroom-signin-test-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new GridroomDb(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const STATION = '00000000-0000-4000-8000-0000000000aa';
const CHIEF = {
  id: '00000000-0000-4000-8000-000000000001',
  name: '林所长',
  badgeNo: '350001',
  access: 'station-chief' as const,
};

function officerRow(n: number, badgeNo: string, extra: Record<string, unknown> = {}) {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    stationId: STATION,
    version: 1,
    updatedAt: 1000,
    updatedBy: 'system',
    deleted: false,
    name: n === 1 ? '林所长' : `民警${n}`,
    badgeNo,
    role: 'community',
    phone: '13800000000',
    onDuty: true,
    access: n === 1 ? 'station-chief' : 'duty-officer',
    active: true,
    ...extra,
  };
}

/** Enrolled with a centre nobody listens at: every sign-in finds it unreachable. */
async function enrolUnreachable(db: GridroomDb, kind: 'workstation' | 'display' = 'workstation') {
  await db.meta.put({
    key: 'syncConfig',
    value: {
      apiUrl: 'http://127.0.0.1:9',
      deviceId: '00000000-0000-4000-8000-0000000000dd',
      credential: 'x'.repeat(40),
      stationId: STATION,
      clientId: 'client-1',
      kind,
    },
  });
}

describe('demo mode (not enrolled)', () => {
  it('signs in an active demo officer with DEMO_PIN, with the role from the record', async () => {
    const db = freshDb();
    await db.officers.bulkPut([officerRow(1, '350001'), officerRow(2, '350002')] as never);
    const result = await signIn(db, '350001', DEMO_PIN);
    expect(result).toEqual({
      ok: true,
      value: { officer: CHIEF, mode: 'demo', token: null, expiresAt: null },
    });
    const duty = await signIn(db, '350002', DEMO_PIN);
    expect(duty.ok && duty.value.officer.access).toBe('duty-officer');
  });

  it('refuses an inactive officer and an unknown badge', async () => {
    const db = freshDb();
    await db.officers.bulkPut([officerRow(3, '350003', { active: false })] as never);
    expect(await signIn(db, '350003', DEMO_PIN)).toEqual({ ok: false, failure: { reason: 'inactive' } });
    expect(await signIn(db, '999999', DEMO_PIN)).toEqual({
      ok: false,
      failure: { reason: 'unknown-badge', triesLeft: PIN_TRIES_BEFORE_LOCK - 1 },
    });
  });

  it('locks the badge after 5 wrong PINs for 5 minutes, even against the right PIN', async () => {
    const db = freshDb();
    await db.officers.bulkPut([officerRow(2, '350002')] as never);
    const tries: unknown[] = [];
    for (let i = 0; i < PIN_TRIES_BEFORE_LOCK; i++)
      tries.push((await signIn(db, '350002', '111112')).ok ? 'ok' : null);
    const before = Date.now();
    const locked = await signIn(db, '350002', DEMO_PIN);
    expect(locked.ok).toBe(false);
    if (locked.ok || locked.failure.reason !== 'locked') throw new Error('expected a lock-out');
    expect(locked.failure.lockedUntil).toBeGreaterThan(before + FIRST_LOCK_MS - 10_000);
    expect(locked.failure.lockedUntil).toBeLessThanOrEqual(before + FIRST_LOCK_MS);
  });

  it('says how many tries are left after a wrong PIN', async () => {
    const db = freshDb();
    await db.officers.bulkPut([officerRow(2, '350002')] as never);
    expect(await signIn(db, '350002', '111112')).toEqual({
      ok: false,
      failure: { reason: 'wrong-pin', triesLeft: PIN_TRIES_BEFORE_LOCK - 1 },
    });
  });
});

describe('offline (enrolled, centre unreachable)', () => {
  it('refuses a badge that never signed in online at this workstation', async () => {
    const db = freshDb();
    await enrolUnreachable(db);
    expect(await signIn(db, '350001', '246810')).toEqual({ ok: false, failure: { reason: 'never-online' } });
  });

  it('checks the cached verifier: right PIN signs in offline with no token, wrong PIN counts', async () => {
    const db = freshDb();
    await enrolUnreachable(db);
    await db.meta.put({ key: verifierKey('350001'), value: await makeVerifier(CHIEF, '246810', Date.now()) });
    expect(await signIn(db, '350001', '246810')).toEqual({
      ok: true,
      value: { officer: CHIEF, mode: 'offline', token: null, expiresAt: null },
    });
    expect(await signIn(db, '350001', '246811')).toEqual({
      ok: false,
      failure: { reason: 'wrong-pin', triesLeft: PIN_TRIES_BEFORE_LOCK - 1 },
    });
  });

  it('refuses every sign-in on a display device', async () => {
    const db = freshDb();
    await enrolUnreachable(db, 'display');
    expect(await signIn(db, '350001', '246810')).toEqual({
      ok: false,
      failure: { reason: 'display-device' },
    });
  });
});

describe('the offline verifier', () => {
  it('is PBKDF2 with a fresh 16-byte salt each time and never holds the PIN', async () => {
    const a = await makeVerifier(CHIEF, '246810', 1);
    const b = await makeVerifier(CHIEF, '246810', 1);
    expect(a.iterations).toBe(PBKDF2_ITERATIONS);
    expect(atob(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('246810');
    expect(await checkVerifier(a, '246810')).toBe(true);
    expect(await checkVerifier(a, '246811')).toBe(false);
  });
});
