/**
 * The centre's identity secrets, made once at first start and kept only in the database:
 * the envelope key pair (ECDH P-256; the public half is what GET /api/v1/identity-key returns,
 * the private half is read only to open envelopes inside a push) and the 256-bit HMAC secret
 * that matching uses. Concurrent first starts are safe: inserts race on unique keys and every
 * process reads back whatever row won. Nothing here is logged.
 */
import { randomBytes, type webcrypto } from 'node:crypto';
import {
  identityKeyId,
  identityPublicJwkSchema,
  type IdentityKey,
  type WebCryptoKey,
} from '#common/identity/envelopeFormat';
import type { Queryable } from '../db/database';

export interface IdentitySecrets {
  publicKey: IdentityKey;
  /** Non-extractable, usable for ECDH deriveBits only. */
  privateKey: WebCryptoKey;
  hmacSecret: Buffer;
}

const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** Makes the key pair and the HMAC secret unless they exist (idempotent, race-safe). */
export async function ensureIdentitySecrets(q: Queryable, now: number): Promise<void> {
  const { rows } = await q.query<{ keys: number; secrets: number }>(
    `SELECT (SELECT COUNT(*) FROM identity_keys WHERE active)::int AS keys,
            (SELECT COUNT(*) FROM identity_hmac_secret)::int AS secrets`,
  );
  const have = rows[0];
  if (!have || have.keys === 0) {
    const pair = await globalThis.crypto.subtle.generateKey(EC, true, ['deriveBits']);
    const keyId = await identityKeyId(pair.publicKey);
    const { kty, crv, x, y } = await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey);
    const publicJwk = identityPublicJwkSchema.parse({ kty, crv, x, y });
    const privateJwk = await globalThis.crypto.subtle.exportKey('jwk', pair.privateKey);
    await q.query(
      `INSERT INTO identity_keys (key_id, public_jwk, private_jwk, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [keyId, JSON.stringify(publicJwk), JSON.stringify(privateJwk), now],
    );
  }
  if (!have || have.secrets === 0)
    await q.query(
      'INSERT INTO identity_hmac_secret (id, secret, created_at) VALUES (1, $1, $2) ON CONFLICT DO NOTHING',
      [randomBytes(32).toString('base64'), now],
    );
}

/** The active public key (what workstations seal to). */
export async function readPublicIdentityKey(q: Queryable): Promise<IdentityKey | null> {
  const { rows } = await q.query<{ key_id: string; public_jwk: unknown }>(
    'SELECT key_id, public_jwk FROM identity_keys WHERE active',
  );
  const row = rows[0];
  return row ? { keyId: row.key_id, publicKey: identityPublicJwkSchema.parse(row.public_jwk) } : null;
}

/** Everything needed to open envelopes sealed to `keyId` and to match; null if that key is unknown. */
export async function readIdentitySecrets(q: Queryable, keyId: string): Promise<IdentitySecrets | null> {
  const { rows } = await q.query<{
    key_id: string;
    public_jwk: unknown;
    private_jwk: webcrypto.JsonWebKey;
    secret: string;
  }>(
    `SELECT k.key_id, k.public_jwk, k.private_jwk, s.secret
       FROM identity_keys k CROSS JOIN identity_hmac_secret s WHERE k.key_id = $1`,
    [keyId],
  );
  const row = rows[0];
  if (!row) return null;
  const privateKey = await globalThis.crypto.subtle.importKey('jwk', row.private_jwk, EC, false, [
    'deriveBits',
  ]);
  return {
    publicKey: { keyId: row.key_id, publicKey: identityPublicJwkSchema.parse(row.public_jwk) },
    privateKey,
    hmacSecret: Buffer.from(row.secret, 'base64'),
  };
}

/** The HMAC secret alone (the seed matches raw demo IDs without envelopes). */
export async function readHmacSecret(q: Queryable): Promise<Buffer> {
  const { rows } = await q.query<{ secret: string }>('SELECT secret FROM identity_hmac_secret WHERE id = 1');
  const row = rows[0];
  if (!row) throw new Error('identity secrets not made yet: call ensureIdentitySecrets first');
  return Buffer.from(row.secret, 'base64');
}
