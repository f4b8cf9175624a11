/**
 * Wrong-PIN counting and lock-out per (station, badge), for known and unknown badges alike.
 * A try is TAKEN before the PIN is checked (a short transaction with the row locked), and the
 * fifth try sets the lock at once: so however many guesses arrive together, at most
 * PIN_TRIES_BEFORE_LOCK are ever checked before the badge locks. A right PIN clears the count
 * and the lock history; the n-th consecutive lock lasts lockDurationMs(n) (5, 10, 20 … min).
 */
import { PIN_TRIES_BEFORE_LOCK, lockDurationMs } from '#common/auth/protocol';
import type { Database, Queryable } from '../db/database';

export type TryTicket =
  | { kind: 'locked'; lockedUntil: number }
  /** `lockedUntil` is set when this try was the last before the lock (it holds unless the PIN is right). */
  | { kind: 'try'; triesLeft: number; lockedUntil: number | null };

export async function takeTry(
  db: Database,
  stationId: string,
  badgeNo: string,
  now: number,
): Promise<TryTicket> {
  return db.transaction(async (tx) => {
    await tx.query(
      'INSERT INTO signin_attempts (station_id, badge_no) VALUES ($1, $2) ON CONFLICT (station_id, badge_no) DO NOTHING',
      [stationId, badgeNo],
    );
    const { rows } = await tx.query<{ failures: number; lockouts: number; locked_until: number }>(
      'SELECT failures, lockouts, locked_until FROM signin_attempts WHERE station_id = $1 AND badge_no = $2 FOR UPDATE',
      [stationId, badgeNo],
    );
    const row = rows[0] ?? { failures: 0, lockouts: 0, locked_until: 0 };
    if (row.locked_until > now) return { kind: 'locked', lockedUntil: row.locked_until };
    const failures = row.failures + 1;
    if (failures >= PIN_TRIES_BEFORE_LOCK) {
      const lockouts = row.lockouts + 1;
      const lockedUntil = now + lockDurationMs(lockouts);
      await setRow(tx, stationId, badgeNo, 0, lockouts, lockedUntil);
      return { kind: 'try', triesLeft: 0, lockedUntil };
    }
    await setRow(tx, stationId, badgeNo, failures, row.lockouts, row.locked_until);
    return { kind: 'try', triesLeft: PIN_TRIES_BEFORE_LOCK - failures, lockedUntil: null };
  });
}

async function setRow(
  q: Queryable,
  stationId: string,
  badgeNo: string,
  failures: number,
  lockouts: number,
  lockedUntil: number,
): Promise<void> {
  await q.query(
    'UPDATE signin_attempts SET failures = $3, lockouts = $4, locked_until = $5 WHERE station_id = $1 AND badge_no = $2',
    [stationId, badgeNo, failures, lockouts, lockedUntil],
  );
}

/** The PIN was right: forget the tries and the lock history. */
export async function clearTries(q: Queryable, stationId: string, badgeNo: string): Promise<void> {
  await q.query('DELETE FROM signin_attempts WHERE station_id = $1 AND badge_no = $2', [stationId, badgeNo]);
}
