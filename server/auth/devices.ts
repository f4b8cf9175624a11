/**
 * Enrolment and authentication of workstations. Enrolment trades one use of an enrolment code
 * for a new device of the code's kind and its credential (returned once, never stored); authentication turns an
 * `Authorization: Bearer <credential>` header into the device and its station, or null for a
 * missing, malformed, forged or revoked credential.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { DeviceKind } from '#common/auth/protocol';
import { consumeEnrolmentCode } from './enrolmentCodes';
import { formatCredential, hashesEqual, newSecret, parseCredential, sha256Hex } from './credentials';

export interface Device {
  id: string;
  stationId: string;
  workstation: string;
  /** Authenticated with the previous credential, still in its grace period after a rotation. */
  viaPreviousCredential?: boolean;
  /** A display device (briefing screen) signs nobody in and pushes nothing. */
  kind: DeviceKind;
  /** When the centre last noted a request from it (updated at most once a minute). */
  lastSeenAt: number | null;
  /** The app version it last said it runs (server/updates/appVersionHook.ts). */
  appVersion?: string | null;
}

export interface Enrolment {
  device: Device;
  credential: string;
  station: { id: string; name: string };
}

/** Trades one use of an enrolment code (enrolmentCodes.ts) for a new device of the code's kind. */
export async function enrolDevice(
  q: Queryable,
  code: string,
  workstation: string,
  now: number,
): Promise<Enrolment | null> {
  const taken = await consumeEnrolmentCode(q, code, now);
  if (!taken) return null;
  const id = randomUUID();
  const secret = newSecret();
  await q.query(
    'INSERT INTO devices (id, station_id, credential_hash, workstation, created_at, kind) VALUES ($1, $2, $3, $4, $5, $6)',
    [id, taken.stationId, sha256Hex(secret), workstation, now, taken.kind],
  );
  return {
    device: { id, stationId: taken.stationId, workstation, kind: taken.kind, lastSeenAt: null },
    credential: formatCredential(id, secret),
    station: { id: taken.stationId, name: taken.stationName },
  };
}

export async function authenticate(
  q: Queryable,
  authorization: string | undefined,
  now: number = Date.now(),
): Promise<Device | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const parsed = match?.[1] ? parseCredential(match[1]) : null;
  if (!parsed) return null;
  const { rows } = await q.query<{
    station_id: string;
    credential_hash: string;
    previous_credential_hash: string | null;
    previous_valid_until: string | number | null;
    workstation: string;
    revoked: boolean;
    kind: DeviceKind;
    last_seen_at: number | null;
    app_version: string | null;
  }>(
    `SELECT station_id, credential_hash, previous_credential_hash, previous_valid_until, workstation, revoked,
            kind, last_seen_at, app_version
       FROM devices WHERE id = $1`,
    [parsed.deviceId],
    { prepare: true },
  );
  const row = rows[0];
  // Hash and compare even for an unknown device, so timing does not tell which ids exist.
  const presented = sha256Hex(parsed.secret);
  const ok = hashesEqual(presented, row?.credential_hash ?? '0'.repeat(64));
  // After a rotation the previous credential works until its grace ends (rotateCredential.ts).
  const previousOk =
    hashesEqual(presented, row?.previous_credential_hash ?? '0'.repeat(64)) &&
    row?.previous_valid_until != null &&
    Number(row.previous_valid_until) > now;
  if (!row || !(ok || previousOk) || row.revoked) return null;
  return {
    id: parsed.deviceId,
    stationId: row.station_id,
    workstation: row.workstation,
    kind: row.kind,
    lastSeenAt: row.last_seen_at,
    appVersion: row.app_version,
    ...(ok ? {} : { viaPreviousCredential: true }),
  };
}

/** Revokes a device of the station; false when the station has no such device. */
export async function revokeDevice(
  q: Queryable,
  stationId: string,
  deviceId: string,
  now: number,
): Promise<boolean> {
  const { rows } = await q.query<{ id: string }>(
    'UPDATE devices SET revoked = true, revoked_at = COALESCE(revoked_at, $3) WHERE id = $1 AND station_id = $2 RETURNING id',
    [deviceId, stationId, now],
  );
  return rows.length > 0;
}

/** How often last_seen_at is written: a busy device costs at most one UPDATE a minute. */
export const LAST_SEEN_EVERY_MS = 60_000;

export async function noteSeen(q: Queryable, device: Device, now: number): Promise<void> {
  if (device.lastSeenAt !== null && now - device.lastSeenAt < LAST_SEEN_EVERY_MS) return;
  await q.query(
    'UPDATE devices SET last_seen_at = $2 WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < $2::int8 - $3::int8)',
    [device.id, now, LAST_SEEN_EVERY_MS],
  );
}
