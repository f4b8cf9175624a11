/**
 * The key this workstation verifies pass codes with at the gate (docs/architecture.md §9).
 * Enrolled with a centre: the centre's Ed25519 public key, fetched from GET /api/v1/pass-key by
 * the sync worker whenever it starts online and cached in `meta` (`passKey`), so the gate
 * verifies offline; until it has been fetched, the gate cannot verify and says so. A failed
 * refresh keeps the cached key (it is public). Not enrolled (demo data alone): the demo key
 * that ships with the app (common/epass/demoPassKey.ts), labelled 演示. The two never mix: an
 * enrolled workstation never trusts the demo key, so a demo-signed code is refused as forged.
 */
import { DEMO_PASS_KEY } from '#common/epass/demoPassKey';
import { passKeyReplySchema, type PassKey } from '#common/epass/passKey';
import { API_VERSION, API_VERSION_HEADER } from '#common/sync/protocol';
import type { GridroomDb } from '#renderer/db/database';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const TIMEOUT_MS = 15_000;

export type TrustedPassKey =
  | { kind: 'centre'; key: PassKey }
  | { kind: 'demo'; key: PassKey }
  /** Enrolled, but the centre's key has not been fetched yet. */
  | { kind: 'missing' };

/** The one key the gate trusts now. */
export async function trustedPassKey(db: GridroomDb): Promise<TrustedPassKey> {
  const [config, cached] = await db.meta.bulkGet(['syncConfig', 'passKey']);
  if (config?.key !== 'syncConfig') return { kind: 'demo', key: DEMO_PASS_KEY };
  if (cached?.key !== 'passKey') return { kind: 'missing' };
  return { kind: 'centre', key: { keyId: cached.value.keyId, publicKey: cached.value.publicKey } };
}

/** Fetches GET /api/v1/pass-key and caches it; returns the key, or null (cache kept) on any failure. */
export async function refreshPassKey(
  db: GridroomDb,
  apiUrl: string,
  credential: string,
  fetchImpl: FetchLike,
): Promise<PassKey | null> {
  try {
    const res = await fetchImpl(`${apiUrl.replace(/\/+$/, '')}/api/v${API_VERSION}/pass-key`, {
      headers: { [API_VERSION_HEADER]: String(API_VERSION), authorization: `Bearer ${credential}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) return null;
    const key = passKeyReplySchema.parse(await res.json());
    await db.meta.put({ key: 'passKey', value: { ...key, fetchedAt: Date.now() } });
    return key;
  } catch {
    return null;
  }
}
