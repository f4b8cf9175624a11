/**
 * Enrolment codes: 16 random Crockford base32 characters (80 bits) shown as
 * `XXXX-XXXX-XXXX-XXXX`, naming no station. The centre keeps only the hash of the normalised
 * code (credentials.hashEnrolmentCode), a kind (workstation | display), a use limit and an
 * expiry. A use is taken by ONE conditional UPDATE (not revoked, unexpired, uses < max_uses),
 * so two enrolments racing for the last use cannot both get it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { CreateEnrolmentCodeRequest, DeviceKind, EnrolmentCode } from '#common/auth/protocol';
import type { Queryable } from '../db/database';
import { hashEnrolmentCode } from './credentials';
import { isUuid } from './uuid';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 16 characters of 5 bits each, from 10 random bytes (80 bits, no modulo bias). */
export function newEnrolmentCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let chars = '';
  for (let i = 15; i >= 0; i--) chars += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return chars.match(/.{4}/g)?.join('-') ?? chars;
}

interface CodeRow {
  id: string;
  kind: DeviceKind;
  label: string;
  max_uses: number;
  uses: number;
  created_at: number;
  expires_at: number;
  revoked: boolean;
  created_by: string;
}

const fromRow = (r: CodeRow): EnrolmentCode => ({
  id: r.id,
  kind: r.kind,
  label: r.label,
  maxUses: r.max_uses,
  uses: r.uses,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revoked: r.revoked,
  createdBy: r.created_by,
});

const COLUMNS = 'id, kind, label, max_uses, uses, created_at, expires_at, revoked, created_by';

export async function createEnrolmentCode(
  q: Queryable,
  input: {
    stationId: string;
    request: CreateEnrolmentCodeRequest;
    createdBy: string;
    now: number;
    /** A known code (test fixtures); otherwise a fresh random one. */
    code?: string;
  },
): Promise<{ code: string; enrolmentCode: EnrolmentCode }> {
  const code = input.code ?? newEnrolmentCode();
  const { rows } = await q.query<CodeRow>(
    `INSERT INTO enrolment_codes (id, code_hash, station_id, created_at, kind, label, max_uses, uses, expires_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9) RETURNING ${COLUMNS}`,
    [
      randomUUID(),
      hashEnrolmentCode(code),
      input.stationId,
      input.now,
      input.request.kind,
      input.request.label,
      input.request.maxUses,
      input.now + input.request.expiresInHours * 3_600_000,
      input.createdBy,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('enrolment code not stored');
  return { code, enrolmentCode: fromRow(row) };
}

export async function listEnrolmentCodes(q: Queryable, stationId: string): Promise<EnrolmentCode[]> {
  const { rows } = await q.query<CodeRow>(
    `SELECT ${COLUMNS} FROM enrolment_codes WHERE station_id = $1 ORDER BY created_at DESC, id LIMIT 200`,
    [stationId],
  );
  return rows.map(fromRow);
}

/** Revokes a code of the station; false when the station has no such code. */
export async function revokeEnrolmentCode(q: Queryable, stationId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const { rows } = await q.query<{ id: string }>(
    'UPDATE enrolment_codes SET revoked = true WHERE id = $1 AND station_id = $2 RETURNING id',
    [id, stationId],
  );
  return rows.length > 0;
}

/** Takes one use of a code atomically; null when unknown, revoked, expired or used up. */
export async function consumeEnrolmentCode(
  q: Queryable,
  code: string,
  now: number,
): Promise<{ codeId: string; stationId: string; stationName: string; kind: DeviceKind } | null> {
  const { rows } = await q.query<{ id: string; station_id: string; kind: DeviceKind; name: string }>(
    `UPDATE enrolment_codes e SET uses = e.uses + 1 FROM stations s
      WHERE e.code_hash = $1 AND s.id = e.station_id AND NOT e.revoked AND e.expires_at > $2 AND e.uses < e.max_uses
      RETURNING e.id, e.station_id, e.kind, s.name`,
    [hashEnrolmentCode(code), now],
  );
  const row = rows[0];
  return row ? { codeId: row.id, stationId: row.station_id, stationName: row.name, kind: row.kind } : null;
}
