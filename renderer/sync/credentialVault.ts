/**
 * Where the device credential is kept. In the desktop app it is sealed by the OS keychain
 * (Electron safeStorage, through the preload's `credentialSeal` / `credentialOpen`) and only the
 * sealed form is stored in the cache; in browser mode there is no keychain, and it is stored
 * in IndexedDB as issued — never in localStorage.
 */
import { UnauthorisedError } from '../../common/sync/syncErrors';

const SEALED_PREFIX = 'sealed:';

/** The form of `credential` to store: sealed where the keychain can, as issued otherwise. */
export async function credentialForStorage(credential: string): Promise<string> {
  const bridge = typeof window === 'undefined' ? undefined : window.gridroom;
  if (!bridge) return credential;
  const reply = await bridge.credentialSeal({ plaintext: credential });
  return reply.status === 'ok' ? `${SEALED_PREFIX}${reply.value}` : credential;
}

/** The usable credential from its stored form; a sealed one the keychain cannot open means re-enrol. */
export async function credentialFromStorage(stored: string): Promise<string> {
  if (!stored.startsWith(SEALED_PREFIX)) return stored;
  const bridge = typeof window === 'undefined' ? undefined : window.gridroom;
  if (!bridge)
    throw new UnauthorisedError(
      'the credential is sealed by the desktop app’s keychain; enrol this browser separately',
    );
  const reply = await bridge.credentialOpen({ sealed: stored.slice(SEALED_PREFIX.length) });
  if (reply.status !== 'ok') throw new UnauthorisedError(reply.message);
  return reply.value;
}
