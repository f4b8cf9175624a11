/**
 * The centre's pass-signing key (docs/architecture.md §9), made once at first start and kept
 * only in the database (migration 007): an Ed25519 key pair from node:crypto. The public half
 * (raw, base64url) is what GET /api/v1/pass-key returns; the private half (PKCS#8 DER, base64)
 * is read only to sign codes inside a push. Concurrent first starts are safe: the insert races
 * on the one-active index and every process reads back the row that won. Nothing is logged.
 */
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { passKeyId, type PassKey } from '#common/epass/passKey';
import type { PassSigner } from '#common/epass/passCode';
import type { Queryable } from '../db/database';

export interface PassSigning {
  key: PassKey;
  sign: PassSigner;
}

/** Makes the key pair unless one is active (idempotent, race-safe). */
export async function ensurePassKey(q: Queryable, now: number): Promise<void> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT COUNT(*)::int AS n FROM pass_signing_keys WHERE active',
  );
  if ((rows[0]?.n ?? 0) > 0) return;
  const pair = generateKeyPairSync('ed25519');
  const jwk = pair.publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Ed25519 public key without x');
  const publicKey = jwk.x;
  const privatePkcs8 = pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  await q.query(
    `INSERT INTO pass_signing_keys (key_id, public_key, private_pkcs8, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING`,
    [await passKeyId(publicKey), publicKey, privatePkcs8, now],
  );
}

/** The active public key (what gates verify with); null before ensurePassKey. */
export async function readPublicPassKey(q: Queryable): Promise<PassKey | null> {
  const { rows } = await q.query<{ key_id: string; public_key: string }>(
    'SELECT key_id, public_key FROM pass_signing_keys WHERE active',
  );
  const row = rows[0];
  return row ? { keyId: row.key_id, publicKey: row.public_key } : null;
}

/** The active key's signer (makes the key first if this database has none). */
export async function readPassSigning(q: Queryable, now: number): Promise<PassSigning> {
  await ensurePassKey(q, now);
  const { rows } = await q.query<{ key_id: string; public_key: string; private_pkcs8: string }>(
    'SELECT key_id, public_key, private_pkcs8 FROM pass_signing_keys WHERE active',
  );
  const row = rows[0];
  if (!row) throw new Error('pass-signing key missing');
  const privateKey: KeyObject = createPrivateKey({
    key: Buffer.from(row.private_pkcs8, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  return {
    key: { keyId: row.key_id, publicKey: row.public_key },
    sign: async (message) => new Uint8Array(sign(null, message, privateKey)),
  };
}
