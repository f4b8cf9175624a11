/**
 * Rotation of a device's credential: a new secret replaces the current one, and the secret the
 * device used to ask keeps working for a grace period, so a reply lost on the way cannot lock
 * the device out — it simply asks again with the credential it still holds.
 *
 * Invariants:
 * - Only the hashes are stored; the new credential is returned once.
 * - The credential the request authenticated with stays valid until `previousValidUntil`:
 *   rotating with the current credential makes it the previous one; rotating with the
 *   previous one (the device never got the last reply) replaces only the current one, whose
 *   secret nobody holds, and extends the grace.
 * - A revoked device cannot rotate (it cannot authenticate at all).
 */
import type { Queryable } from '../db/database';
import { formatCredential, newSecret, sha256Hex } from './credentials';
import type { Device } from './devices';

/** How long the previous credential keeps working after a rotation. */
export const ROTATION_GRACE_MS = 10 * 60_000;

export interface Rotation {
  credential: string;
  previousValidUntil: number;
}

export async function rotateCredential(
  q: Queryable,
  device: Device,
  now: number,
  graceMs = ROTATION_GRACE_MS,
): Promise<Rotation | null> {
  const secret = newSecret();
  const previousValidUntil = now + graceMs;
  const { rows } = await q.query<{ id: string }>(
    `UPDATE devices
        SET previous_credential_hash = CASE WHEN $4 THEN previous_credential_hash ELSE credential_hash END,
            credential_hash = $2,
            previous_valid_until = $3,
            credential_rotated_at = $5
      WHERE id = $1 AND NOT revoked
      RETURNING id`,
    [device.id, sha256Hex(secret), previousValidUntil, device.viaPreviousCredential === true, now],
  );
  if (rows.length === 0) return null;
  return { credential: formatCredential(device.id, secret), previousValidUntil };
}
