/**
 * Checks a badge number and PIN and decides how, in this order:
 * 1. not enrolled with any centre → DEMO: the local officers table (active officers only) and
 *    the documented DEMO_PIN;
 * 2. enrolled, not set offline → ONLINE: POST /auth/signin; on success the offline verifier
 *    for this officer is (re)made here; a refusal is final (never retried offline);
 * 3. the centre can't be reached (network error, 5xx, or the workstation set offline) →
 *    OFFLINE: the cached verifier, or a refusal saying the officer never signed in online here.
 * Wherever this workstation checks the PIN itself (demo, offline) wrong PINs are counted and
 * lock the badge by the centre's rule; a lock-out the centre reports is remembered here too.
 */
import { DEMO_PIN } from '#common/demo/demoPin';
import { badgeNoSchema, type SignedInOfficer } from '#common/auth/protocol';
import { officerSchema } from '#common/schemas/station';
import type { GridroomDb } from '#renderer/db/database';
import {
  lockoutKey,
  officerVerifierSchema,
  signInLockoutSchema,
  verifierKey,
  type SignInLockout,
  type SignInMode,
} from '#renderer/db/officerRows';
import { syncSnapshotSchema } from '#renderer/db/localRows';
import { readSyncConfig } from '#renderer/shared/useSyncConfig';
import { signInAtCentre } from './authRequests';
import { afterWrongPin, lockedUntil, noLockout, triesLeft, withCentreLock } from './localLockout';
import { checkVerifier, makeVerifier } from './offlineVerifier';

export type SignInFailure =
  | { reason: 'wrong-pin'; triesLeft: number | null }
  | { reason: 'unknown-badge'; triesLeft: number | null }
  | { reason: 'locked'; lockedUntil: number }
  | { reason: 'inactive' }
  | { reason: 'display-device' }
  | { reason: 'never-online' }
  | { reason: 'device-unauthorised' }
  | { reason: 'bad-input' }
  | { reason: 'server-error'; message: string };

export interface SignInSuccess {
  officer: SignedInOfficer;
  mode: SignInMode;
  token: string | null;
  expiresAt: number | null;
}

export type SignInResult = { ok: true; value: SignInSuccess } | { ok: false; failure: SignInFailure };

const fail = (failure: SignInFailure): SignInResult => ({ ok: false, failure });

async function readLockout(db: GridroomDb, badgeNo: string): Promise<SignInLockout> {
  const parsed = signInLockoutSchema.safeParse((await db.meta.get(lockoutKey(badgeNo)))?.value);
  return parsed.success ? parsed.data : noLockout;
}

async function writeLockout(db: GridroomDb, badgeNo: string, state: SignInLockout): Promise<void> {
  await db.meta.put({ key: lockoutKey(badgeNo), value: state });
}

/** Counts a wrong PIN checked here; says how many tries are left or until when it is locked. */
async function wrongPinHere(
  db: GridroomDb,
  badgeNo: string,
  reason: 'wrong-pin' | 'unknown-badge',
  now: number,
): Promise<SignInResult> {
  const next = afterWrongPin(await readLockout(db, badgeNo), now);
  await writeLockout(db, badgeNo, next);
  const until = lockedUntil(next, now);
  return fail(
    until !== null ? { reason: 'locked', lockedUntil: until } : { reason, triesLeft: triesLeft(next) },
  );
}

async function workstationSetOffline(db: GridroomDb): Promise<boolean> {
  const parsed = syncSnapshotSchema.safeParse((await db.meta.get('syncStatus'))?.value);
  return parsed.success && parsed.data.mode === 'offline';
}

async function demoSignIn(db: GridroomDb, badgeNo: string, pin: string, now: number): Promise<SignInResult> {
  const rows = await db.officers.filter((o) => o.badgeNo === badgeNo).toArray();
  const officer = rows.map((r) => officerSchema.safeParse(r)).find((r) => r.success && !r.data.deleted)?.data;
  if (!officer) return wrongPinHere(db, badgeNo, 'unknown-badge', now);
  if (!officer.active) return fail({ reason: 'inactive' });
  if (pin !== DEMO_PIN) return wrongPinHere(db, badgeNo, 'wrong-pin', now);
  return {
    ok: true,
    value: {
      officer: { id: officer.id, name: officer.name, badgeNo: officer.badgeNo, access: officer.access },
      mode: 'demo',
      token: null,
      expiresAt: null,
    },
  };
}

async function offlineSignIn(
  db: GridroomDb,
  badgeNo: string,
  pin: string,
  now: number,
): Promise<SignInResult> {
  const parsed = officerVerifierSchema.safeParse((await db.meta.get(verifierKey(badgeNo)))?.value);
  if (!parsed.success) return fail({ reason: 'never-online' });
  if (!(await checkVerifier(parsed.data, pin))) return wrongPinHere(db, badgeNo, 'wrong-pin', now);
  return { ok: true, value: { officer: parsed.data.officer, mode: 'offline', token: null, expiresAt: null } };
}

export async function signIn(db: GridroomDb, badgeInput: string, pin: string): Promise<SignInResult> {
  const badge = badgeNoSchema.safeParse(badgeInput.trim().toUpperCase());
  if (!badge.success || !/^\d{6}$/.test(pin)) return fail({ reason: 'bad-input' });
  const badgeNo = badge.data;
  const now = Date.now();
  const lockout = await readLockout(db, badgeNo);
  const config = await readSyncConfig(db);
  if (config?.kind === 'display') return fail({ reason: 'display-device' });

  // Locked here (tries checked here, or a lock the centre reported): no try anywhere until it ends.
  const until = lockedUntil(lockout, now);
  if (until !== null) return fail({ reason: 'locked', lockedUntil: until });
  if (!config) return demoSignIn(db, badgeNo, pin, now);

  if (!(await workstationSetOffline(db))) {
    const outcome = await signInAtCentre(db, badgeNo, pin);
    switch (outcome.kind) {
      case 'ok': {
        const { officer, session, expiresAt } = outcome.value;
        const verifier = await makeVerifier(officer, pin, now);
        await db.meta.bulkPut([
          { key: verifierKey(officer.badgeNo), value: verifier },
          { key: lockoutKey(officer.badgeNo), value: noLockout },
        ]);
        return { ok: true, value: { officer, mode: 'online', token: session, expiresAt } };
      }
      case 'refused': {
        const e = outcome.error;
        if (e.refusal === 'locked' || e.lockedUntil !== undefined) {
          const until = e.lockedUntil ?? now + 5 * 60_000;
          await writeLockout(db, badgeNo, withCentreLock(lockout, until));
          return fail({ reason: 'locked', lockedUntil: until });
        }
        if (e.refusal === 'wrong-pin' || e.refusal === 'unknown-badge')
          return fail({ reason: e.refusal, triesLeft: e.triesLeft ?? null });
        return fail({ reason: e.refusal });
      }
      case 'device-unauthorised':
        return fail({ reason: 'device-unauthorised' });
      case 'not-signed-in':
      case 'invalid':
        return fail({ reason: 'server-error', message: outcome.kind === 'invalid' ? outcome.message : '' });
      case 'unreachable':
        break;
    }
  }
  return offlineSignIn(db, badgeNo, pin, now);
}
