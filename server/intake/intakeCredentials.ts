/**
 * The city registration system's credentials (migration 007, common/auth/intakeCredentials.ts):
 * made by the station chief for the chief's station, `<id>.<secret>` with 32 random bytes of
 * secret, of which the centre keeps only the SHA-256 (compared in constant time, hashed even
 * for an unknown id so timing tells nothing). Revoked at once. They are not devices: nothing
 * here touches the devices table, so a city credential opens no workstation route and a device
 * credential opens no intake.
 */
import { randomUUID } from 'node:crypto';
import type { IntakeCredential } from '#common/auth/intakeCredentials';
import type { Queryable } from '../db/database';
import { formatCredential, hashesEqual, newSecret, parseCredential, sha256Hex } from '../auth/credentials';
import { isUuid } from '../auth/uuid';

/** The station a city credential posts for. */
export interface IntakeClient {
  credentialId: string;
  stationId: string;
  label: string;
  lastUsedAt: number | null;
}

interface CredentialRow {
  id: string;
  label: string;
  created_at: number;
  created_by: string;
  last_used_at: number | null;
  revoked_at: number | null;
}

const COLUMNS = 'id, label, created_at, created_by, last_used_at, revoked_at';

const fromRow = (r: CredentialRow): IntakeCredential => ({
  id: r.id,
  label: r.label,
  createdAt: Number(r.created_at),
  createdBy: r.created_by,
  lastUsedAt: r.last_used_at === null ? null : Number(r.last_used_at),
  revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
});

/** A new credential for the station: returned once, stored hashed. */
export async function createIntakeCredential(
  q: Queryable,
  input: { stationId: string; label: string; createdBy: string; now: number },
): Promise<{ credential: string; intakeCredential: IntakeCredential }> {
  const id = randomUUID();
  const secret = newSecret();
  const { rows } = await q.query<CredentialRow>(
    `INSERT INTO intake_credentials (id, station_id, secret_hash, label, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
    [id, input.stationId, sha256Hex(secret), input.label, input.now, input.createdBy],
  );
  const row = rows[0];
  if (!row) throw new Error('intake credential not stored');
  return { credential: formatCredential(id, secret), intakeCredential: fromRow(row) };
}

export async function listIntakeCredentials(q: Queryable, stationId: string): Promise<IntakeCredential[]> {
  const { rows } = await q.query<CredentialRow>(
    `SELECT ${COLUMNS} FROM intake_credentials WHERE station_id = $1 ORDER BY created_at DESC, id LIMIT 200`,
    [stationId],
  );
  return rows.map(fromRow);
}

/** Revokes a credential of the station; false when the station has no such credential. */
export async function revokeIntakeCredential(
  q: Queryable,
  stationId: string,
  id: string,
  now: number,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const { rows } = await q.query<{ id: string }>(
    `UPDATE intake_credentials SET revoked_at = COALESCE(revoked_at, $3)
      WHERE id = $1 AND station_id = $2 RETURNING id`,
    [id, stationId, now],
  );
  return rows.length > 0;
}

/** The city client of an `Authorization: Bearer <id>.<secret>` header; null unless valid and unrevoked. */
export async function authenticateIntake(
  q: Queryable,
  authorization: string | undefined,
): Promise<IntakeClient | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const parsed = match?.[1] ? parseCredential(match[1]) : null;
  if (!parsed) return null;
  const { rows } = await q.query<{
    station_id: string;
    secret_hash: string;
    label: string;
    last_used_at: number | null;
    revoked_at: number | null;
  }>(
    'SELECT station_id, secret_hash, label, last_used_at, revoked_at FROM intake_credentials WHERE id = $1',
    [parsed.deviceId],
  );
  const row = rows[0];
  const ok = hashesEqual(sha256Hex(parsed.secret), row?.secret_hash ?? '0'.repeat(64));
  if (!row || !ok || row.revoked_at !== null) return null;
  return {
    credentialId: parsed.deviceId,
    stationId: row.station_id,
    label: row.label,
    lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
  };
}

/** How often last_used_at is written. */
const LAST_USED_EVERY_MS = 60_000;

export async function noteIntakeUse(q: Queryable, client: IntakeClient, now: number): Promise<void> {
  if (client.lastUsedAt !== null && now - client.lastUsedAt < LAST_USED_EVERY_MS) return;
  await q.query('UPDATE intake_credentials SET last_used_at = $2 WHERE id = $1', [client.credentialId, now]);
}
