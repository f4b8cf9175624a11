/**
 * The centre's public key for residents' ID envelopes, cached in `meta` (`identityKey`).
 * The sync worker refreshes it whenever it starts online (so after enrolment and at every app
 * start); the finding form reads the cache and seals each ID to it. A workstation that has
 * never reached the centre (or runs on demo data alone) has no key: findings are then saved
 * with the mask only, and the form says so. A failed refresh keeps the cached key: it is
 * public, and an envelope sealed to an old key is simply not matched.
 */
import { identityKeyReplySchema, type IdentityKey } from '#common/identity/envelopeFormat';
import { API_VERSION, API_VERSION_HEADER } from '#common/sync/protocol';
import type { GridroomDb } from '#renderer/db/database';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const TIMEOUT_MS = 15_000;

export async function cachedIdentityKey(db: GridroomDb): Promise<IdentityKey | null> {
  const row = await db.meta.get('identityKey');
  return row?.key === 'identityKey' ? { keyId: row.value.keyId, publicKey: row.value.publicKey } : null;
}

/** Fetches GET /api/v1/identity-key and caches it; returns the key, or null (cache kept) on any failure. */
export async function refreshIdentityKey(
  db: GridroomDb,
  apiUrl: string,
  credential: string,
  fetchImpl: FetchLike,
): Promise<IdentityKey | null> {
  try {
    const res = await fetchImpl(`${apiUrl.replace(/\/+$/, '')}/api/v${API_VERSION}/identity-key`, {
      headers: { [API_VERSION_HEADER]: String(API_VERSION), authorization: `Bearer ${credential}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) return null;
    const key = identityKeyReplySchema.parse(await res.json());
    await db.meta.put({ key: 'identityKey', value: { ...key, fetchedAt: Date.now() } });
    return key;
  } catch {
    return null;
  }
}
