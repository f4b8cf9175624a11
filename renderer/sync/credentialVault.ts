/**
 * Where the device credential is kept. In the desktop app it is sealed by the OS keychain
 * (Electron safeStorage, through the preload's `credentialSeal` / `credentialOpen`) and only the
 * sealed form is stored in the cache; in browser mode there is no keychain, and it is stored
 * in IndexedDB as issued — never in localStorage.
 *
 * Where the desktop app's keychain seals nothing (Linux without a secret service: safeStorage's
 * `basic_text` backend, a hard-coded key — main refuses it), the credential is NOT written to
 * disk at all: it is held in this window's memory, the cache keeps only a `memory:` marker,
 * and the next start asks for the enrolment again. Settings say why (keychainNotice).
 */
import { UnauthorisedError } from '#common/sync/syncErrors';
import type { CredentialUnavailableReason } from '#common/ipc/contract';

const SEALED_PREFIX = 'sealed:';
const MEMORY_PREFIX = 'memory:';

/**
 * Credentials the keychain would not seal, by their memory marker. Module state on purpose:
 * it must live exactly as long as this window, and never reach IndexedDB or localStorage.
 */
const inMemory = new Map<string, string>();

export interface StoredCredential {
  /** What to put in syncConfig.credential. */
  stored: string;
  /** Why the credential is held in memory only, or null when it is stored. */
  memoryOnly: CredentialUnavailableReason | null;
}

/** The form of `credential` to store: sealed where the keychain can, as issued in a browser. */
export async function storeCredential(credential: string): Promise<StoredCredential> {
  const bridge = typeof window === 'undefined' ? undefined : window.gridroom;
  if (!bridge) return { stored: credential, memoryOnly: null };
  const reply = await bridge.credentialSeal({ plaintext: credential });
  if (reply.status === 'ok') return { stored: `${SEALED_PREFIX}${reply.value}`, memoryOnly: null };
  const deviceId = credential.slice(0, credential.indexOf('.'));
  const marker = `${MEMORY_PREFIX}${reply.reason ?? 'no-encryption'}:${deviceId}`;
  inMemory.set(marker, credential);
  return { stored: marker, memoryOnly: reply.reason ?? 'no-encryption' };
}

/** The form of `credential` to store (see storeCredential). */
export async function credentialForStorage(credential: string): Promise<string> {
  return (await storeCredential(credential)).stored;
}

/** Why the stored credential lives in memory only (the keychain would not seal it), or null. */
export function keychainNotice(stored: string): CredentialUnavailableReason | null {
  if (!stored.startsWith(MEMORY_PREFIX)) return null;
  const reason = stored.slice(MEMORY_PREFIX.length).split(':')[0];
  return reason === 'weak-backend' || reason === 'cannot-open' ? reason : 'no-encryption';
}

/** The usable credential from its stored form; a sealed one the keychain cannot open means re-enrol. */
export async function credentialFromStorage(stored: string): Promise<string> {
  if (stored.startsWith(MEMORY_PREFIX)) {
    const held = inMemory.get(stored);
    if (held) return held;
    throw new UnauthorisedError(
      '系统钥匙串不可用，设备凭据未保存：请重新登记本工作站 / the OS keychain could not seal the credential; enrol this workstation again',
    );
  }
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
