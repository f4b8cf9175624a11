/**
 * The workstation's wrong-PIN count follows the centre's rule (common/auth/protocol.ts): five
 * wrong PINs lock for 5 minutes, each further lock-out doubles, capped at 24 hours; a lock the
 * centre reported is kept.
 */
import { describe, expect, it } from 'vitest';
import { FIRST_LOCK_MS, MAX_LOCK_MS, PIN_TRIES_BEFORE_LOCK } from '#common/auth/protocol';
import {
  afterWrongPin,
  lockedUntil,
  noLockout,
  triesLeft,
  withCentreLock,
} from '#renderer/features/signin/localLockout';

const T0 = 1_800_000_000_000;

function wrong(times: number, start = noLockout, now = T0) {
  let state = start;
  for (let i = 0; i < times; i++) state = afterWrongPin(state, now);
  return state;
}

describe('local wrong-PIN lock-out', () => {
  it('counts down the tries, then locks for 5 minutes on the fifth', () => {
    expect(triesLeft(wrong(1))).toBe(PIN_TRIES_BEFORE_LOCK - 1);
    expect(lockedUntil(wrong(PIN_TRIES_BEFORE_LOCK - 1), T0)).toBeNull();
    const locked = wrong(PIN_TRIES_BEFORE_LOCK);
    expect(lockedUntil(locked, T0)).toBe(T0 + FIRST_LOCK_MS);
    expect(lockedUntil(locked, T0 + FIRST_LOCK_MS)).toBeNull();
  });

  it('doubles each further lock-out, up to 24 hours', () => {
    let state = noLockout;
    const durations: number[] = [];
    for (let n = 0; n < 12; n++) {
      state = wrong(PIN_TRIES_BEFORE_LOCK, state);
      durations.push((state.lockedUntil ?? T0) - T0);
    }
    expect(durations.slice(0, 3)).toEqual([FIRST_LOCK_MS, 2 * FIRST_LOCK_MS, 4 * FIRST_LOCK_MS]);
    expect(Math.max(...durations)).toBe(MAX_LOCK_MS);
  });

  it('keeps a lock the centre reported', () => {
    const state = withCentreLock(noLockout, T0 + 123_000);
    expect(lockedUntil(state, T0)).toBe(T0 + 123_000);
    expect(state.lockouts).toBe(1);
  });
});
