/**
 * Officer sessions `<sessionId>.<secret>` (x-gridroom-officer): 32 random bytes of secret,
 * stored as SHA-256 and compared in constant time; bound to the device they were issued to;
 * valid until `expires_at` (the shift's end) unless ended earlier (sign-out, handover,
 * revoked device). At most one session is open per device: opening one ends the others.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';
import { hashesEqual, newSecret, sha256Hex } from './credentials';
import { isUuid } from './uuid';

export type SessionEndReason = 'signout' | 'handover' | 'device-revoked' | 'replaced';

export interface OpenSession {
  id: string;
  officerId: string;
  deviceId: string;
  expiresAt: number;
}

export function parseSessionToken(token: string): { sessionId: string; secret: string } | null {
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const sessionId = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (!isUuid(sessionId) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return { sessionId, secret };
}

export async function openSession(
  q: Queryable,
  input: { officerId: string; stationId: string; deviceId: string; now: number; expiresAt: number },
): Promise<{ session: OpenSession; token: string }> {
  const id = randomUUID();
  const secret = newSecret();
  await q.query(
    `INSERT INTO officer_sessions (id, officer_id, station_id, device_id, secret_hash, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, input.officerId, input.stationId, input.deviceId, sha256Hex(secret), input.now, input.expiresAt],
  );
  return {
    session: { id, officerId: input.officerId, deviceId: input.deviceId, expiresAt: input.expiresAt },
    token: `${id}.${secret}`,
  };
}

/** The open, unexpired sessions of a device (normally at most one), locked for update. */
export async function openSessionsOfDevice(q: Queryable, deviceId: string, now: number): Promise<OpenSession[]> {
  const { rows } = await q.query<{ id: string; officer_id: string; device_id: string; expires_at: number }>(
    `SELECT id, officer_id, device_id, expires_at FROM officer_sessions
      WHERE device_id = $1 AND ended_at IS NULL AND expires_at > $2 ORDER BY created_at DESC FOR UPDATE`,
    [deviceId, now],
  );
  return rows.map((r) => ({ id: r.id, officerId: r.officer_id, deviceId: r.device_id, expiresAt: r.expires_at }));
}

export async function endSessions(
  q: Queryable,
  where: { ids: readonly string[] } | { deviceId: string },
  reason: SessionEndReason,
  now: number,
): Promise<void> {
  if ('ids' in where) {
    if (where.ids.length === 0) return;
    await q.query(
      'UPDATE officer_sessions SET ended_at = $2, end_reason = $3 WHERE id = ANY($1::uuid[]) AND ended_at IS NULL',
      [[...where.ids], now, reason],
    );
  } else {
    await q.query(
      'UPDATE officer_sessions SET ended_at = $2, end_reason = $3 WHERE device_id = $1 AND ended_at IS NULL',
      [where.deviceId, now, reason],
    );
  }
}

/** The session a token names, if it is open, unexpired and issued to `deviceId`; else null. */
export async function checkSession(
  q: Queryable,
  token: string,
  deviceId: string,
  now: number,
): Promise<OpenSession | null> {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const { rows } = await q.query<{
    officer_id: string;
    device_id: string;
    secret_hash: string;
    expires_at: number;
    ended_at: number | null;
  }>('SELECT officer_id, device_id, secret_hash, expires_at, ended_at FROM officer_sessions WHERE id = $1', [
    parsed.sessionId,
  ]);
  const row = rows[0];
  const ok = hashesEqual(sha256Hex(parsed.secret), row?.secret_hash ?? '0'.repeat(64));
  if (!row || !ok || row.device_id !== deviceId || row.ended_at !== null || row.expires_at <= now) return null;
  return { id: parsed.sessionId, officerId: row.officer_id, deviceId: row.device_id, expiresAt: row.expires_at };
}

/** Records that the officer signed in online at the device (first and latest time). */
export async function recordOnlineSignIn(q: Queryable, officerId: string, deviceId: string, now: number): Promise<void> {
  await q.query(
    `INSERT INTO officer_devices (officer_id, device_id, first_signin_at, last_signin_at) VALUES ($1, $2, $3, $3)
     ON CONFLICT (officer_id, device_id) DO UPDATE SET last_signin_at = EXCLUDED.last_signin_at`,
    [officerId, deviceId, now],
  );
}
