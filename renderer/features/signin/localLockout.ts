/**
 * Wrong PINs counted on this workstation, by the centre's rule (common/auth/protocol.ts):
 * PIN_TRIES_BEFORE_LOCK wrong PINs lock the badge for lockDurationMs(n) — 5 minutes, then
 * doubling. Pure functions over the `signInLockout:<BADGE>` meta row; used where this
 * workstation checks the PIN itself (offline and demo sign-in), and to remember a lock-out the
 * centre reported, so going offline does not unlock a badge.
 */
import { lockDurationMs, PIN_TRIES_BEFORE_LOCK } from '#common/auth/protocol';
import type { SignInLockout } from '#renderer/db/officerRows';

export const noLockout: SignInLockout = { failures: 0, lockouts: 0, lockedUntil: null };

/** The lock's end when the badge is locked at `now`, else null. */
export function lockedUntil(state: SignInLockout, now: number): number | null {
  return state.lockedUntil !== null && state.lockedUntil > now ? state.lockedUntil : null;
}

/** The state after one more wrong PIN at `now`; the fifth in a row starts a lock-out. */
export function afterWrongPin(state: SignInLockout, now: number): SignInLockout {
  const failures = state.failures + 1;
  if (failures < PIN_TRIES_BEFORE_LOCK) return { ...state, failures, lockedUntil: null };
  const lockouts = state.lockouts + 1;
  return { failures: 0, lockouts, lockedUntil: now + lockDurationMs(lockouts) };
}

/** Tries left before the badge locks. */
export function triesLeft(state: SignInLockout): number {
  return PIN_TRIES_BEFORE_LOCK - state.failures;
}

/** A lock-out reported by the centre, kept so an offline try cannot get round it. */
export function withCentreLock(state: SignInLockout, until: number): SignInLockout {
  return { failures: 0, lockouts: Math.max(1, state.lockouts), lockedUntil: until };
}
