/**
 * Enrolment and authentication of workstations. Enrolment trades a station's enrolment code
 * for a new device and its credential (returned once, never stored); authentication turns an
 * `Authorization: Bearer <credential>` header into the device and its station, or null for a
 * missing, malformed, forged or revoked credential.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';
import {
  formatCredential,
  hashEnrolmentCode,
  hashesEqual,
  newSecret,
  parseCredential,
  sha256Hex,
} from './credentials';

export interface Device {
  id: string;
  stationId: string;
  workstation: string;
  /** Authenticated with the previous credential, still in its grace period after a rotation. */
  viaPreviousCredential?: boolean;
}

export interface Enrolment {
  device: Device;
  credential: string;
  station: { id: string; name: string };
}

export async function enrolDevice(
  q: Queryable,
  code: string,
  workstation: string,
  now: number,
): Promise<Enrolment | null> {
  const { rows } = await q.query<{ station_id: string; name: string }>(
    `SELECT e.station_id, s.name FROM enrolment_codes e JOIN stations s ON s.id = e.station_id
      WHERE e.code_hash = $1 AND NOT e.revoked`,
    [hashEnrolmentCode(code)],
  );
  const station = rows[0];
  if (!station) return null;
  const id = randomUUID();
  const secret = newSecret();
  await q.query(
    'INSERT INTO devices (id, station_id, credential_hash, workstation, created_at) VALUES ($1, $2, $3, $4, $5)',
    [id, station.station_id, sha256Hex(secret), workstation, now],
  );
  return {
    device: { id, stationId: station.station_id, workstation },
    credential: formatCredential(id, secret),
    station: { id: station.station_id, name: station.name },
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
  }>(
    `SELECT station_id, credential_hash, previous_credential_hash, previous_valid_until, workstation, revoked
       FROM devices WHERE id = $1`,
    [parsed.deviceId],
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
    ...(ok ? {} : { viaPreviousCredential: true }),
  };
}

export async function revokeDevice(q: Queryable, deviceId: string): Promise<void> {
  await q.query('UPDATE devices SET revoked = true WHERE id = $1', [deviceId]);
}
